using System.Collections.Immutable;
using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>The condition of a conditional acceptance is met: the acceptance becomes unconditional from this date, and a
/// demand it was about is accepted (<see cref="DemandStatus.Accepted"/>) rather than
/// <see cref="DemandStatus.ConditionallyAccepted"/>.</summary>
/// <remarks>
/// <para>Names the statement that accepted on the condition and the subject it accepted; the party is the statement's.
/// The party's position history keeps both: the conditional acceptance, then an acceptance with
/// <see cref="Position.ConditionFulfilled"/> set. An acceptance can also become unconditional by a later statement
/// that accepts without a condition; that needs no fact of this kind.</para>
/// <para>Refused when the statement is unknown or when its party's stance on the subject then is not that statement's
/// conditional acceptance (<see cref="ErrorCodes.NoConditionPending"/>): it accepted without condition, took another
/// stance since, the condition was met already, or the date is certainly before the acceptance. Equality is by value.</para>
/// </remarks>
public sealed record ConditionMet : Fact
{
    /// <summary>Gets the statement that accepted on the condition.</summary>
    public required StatementId Statement { get; init => field = Guard.Id(value, value.IsValid, nameof(Statement)); }

    /// <summary>Gets the demand, document or proposal the statement accepted on the condition.</summary>
    public required SubjectRef Subject { get; init; }

    /// <summary>Gets how the condition was met, in words, if known.</summary>
    public string? How { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"the condition of {Statement}'s acceptance of {Subject} is met";

    internal override void Check(FactCheck check)
    {
        var path = $"Statements[{Statement}]";
        if (References.Statement(check.Data, Statement, path) is { } unknown)
        {
            check.Add(unknown);
            return;
        }

        var party = check.Data.Statements[Statement].Party;
        var latest = Latest(check.Data.Positions, party);
        if (latest is null || latest.Stance != Stance.AcceptsConditionally || latest.Statement != Statement)
        {
            check.Error(ErrorCodes.NoConditionPending, path, $"'{party}' holds no acceptance of {Subject} on a condition from '{Statement}'{(latest is null ? string.Empty : $"; its stance is {latest.Stance.ToString().ToLowerInvariant()} since {latest.Since} ('{latest.Statement}')")}.");
        }
        else if (Occurred.IsBefore(latest.Since).IsYes)
        {
            check.Error(ErrorCodes.NoConditionPending, path, $"The condition cannot be met ({Occurred}) before '{party}' accepted on it ({latest.Since}); check both times.");
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var latest = Latest(evolution.Positions, evolution.Statements[Statement].Party)!;
        evolution.Put(latest with { Stance = Stance.Accepts, Since = Occurred, ConditionFulfilled = true });
    }

    /// <remarks>Left out when the party may not know of the statement or the subject.</remarks>
    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Statement) || redaction.Hides(Subject) ? null : this;

    private Position? Latest(IReadOnlyDictionary<PositionKey, ImmutableList<Position>> positions, PartyId party) =>
        positions.TryGetValue(new PositionKey(party, Subject), out var history) && !history.IsEmpty ? history[^1] : null;
}
