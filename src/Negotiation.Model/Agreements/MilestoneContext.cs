using NodaTime;

namespace Negotiation.Model;

/// <summary>What a milestone rule reads: the steps, the developments, the as-of day, the agreement whose other
/// milestones a rule may refer to, and the case's reading of a deadline's day in force (absent when the agreement is read
/// without its case).</summary>
internal sealed class MilestoneContext(IReadOnlyList<AgreementStep> steps, IReadOnlyList<Development> developments, LocalDate asOf, Agreement? agreement, Func<DeadlineId, LocalDate?>? dueOn)
{
    private readonly HashSet<MilestoneKind> visiting = [];

    public IReadOnlyList<AgreementStep> Steps { get; } = steps;

    public IReadOnlyList<Development> Developments { get; } = developments;

    public LocalDate AsOf { get; } = asOf;

    /// <summary>Gets the milestone being dated, for the consent steps that name it.</summary>
    public MilestoneKind? Current { get; private set; }

    /// <summary>Gets the last day in force of a deadline on the as-of day, as the case reads it; <see langword="null"/>
    /// without the case or for a deadline it does not know.</summary>
    public LocalDate? DueOn(DeadlineId deadline) => dueOn?.Invoke(deadline);

    /// <summary>Dates another milestone of the agreement; <see langword="null"/> without an agreement, for a milestone it
    /// does not define, or in a cycle (which validation refuses).</summary>
    public LocalDate? Milestone(MilestoneKind kind)
    {
        if (agreement is null || !visiting.Add(kind))
        {
            return null;
        }

        var outer = Current;
        try
        {
            Current = kind;
            return kind == MilestoneKind.Adoption ? agreement.Adopted is { } adopted && adopted <= AsOf ? adopted : null
                : agreement.RuleFor(kind)?.Date(this);
        }
        finally
        {
            Current = outer;
            visiting.Remove(kind);
        }
    }
}
