using System.Collections.Immutable;
using System.Diagnostics;
using NodaTime;

namespace Negotiation.Model;

/// <summary>What follows a text that parties accept: conclusion, endorsement, initialling, signature, ratification per
/// party, entry into force under the text's own rule, and withdrawal with notice.</summary>
/// <remarks>
/// <para>Steps are recorded by <see cref="AgreementStepTaken"/> facts, each dated and, where the step is a party's own,
/// per party; the case refuses a step by a non-party, a party's second signature or consent (unless it withdrew in
/// between), and a ratification before that party's signature. Entry into force is never typed in: it follows from the
/// steps and <see cref="EntryIntoForce"/>; so do the other named <see cref="Milestones"/> (transition end, termination…),
/// whose rules may refer to one another (<see cref="MilestoneDate"/>), and each party's periods as a party
/// (<see cref="PartyPeriods"/>). A text recorded with <see cref="AgreementDrafted"/> has a lifecycle (endorsement,
/// rejection…) without being adopted: <see cref="Adopted"/> stays empty until an adoption step. The members a case fills
/// in cannot be set from outside the library. Equality is by value.</para>
/// </remarks>
/// <param name="Id">The agreement's id.</param>
/// <param name="Text">The document that holds the agreed text.</param>
/// <param name="Parties">The parties to the agreement.</param>
/// <param name="EntryIntoForce">The text's rule for entry into force.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Agreement(AgreementId Id, DocumentId Text, EquatableArray<PartyId> Parties, MilestoneRule EntryIntoForce)
{
    /// <summary>Gets the agreement's id.</summary>
    public AgreementId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the text's rule for entry into force.</summary>
    public MilestoneRule EntryIntoForce { get; init => field = Guard.NotNull(value, nameof(EntryIntoForce)); } = Guard.NotNull(EntryIntoForce, nameof(EntryIntoForce));

    /// <summary>Gets the notice a party must give before its withdrawal takes effect, if the text sets one.</summary>
    public Period? WithdrawalNotice { get; init; }

    /// <summary>Gets the named milestones beyond entry into force, each with its rule (each kind at most once).</summary>
    public EquatableArray<Milestone> Milestones { get; init; }

    /// <summary>Gets, for a party that consents after the agreement entered into force, how long after its consent the
    /// agreement enters into force for it ("on the thirtieth day after the deposit"), if the text says.</summary>
    public Period? ConsentDelay { get; init; }

    /// <summary>Gets how long after the agreement entered into force for a party that party may first give notice of
    /// withdrawal, if the text says ("at any time after three years").</summary>
    public Period? WithdrawalNotBefore { get; init; }

    /// <summary>Gets the day the text was adopted, if it was (filled in by the case: the day of
    /// <see cref="AgreementAdopted"/>, or of an adoption step for a draft).</summary>
    public LocalDate? Adopted { get; internal init; }

    /// <summary>Gets every step taken, in the order recorded (filled in by the case).</summary>
    public EquatableArray<AgreementStep> Steps { get; internal init; }

    /// <summary>Gets the day the agreement enters (or entered) into force, as far as the facts recorded by
    /// <paramref name="asOf"/> fix it.</summary>
    /// <param name="developments">The developments recorded in the case.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The day, or <see langword="null"/> while it is not fixed.</returns>
    /// <remarks>A rule that reads a deadline needs the case: use <see cref="AgreementQueries.EntryIntoForceDate"/>.</remarks>
    public LocalDate? EntryIntoForceDate(IEnumerable<Development> developments, LocalDate asOf) =>
        MilestoneDate(MilestoneKind.EntryIntoForce, developments, asOf);

    /// <summary>Gets the day a named milestone falls on, as far as the facts recorded by <paramref name="asOf"/> fix it.</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="developments">The developments recorded in the case.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The day, or <see langword="null"/> while it is not fixed (or the agreement has no such milestone).</returns>
    /// <remarks>A rule that reads a deadline (<see cref="MilestoneRule.After(DeadlineId, Period)"/>) needs the case, which
    /// alone knows the deadline's extensions: read it through <see cref="AgreementQueries.MilestoneDate"/>; here such a part
    /// stays unfixed.</remarks>
    public LocalDate? MilestoneDate(MilestoneKind kind, IEnumerable<Development> developments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(developments);
        return MilestoneReadBy(kind, developments, asOf, null);
    }

    /// <summary>Dates a milestone with the case's reading of deadlines, when there is a case.</summary>
    internal LocalDate? MilestoneReadBy(MilestoneKind kind, IEnumerable<Development> developments, LocalDate asOf, Func<DeadlineId, LocalDate?>? dueOn) =>
        new MilestoneContext(Steps.Items, [.. developments], asOf, this, dueOn).Milestone(kind);

    /// <summary>Gets the periods in which <paramref name="party"/> is a party to the agreement, as far as the facts
    /// recorded by <paramref name="asOf"/> fix them: from the agreement's entry into force, or for a later consent from
    /// <see cref="ConsentDelay"/> after it, until a withdrawal takes effect.</summary>
    /// <param name="party">The party.</param>
    /// <param name="developments">The developments recorded in the case.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The periods, oldest first; the last may be open.</returns>
    /// <remarks>An entry into force that reads a deadline needs the case: use <see cref="AgreementQueries.PartyPeriods"/>.</remarks>
    public ImmutableArray<PartyPeriod> PartyPeriods(PartyId party, IEnumerable<Development> developments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(developments);
        return PeriodsFrom(party, EntryIntoForceDate(developments, asOf), asOf);
    }

    /// <summary>Gets a party's periods from the day the agreement entered into force, however it was read.</summary>
    internal ImmutableArray<PartyPeriod> PeriodsFrom(PartyId party, LocalDate? entryIntoForce, LocalDate asOf)
    {
        if (entryIntoForce is not { } inForce)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<PartyPeriod>();
        LocalDate? from = null;
        foreach (var step in Steps.Where(s => s.Party == party && s.On <= asOf).OrderBy(s => s.On))
        {
            if (step.Kind.IsConsent() && from is null)
            {
                var own = ConsentDelay is { } delay ? TimeBounds.Plus(step.On, delay) : step.On;
                from = own > inForce ? own : inForce;
            }
            else if (step.Kind == AgreementStepKind.WithdrawalNotice && from is { } start)
            {
                var until = WithdrawalNotice is { } period ? TimeBounds.Plus(step.On, period) : step.On;
                result.Add(new PartyPeriod(start, until));
                from = null;
            }
        }

        if (from is { } open)
        {
            result.Add(new PartyPeriod(open, null));
        }

        return result.ToImmutable();
    }

    /// <summary>Gets the first day <paramref name="party"/> may give notice of withdrawal in its latest period as a party:
    /// the start of that period plus <see cref="WithdrawalNotBefore"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="developments">The developments recorded in the case.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The day, or <see langword="null"/> when the party is not a party or the text sets no such period.</returns>
    public LocalDate? EarliestWithdrawalNotice(PartyId party, IEnumerable<Development> developments, LocalDate asOf) =>
        WithdrawalNotBefore is { } period && PartyPeriods(party, developments, asOf) is { IsEmpty: false } periods ? TimeBounds.Plus(periods[^1].From, period) : null;

    /// <summary>Gets the rule of a milestone: <see cref="EntryIntoForce"/> or one of <see cref="Milestones"/>.</summary>
    internal MilestoneRule? RuleFor(MilestoneKind kind) =>
        kind == MilestoneKind.EntryIntoForce ? EntryIntoForce : Milestones.Items.FirstOrDefault(m => m.Kind == kind)?.Rule;

    /// <summary>Gets the day a party's withdrawal takes effect: its notice plus the text's notice period.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The day, or <see langword="null"/> when the party gave no notice.</returns>
    public LocalDate? WithdrawalEffective(PartyId party)
    {
        var notice = Steps.LastOrDefault(s => s.Kind == AgreementStepKind.WithdrawalNotice && s.Party == party);
        return notice is null ? null : WithdrawalNotice is { } period ? TimeBounds.Plus(notice.On, period) : notice.On;
    }

    /// <summary>Gets the steps one party has taken, in order.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The steps.</returns>
    public IEnumerable<AgreementStep> StepsOf(PartyId party) => Steps.Where(s => s.Party == party);

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Agreement), Id.ToString(), null);
}
