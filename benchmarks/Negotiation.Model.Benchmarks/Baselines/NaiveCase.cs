using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>A demand with what has happened to it, as a naive model keeps it: in one record.</summary>
public sealed record NaiveDemand(Demand Demand, DemandLifecycle Lifecycle)
{
    public DemandId Id => Demand.Id;
}

/// <summary>
/// The naive design: what a user without this library would write. An immutable record of arrays; every change copies
/// the arrays it touches (and the log) and then validates the whole negotiation with FluentValidation
/// (<see cref="NaiveValidator"/>); every query is a LINQ scan; "as of" replays the log.
/// </summary>
/// <remarks>
/// Where a naive user could be quadratic the baseline is given the benefit of the doubt, so the ratios are conservative:
/// full validation builds hash lookups once per run (it is O(n), not O(n²)), and replay folds into dictionaries and
/// freezes to arrays once, instead of copying arrays per replayed fact.
/// </remarks>
public sealed record NaiveCase : ICaseLookup
{
    public required Party[] Parties { get; init; }

    public required Representative[] Representatives { get; init; }

    public required Topic[] Topics { get; init; }

    public required NaiveDemand[] Demands { get; init; }

    public required Proposal[] Proposals { get; init; }

    public required DocumentState[] Documents { get; init; }

    public required RoundState[] Rounds { get; init; }

    public required Commitment[] Commitments { get; init; }

    public required StatementState[] Statements { get; init; }

    public required Position[] Positions { get; init; }

    public required DeadlineState[] Deadlines { get; init; }

    public required DevelopmentState[] Developments { get; init; }

    public required Fact[] Log { get; init; }

    IEnumerable<DevelopmentState> ICaseLookup.AllDevelopments => Developments;

    /// <summary>Replays the facts <paramref name="include"/> selects (all when null), without checks: they were valid when recorded.</summary>
    public static NaiveCase Replay(IEnumerable<Fact> facts, Func<Fact, bool>? include = null)
    {
        var folded = MutableCase.Fold(facts, include ?? (_ => true));
        return new NaiveCase
        {
            Parties = [.. folded.Parties.Values],
            Representatives = [.. folded.Representatives.Values],
            Topics = [.. folded.Topics.Values],
            Demands = [.. folded.Demands.Values.Select(d => new NaiveDemand(d, folded.Lifecycles[d.Id]))],
            Proposals = [.. folded.Proposals.Values],
            Documents = [.. folded.Documents.Values],
            Rounds = [.. folded.Rounds.Values],
            Commitments = [.. folded.Commitments.Values],
            Statements = [.. folded.Statements.Values],
            Positions = [.. folded.Positions.Values.SelectMany(p => p)],
            Deadlines = [.. folded.Deadlines.Values],
            Developments = [.. folded.Developments.Values],
            Log = [.. folded.Log],
        };
    }

    /// <summary>"As of": replays the facts that had certainly happened by the end of <paramref name="date"/>.</summary>
    public static NaiveCase AsOf(IEnumerable<Fact> log, LocalDate date) => Replay(log, f => f.Occurred.IsOnOrBefore(date).IsYes);

    // ---- changes: copy, then validate everything ----

    public NaiveChange TableDemand(DemandTabled fact) =>
        Validated(this with { Demands = [.. Demands, new NaiveDemand(fact.Demand, new DemandLifecycle(fact.Occurred))], Log = [.. Log, fact] });

    public NaiveChange HoldRound(RoundHeld fact)
    {
        var index = Array.FindIndex(Rounds, r => r.Id == fact.Round);
        if (index < 0)
        {
            return new NaiveChange(this, new ValidationResult([new ValidationFailure("Round", $"No round '{fact.Round}'.") { ErrorCode = ErrorCodes.UnknownRound }]));
        }

        var current = Rounds[index];
        var rounds = (RoundState[])Rounds.Clone();
        rounds[index] = current with
        {
            Status = RoundStatus.Held,
            ActualStart = fact.Occurred,
            ActualEnd = fact.Ended,
            History = current.History.Items.Add(new RoundStatusChange(RoundStatus.Held, fact.Occurred)),
        };
        return Validated(this with { Rounds = rounds, Log = [.. Log, fact] });
    }

    public NaiveChange RecordStatement(StatementMade fact)
    {
        var s = fact.Statement;
        var positions = s.KindStance is { } taken
            ? [.. Positions, .. s.About.Where(a => a.Kind is SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal)
                .Select(a => new Position(s.Party, a, taken, s.Extent, fact.Occurred, s.Id, s.Condition))]
            : Positions;
        return Validated(this with { Statements = [.. Statements, new StatementState(s, fact.Occurred)], Positions = positions, Log = [.. Log, fact] });
    }

    /// <summary>Validates the whole negotiation.</summary>
    public ValidationResult Validate() => NaiveValidator.Instance.Validate(this);

    private NaiveChange Validated(NaiveCase changed)
    {
        var result = changed.Validate();
        return new NaiveChange(result.Errors.TrueForAll(e => e.Severity != Severity.Error) ? changed : this, result);
    }

    // ---- queries: LINQ scans ----

    /// <summary>Demands addressed to <paramref name="addressee"/> that are open for it (see <see cref="BaselineQueries.IsOpen"/>).</summary>
    public IReadOnlyList<DemandId> OpenDemands(PartyId addressee)
    {
        var latest = Positions
            .Where(p => p.Party == addressee && p.Subject.Kind is SubjectKind.Demand or SubjectKind.Document)
            .GroupBy(p => p.Subject)
            .ToDictionary(g => g.Key, g => g.Last());
        return [.. Demands
            .Where(d => d.Demand.Addressees.Contains(addressee) && d.Lifecycle.IsStanding
                && BaselineQueries.IsOpen(
                    latest.GetValueOrDefault(SubjectRef.Demand(d.Id)),
                    DemandStatusRules.CarryingDocument(d.Demand) is { } document ? latest.GetValueOrDefault(SubjectRef.Document(document)) : null))
            .Select(d => d.Id)];
    }

    /// <summary>Rounds <paramref name="party"/> is a side of that may be in progress during <paramref name="month"/> (UTC), cancelled
    /// rounds left out.</summary>
    public IReadOnlyList<RoundId> RoundsOf(PartyId party, YearMonth month)
    {
        var window = BaselineQueries.Month(month);
        return [.. Rounds.Where(r => r.HasSide(party) && BaselineQueries.MayRunWithin(r, window)).Select(r => r.Id)];
    }

    /// <summary>Whether each round can start, with the reasons.</summary>
    public IReadOnlyList<RoundReadiness> Readiness() => [.. Rounds.Select(r => BaselineQueries.Readiness(this, r))];

    public RoundState? FindRound(RoundId id) => Rounds.FirstOrDefault(r => r.Id == id);

    public DocumentState? FindDocument(DocumentId id) => Documents.FirstOrDefault(d => d.Id == id);

    public Demand? FindDemand(DemandId id) => Demands.FirstOrDefault(d => d.Id == id)?.Demand;

    public IReadOnlyList<Position> PositionHistory(PartyId party, SubjectRef subject) =>
        [.. Positions.Where(p => p.Party == party && p.Subject == subject)];

    public string NameOf(PartyId party) => Parties.FirstOrDefault(p => p.Id == party)?.Name ?? party.ToString();
}

/// <summary>The result of a naive change: the new case if no error failed (else the old one), and the validation result.</summary>
public sealed record NaiveChange(NaiveCase Case, ValidationResult Result)
{
    public bool Succeeded => Result.Errors.TrueForAll(e => e.Severity != Severity.Error);
}
