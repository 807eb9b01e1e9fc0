using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// Questions about positions: a party's stance on a demand or document, now or on a day, and the positions matrix
/// (parties × demands) with the statement behind each cell.
/// </summary>
/// <remarks>
/// <para>Positions come from statements (acceptances, rejections, proposals). A party's stance on a demand is its latest
/// recorded position on the demand itself or on the document whose provision carries it, whichever was taken later (the
/// demand's own when their dates cannot be ordered); on a document or proposal, its latest position on that subject. "On a day" counts the positions certainly taken by the
/// end of that day; one taken on an approximate date that may fall on either side makes the answer undetermined when it
/// would change it.</para>
/// </remarks>
public static class PositionQueries
{
    /// <summary>Gets a party's current stance on a demand, document or proposal.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <param name="subject">The demand, document or proposal.</param>
    /// <returns>The stance, the position it comes from and a reason.</returns>
    /// <example>
    /// <code>
    /// var stance = negotiation.StanceOn(new PartyId("united-states"), SubjectRef.Document(new DocumentId("draft-treaty-us")));
    /// // Rejects, in part: "some Russian proposals are unacceptable"
    /// </code>
    /// </example>
    public static StanceAnswer StanceOn(this NegotiationCase negotiation, PartyId party, SubjectRef subject)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return Answer(negotiation, party, subject, null);
    }

    /// <summary>Gets a party's stance on a demand, document or proposal at the end of a day.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <param name="subject">The demand, document or proposal.</param>
    /// <param name="date">The day.</param>
    /// <returns>The stance, whether it is certain, the position it comes from and a reason.</returns>
    /// <example>
    /// <code>
    /// var before = negotiation.StanceOn(new PartyId("united-states"), SubjectRef.Document(treaty), new LocalDate(2021, 12, 20)); // no stance
    /// </code>
    /// </example>
    public static StanceAnswer StanceOn(this NegotiationCase negotiation, PartyId party, SubjectRef subject, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return Answer(negotiation, party, subject, IsoDates.Iso(date));
    }

    /// <summary>Gets the current positions matrix: every party that is addressed by, or has taken a position on, a
    /// standing demand, against every standing demand (neither withdrawn nor replaced).</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The matrix, rows and columns ordered by id.</returns>
    /// <example>
    /// <code>
    /// var rejections = negotiation.PositionsMatrix().WithStance(Stance.Rejects);
    /// </code>
    /// </example>
    public static PositionsMatrix PositionsMatrix(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var (parties, demands) = DefaultAxes(negotiation);
        return Build(negotiation, parties, demands, null);
    }

    /// <summary>Gets the positions matrix at the end of a day (see <see cref="PositionsMatrix(NegotiationCase)"/>).</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="date">The day.</param>
    /// <returns>The matrix; cells whose stance depends on approximately dated statements are marked undetermined.</returns>
    /// <example>
    /// <code>
    /// var onTheTwentieth = negotiation.PositionsMatrix(new LocalDate(2021, 12, 20));
    /// </code>
    /// </example>
    public static PositionsMatrix PositionsMatrix(this NegotiationCase negotiation, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var (parties, demands) = DefaultAxes(negotiation);
        return Build(negotiation, parties, demands, IsoDates.Iso(date));
    }

    /// <summary>Gets the positions matrix for chosen parties and demands, now or at the end of a day.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="parties">The rows, in order.</param>
    /// <param name="demands">The columns, in order.</param>
    /// <param name="date">The day, or <see langword="null"/> for now.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">The case has no demand of that id; the message names it.</exception>
    /// <example>
    /// <code>
    /// var matrix = negotiation.PositionsMatrix([us, nato], negotiation.OpenDemands().By(russia).Ids);
    /// </code>
    /// </example>
    public static PositionsMatrix PositionsMatrix(this NegotiationCase negotiation, IEnumerable<PartyId> parties, IEnumerable<DemandId> demands, LocalDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(demands);
        ImmutableArray<DemandId> columns = [.. demands.Distinct()];
        foreach (var demand in columns)
        {
            Guard.Known(negotiation.Demands, demand, "demand", nameof(demands));
        }

        return Build(negotiation, [.. parties.Distinct()], columns, IsoDates.Iso(date));
    }

    private static (ImmutableArray<PartyId> Parties, ImmutableArray<DemandId> Demands) DefaultAxes(NegotiationCase negotiation)
    {
        var demands = negotiation.DemandLifecycles.Where(l => l.Value.IsStanding).Select(l => l.Key).ToImmutableArray();
        var parties = new SortedSet<PartyId>();
        var subjects = new HashSet<SubjectRef>();
        foreach (var id in demands)
        {
            var demand = negotiation.Demands[id];
            parties.UnionWith(demand.Addressees);
            subjects.Add(SubjectRef.Demand(id));
            if (DemandStatusRules.CarryingDocument(demand) is { } document)
            {
                subjects.Add(SubjectRef.Document(document));
            }
        }

        // Every position on these subjects is (or feeds) a cell of the matrix, so reading them all costs no more than the answer.
        parties.UnionWith(negotiation.Data.Positions.Keys.Where(k => subjects.Contains(k.Subject)).Select(k => k.Party));
        return ([.. parties], demands);
    }

    private static PositionsMatrix Build(NegotiationCase negotiation, ImmutableArray<PartyId> parties, ImmutableArray<DemandId> demands, LocalDate? date)
    {
        var cells = ImmutableArray.CreateBuilder<PositionCell>(parties.Length * demands.Length);
        foreach (var party in parties)
        {
            foreach (var demand in demands)
            {
                var (position, certain, _) = Resolve(negotiation, party, SubjectRef.Demand(demand), date);
                cells.Add(new PositionCell(party, demand, position, certain));
            }
        }

        return new PositionsMatrix(parties, demands, cells.MoveToImmutable());
    }

    /// <summary>Finds the position that decides a stance and, on a day, a later one that may already have been taken.</summary>
    internal static (Position? Position, Truth Certain, Position? Rival) Resolve(NegotiationCase negotiation, PartyId party, SubjectRef subject, LocalDate? date)
    {
        var data = negotiation.Data;
        var demand = subject.Kind == SubjectKind.Demand && data.Demands.TryGetValue(DemandId.FromChecked(subject.Id), out var d) ? d : null;
        if (date is not { } day)
        {
            var latest = demand is not null
                ? DemandStatusRules.LatestStance(data, demand, party)
                : negotiation.PositionOf(party, subject);
            return (latest, Truth.Yes, null);
        }

        var (direct, directRival) = Pick(negotiation.PositionHistory(party, subject), day);
        var (carrier, carrierRival) = demand is not null && DemandStatusRules.CarryingDocument(demand) is { } document
            ? Pick(negotiation.PositionHistory(party, SubjectRef.Document(document)), day)
            : (null, null);
        var chosen = demand is not null ? DemandStatusRules.Later(direct, carrier) : direct;
        var rival = new[] { directRival, carrierRival }.FirstOrDefault(r => r is not null && !SameStance(r, chosen));
        return (chosen, rival is null ? Truth.Yes : Truth.Undetermined, rival);
    }

    /// <summary>The latest position in a history certainly taken by the end of <paramref name="day"/>, and a later one
    /// that may have been.</summary>
    private static (Position? Chosen, Position? Rival) Pick(ImmutableList<Position> history, LocalDate day)
    {
        Position? chosen = null;
        Position? rival = null;
        foreach (var position in history)
        {
            var taken = position.Since.IsOnOrBefore(day);
            if (taken.IsYes)
            {
                (chosen, rival) = (position, null);
            }
            else if (taken.IsUndetermined)
            {
                rival = position;
            }
        }

        return (chosen, rival);
    }

    private static bool SameStance(Position position, Position? other) =>
        other is not null && other.Stance == position.Stance && other.Extent == position.Extent;

    private static StanceAnswer Answer(NegotiationCase negotiation, PartyId party, SubjectRef subject, LocalDate? date)
    {
        var (position, certain, rival) = Resolve(negotiation, party, subject, date);
        var who = negotiation.NameOf(party);
        var what = Describe(negotiation, subject);
        var by = date is { } day ? " by " + day.ToString("d MMMM uuuu", CultureInfo.InvariantCulture) : string.Empty;
        var reason = position is null
            ? $"{who} has taken no stance on {what}{by}"
            : $"{who} {DemandQueries.Verb(position)} {(position.Subject == subject ? what : DemandQueries.Subject(negotiation, position))} ({DemandQueries.Cite(negotiation, position)})";
        if (rival is not null)
        {
            reason += $"; undetermined: {who} may already have taken a later stance ({rival.Stance}{(rival.Extent == Extent.Part ? ", in part" : string.Empty)}, {rival.Since}, statement '{rival.Statement}'), dated too approximately to say";
        }

        return new StanceAnswer(party, subject, position, certain, reason);
    }

    internal static string Describe(NegotiationCase negotiation, SubjectRef subject) => subject.Kind switch
    {
        SubjectKind.Document when negotiation.Documents.TryGetValue(DocumentId.FromChecked(subject.Id), out var document) => $"'{document.Title}'",
        SubjectKind.Demand => $"the demand '{subject.Id}'",
        SubjectKind.Proposal => $"the proposal '{subject.Id}'",
        _ => subject.ToString(),
    };
}
