using System.Collections.Immutable;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model;

/// <summary>A person takes up an office on behalf of a party.</summary>
/// <remarks>Refused when the id is taken or the <see cref="RepresentativeValidator"/> finds an error: a name or office is
/// blank, the party is unknown or a named group, or the term ends before it starts. Equality is by value.</remarks>
public sealed record RepresentativeAppointed : Fact
{
    /// <summary>Gets the representative.</summary>
    public required Representative Representative { get => field; init => field = Guard.NotNull(value, nameof(Representative)); }

    /// <inheritdoc />
    public override string Describe() => $"{Representative.Name} holds the office of {Representative.Office} for {Representative.Party}";

    internal override void Check(FactCheck check)
    {
        var r = Representative;
        check.NewId(check.Data.Representatives, r.Id, $"Representatives[{r.Id}]", "representative");
        check.Validate(RepresentativeValidator.Instance, r);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Representative);

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A representative leaves office.</summary>
/// <remarks>Refused when the representative is unknown, has already left, would leave before the term started, or made a
/// statement recorded after the last day. Equality is by value.</remarks>
public sealed record RepresentativeLeftOffice : Fact
{
    /// <summary>Gets the representative.</summary>
    public required RepresentativeId Representative { get; init; }

    /// <summary>Gets the last day in office.</summary>
    public required LocalDate LastDay { get; init => field = IsoDates.Iso(value); }

    /// <inheritdoc />
    public override string Describe() => $"{Representative} left office after {LastDay:uuuu-MM-dd}";

    internal override void Check(FactCheck check)
    {
        var path = $"Representatives[{Representative}].Term";
        var data = check.Data;
        if (!check.Representative(Representative, $"Representatives[{Representative}]"))
        {
            return;
        }

        var r = data.Representatives[Representative];
        if (r.Term.Until is { } until)
        {
            check.Error(ErrorCodes.AlreadyLeftOffice, path, $"{r.Name} already left office after {until:uuuu-MM-dd}.");
            return;
        }

        check.Validate(RepresentativeValidator.Instance, Left(r), RepresentativeValidator.TermRules);

        // The shorter term must still cover every statement they made in office; only those that start after the last
        // day can fall outside it.
        foreach (var statement in SpeakerIndex.StartingAfter(data, Representative, LastDay))
        {
            check.ValidateAfter(StatementValidator.Instance, data.Statements[statement], StatementValidator.SpeakerRules);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Left(evolution.Representatives[Representative]));

    private Representative Left(Representative r) => r with { Term = r.Term with { Until = LastDay } };

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>What a term end needs to know of a representative's statements, kept small: every version of a case holds it,
/// and so does every checkpoint "as of" keeps.</summary>
/// <remarks>
/// <para>A term end on day d can leave out only the statements that start after d: every statement was checked against
/// the term's first day (which never changes) and an open end when it was recorded. So the case keeps, per speaker, a
/// day none of their statements starts after: the last day of the month of the latest start
/// (<see cref="CaseIndexes.SpokenUntil"/>), raised only when a statement starts after it, so about once a month per
/// speaker rather than once per statement.</para>
/// <para>A term ending on or after that day leaves nothing out. Otherwise the statements that may are among the facts
/// that start after d and by that day, read from the facts-by-date index: none when the end is recorded as it happens,
/// at most a month of facts when it is recorded long after. They are returned in id order, the order of the errors.</para>
/// </remarks>
internal static class SpeakerIndex
{
    /// <summary>Returns <paramref name="bounds"/> with the statement of <paramref name="speaker"/> that starts on
    /// <paramref name="start"/> taken into account (the same map when it starts by the speaker's day).</summary>
    public static ImmutableDictionary<RepresentativeId, LocalDate> Spoke(ImmutableDictionary<RepresentativeId, LocalDate> bounds, RepresentativeId speaker, LocalDate start) =>
        bounds.TryGetValue(speaker, out var until) && start <= until ? bounds : bounds.SetItem(speaker, start.With(DateAdjusters.EndOfMonth));

    /// <summary>Gets the statements of <paramref name="speaker"/> that may start after <paramref name="day"/>, ordered by id.</summary>
    public static IReadOnlyList<StatementId> StartingAfter(CaseData data, RepresentativeId speaker, LocalDate day)
    {
        if (!data.Indexes.SpokenUntil.TryGetValue(speaker, out var until) || until <= day)
        {
            return [];
        }

        var found = new List<StatementId>();
        foreach (var key in data.Indexes.FactsByDate.From(new DatedKey<int>(day, int.MaxValue)))
        {
            if (key.Date > until)
            {
                break;
            }

            if (data.Log[key.Id] is StatementMade { Statement: { Speaker: { } by } statement } && by == speaker)
            {
                found.Add(statement.Id);
            }
        }

        found.Sort();
        return found;
    }
}
