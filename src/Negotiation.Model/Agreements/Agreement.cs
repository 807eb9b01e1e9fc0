using System.Diagnostics;
using NodaTime;

namespace Negotiation.Model;

/// <summary>What follows a text that parties accept: conclusion, endorsement, initialling, signature, ratification per
/// party, entry into force under the text's own rule, and withdrawal with notice.</summary>
/// <remarks>
/// <para>Steps are recorded by <see cref="AgreementStepTaken"/> facts, each dated and, where the step is a party's own,
/// per party; the case refuses a step by a non-party, a party's second signature or ratification, and a ratification
/// before that party's signature. Entry into force is never typed in: it follows from the steps and
/// <see cref="EntryIntoForce"/>. The members a case fills in cannot be set from outside the library. Equality is by
/// value.</para>
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

    /// <summary>Gets every step taken, in the order recorded (filled in by the case).</summary>
    public EquatableArray<AgreementStep> Steps { get; internal init; }

    /// <summary>Gets the day the agreement enters (or entered) into force, as far as the facts recorded by
    /// <paramref name="asOf"/> fix it.</summary>
    /// <param name="developments">The developments recorded in the case.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The day, or <see langword="null"/> while it is not fixed.</returns>
    public LocalDate? EntryIntoForceDate(IEnumerable<Development> developments, LocalDate asOf) =>
        EntryIntoForce.DateFrom(Steps, developments, asOf);

    /// <summary>Gets the day a party's withdrawal takes effect: its notice plus the text's notice period.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The day, or <see langword="null"/> when the party gave no notice.</returns>
    public LocalDate? WithdrawalEffective(PartyId party)
    {
        var notice = Steps.LastOrDefault(s => s.Kind == AgreementStepKind.WithdrawalNotice && s.Party == party);
        return notice is null ? null : WithdrawalNotice is { } period ? notice.On.Plus(period) : notice.On;
    }

    /// <summary>Gets the steps one party has taken, in order.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The steps.</returns>
    public IEnumerable<AgreementStep> StepsOf(PartyId party) => Steps.Where(s => s.Party == party);

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Agreement), Id.ToString(), null);
}
