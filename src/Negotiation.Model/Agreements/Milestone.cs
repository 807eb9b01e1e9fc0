namespace Negotiation.Model;

/// <summary>A named milestone of an agreement with the rule its text gives for it ("the transition period ends on
/// 31 December 2020", "implementation begins 90 days after entry into force").</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Kind">Which milestone.</param>
/// <param name="Rule">The text's rule for it.</param>
public sealed record Milestone(MilestoneKind Kind, MilestoneRule Rule)
{
    /// <summary>Gets the text's rule for it.</summary>
    public MilestoneRule Rule { get; init => field = Guard.NotNull(value, nameof(Rule)); } = Guard.NotNull(Rule, nameof(Rule));
}
