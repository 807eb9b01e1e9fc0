using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// Questions about demands: which are open (by addressee, author, topic, kind or status), where each stands with each
/// addressee, which provisions carry it, which statements are on it and which proposals answer it.
/// </summary>
/// <remarks>
/// <para>A demand's status per addressee follows from what has happened (<see cref="DemandStatus"/>): withdrawn,
/// superseded or hardened by its author; otherwise the addressee's latest stance on the demand or on the document whose
/// provision carries it (accepts: accepted; accepts part: under discussion; rejects: rejected; rejects part: partly
/// rejected; open to discuss: under discussion); otherwise under discussion if the addressee was a side of a held round
/// with the demand or its document on the agenda; otherwise tabled. Statuses are kept in the case's indexes and updated
/// by every change, so reading them costs nothing extra.</para>
/// <para>A demand is <em>open</em> with an addressee while it is tabled, under discussion, rejected or partly rejected:
/// its author stands by it and the addressee has not accepted it.</para>
/// </remarks>
public static class DemandQueries
{
    /// <summary>Starts a selection of every demand in the case, to narrow with
    /// <see cref="DemandSelection.AddressedTo(PartyId)"/>, <see cref="DemandSelection.By(PartyId)"/>,
    /// <see cref="DemandSelection.OnTopic(TopicId, bool)"/>, <see cref="DemandSelection.OfKind(DemandKind)"/>,
    /// <see cref="DemandSelection.WithStatus(DemandStatus)"/> and <see cref="DemandSelection.Open"/>.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The selection.</returns>
    /// <example>
    /// <code>
    /// var prohibitions = negotiation.SelectDemands().OfKind(DemandKind.Prohibition).OnTopic(new TopicId("nato-enlargement"));
    /// </code>
    /// </example>
    public static DemandSelection SelectDemands(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return DemandSelection.All(negotiation);
    }

    /// <summary>Starts a selection of the open demands: those whose author stands by them and that an addressee has not
    /// accepted.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The selection, to narrow further.</returns>
    /// <example>
    /// <code>
    /// var openToNato = negotiation.OpenDemands().AddressedTo(new PartyId("nato"));
    /// var russiasOnEnlargement = negotiation.OpenDemands().By(new PartyId("russia")).OnTopic(new TopicId("nato-enlargement"));
    /// </code>
    /// </example>
    public static DemandSelection OpenDemands(this NegotiationCase negotiation) => negotiation.SelectDemands().Open();

    /// <summary>Gets every demand package of the case, in name order.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The packages; empty when no demand names one.</returns>
    public static ImmutableArray<DemandPackage> Packages(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Demands.Values.Where(d => d.Package is not null).GroupBy(d => d.Package!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DemandPackage(g.Key, g.First().Author, g.Select(d => d.Id).ToEquatableArray()))];
    }

    /// <summary>Gets one demand package by its name.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="name">The package's name.</param>
    /// <returns>The package, or <see langword="null"/> when no demand names it.</returns>
    /// <example>
    /// <code>
    /// var package = negotiation.Package("security-guarantees"); // Russia's demands of NATO, all or nothing
    /// </code>
    /// </example>
    public static DemandPackage? Package(this NegotiationCase negotiation, string name)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(name);
        return negotiation.Packages().FirstOrDefault(p => p.Name == name);
    }

    /// <summary>Gets where a package stands with one addressee, taken all or nothing: accepted only when every demand of it
    /// addressed to the party is accepted or settled; rejected (or partly rejected) when any is; withdrawn, superseded or
    /// hardened when all are alike; tabled when all are tabled; otherwise under discussion (which covers a conditional
    /// acceptance of part of the package).</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="package">The package.</param>
    /// <param name="addressee">The addressee.</param>
    /// <returns>The package's status, or <see langword="null"/> when none of its demands is addressed to the party.</returns>
    public static DemandStatus? PackageStatus(this NegotiationCase negotiation, DemandPackage package, PartyId addressee)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(package);
        var statuses = package.Demands.Where(d => negotiation.Demands[d].Addressees.Contains(addressee)).Select(d => negotiation.StatusOf(d, addressee)).ToList();
        if (statuses.Count == 0)
        {
            return null;
        }

        if (statuses.All(s => s is DemandStatus.Accepted or DemandStatus.Settled))
        {
            return statuses.All(s => s == DemandStatus.Settled) ? DemandStatus.Settled : DemandStatus.Accepted;
        }

        if (statuses.Contains(DemandStatus.Rejected))
        {
            return DemandStatus.Rejected;
        }

        if (statuses.Contains(DemandStatus.PartlyRejected))
        {
            return DemandStatus.PartlyRejected;
        }

        return statuses.Distinct().Count() == 1 && statuses[0] != DemandStatus.Accepted ? statuses[0] : DemandStatus.UnderDiscussion;
    }

    /// <summary>Gets where a demand stands with one addressee.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="demand">The demand.</param>
    /// <param name="addressee">One of its addressees.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException">The case has no demand <paramref name="demand"/>; the message names it.</exception>
    /// <exception cref="ArgumentException"><paramref name="addressee"/> is not an addressee of the demand.</exception>
    /// <example>
    /// <code>
    /// DemandStatus status = negotiation.StatusOf(new DemandId("us-legal-guarantees"), new PartyId("united-states"));
    /// </code>
    /// </example>
    public static DemandStatus StatusOf(this NegotiationCase negotiation, DemandId demand, PartyId addressee)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var d = Guard.Known(negotiation.Demands, demand, "demand", nameof(demand));
        var i = d.Addressees.Items.IndexOf(addressee);
        return i >= 0
            ? negotiation.Data.Indexes.StatusesOf(d)[i]
            : throw new ArgumentException($"'{addressee}' is not an addressee of the demand '{demand}'; its addressees are {d.Addressees}.", nameof(addressee));
    }

    /// <summary>Gets where a demand stands with each of its addressees, and why.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>One status per addressee, in the order of the demand's addressees.</returns>
    /// <exception cref="ArgumentException">The case has no demand <paramref name="demand"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// foreach (var status in negotiation.StatusesOf(new DemandId("us-legal-guarantees")))
    ///     Console.WriteLine(status); // us-legal-guarantees → united-states: PartlyRejected (the United States rejected part of ...)
    /// </code>
    /// </example>
    public static ImmutableArray<AddresseeStatus> StatusesOf(this NegotiationCase negotiation, DemandId demand)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var d = Guard.Known(negotiation.Demands, demand, "demand", nameof(demand));
        return [.. d.Addressees.Select(addressee =>
        {
            var evidence = DemandStatusRules.Evaluate(negotiation.Data, negotiation.Data.Indexes, d, addressee);
            return new AddresseeStatus(demand, addressee, evidence.Status, evidence.Position, Explain(negotiation, d, addressee, evidence));
        })];
    }

    /// <summary>Gets the document provisions that carry a demand: the provision named as its source and the same article
    /// in each later revision of that document, for as long as its text is unchanged.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>The provisions, oldest revision first; empty for a demand made in a statement or with no source.</returns>
    /// <exception cref="ArgumentException">The case has no demand <paramref name="demand"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// var where = negotiation.ProvisionsCarrying(new DemandId("nato-no-new-members")); // draft-agreement-nato r1 art. 6
    /// </code>
    /// </example>
    public static ImmutableArray<ProvisionRef> ProvisionsCarrying(this NegotiationCase negotiation, DemandId demand)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var found = Guard.Known(negotiation.Demands, demand, "demand", nameof(demand));
        var result = ImmutableArray.CreateBuilder<ProvisionRef>();
        if (found.Source?.Provision is { } made)
        {
            Unchanged(negotiation, made, result);
        }

        foreach (var carrier in found.AlsoCarriedBy)
        {
            Unchanged(negotiation, carrier, result);
        }

        return result.ToImmutable();
    }

    /// <summary>Gets the demands of other parties that conflict with a demand, whichever of the two names the conflict.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>The conflicting demands, ordered by id.</returns>
    /// <exception cref="ArgumentException">The case has no demand <paramref name="demand"/>.</exception>
    /// <example>
    /// <code>
    /// var clash = negotiation.ConflictingDemands(new DemandId("uk-parallel")); // eu-phasing
    /// </code>
    /// </example>
    public static ImmutableArray<Demand> ConflictingDemands(this NegotiationCase negotiation, DemandId demand)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var found = Guard.Known(negotiation.Demands, demand, "demand", nameof(demand));
        var demands = negotiation.Demands;
        return
        [
            .. found.ConflictsWith.Concat(SubjectLookups.Of(negotiation.Data).NamingAsConflicting(demand))
                .Distinct()
                .Select(id => demands.GetValueOrDefault(id))
                .OfType<Demand>()
                .OrderBy(d => d.Id),
        ];
    }

    /// <summary>Gets the statements on a demand: those about it or taking a stance on it, the statement it was made in
    /// (<see cref="Demand.Source"/>), and the earlier statements it formalises (<see cref="Demand.Formalises"/>), which
    /// could not name it, since it did not exist when they were made.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>The statements, each once, ordered by the earliest day each may have been made, then by id.</returns>
    /// <exception cref="ArgumentException">The case has no demand <paramref name="demand"/>.</exception>
    /// <example>
    /// <code>
    /// // Raab's "I cannot support an indefinite backstop" (2018-11-15), formalised by the Commons' demand of January 2019.
    /// var said = negotiation.StatementsOn(new DemandId("d-uk-backstop-exit"));
    /// </code>
    /// </example>
    public static ImmutableArray<Statement> StatementsOn(this NegotiationCase negotiation, DemandId demand)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var found = Guard.Known(negotiation.Demands, demand, "demand", nameof(demand));
        var subject = SubjectRef.Demand(demand);
        var named = new HashSet<StatementId>(found.Formalises);
        if (found.Source?.Statement is { } source)
        {
            named.Add(source);
        }

        var statements = negotiation.Statements;
        return
        [
            .. named.Select(id => statements.GetValueOrDefault(id)).OfType<Statement>()
                .Concat(SubjectLookups.Of(negotiation.Data).StatementsOn(subject).Where(s => !named.Contains(s.Id)))
                .OrderBy(s => s.Made.EarliestDate).ThenBy(s => s.Id),
        ];
    }

    /// <summary>Gets how a demand was settled: its outcome, when, and the provision that settled it.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="demand">The demand.</param>
    /// <returns>The settlement, or <see langword="null"/> while the demand is not settled.</returns>
    /// <exception cref="ArgumentException">The case has no demand <paramref name="demand"/>.</exception>
    /// <example>
    /// <code>
    /// var outcome = negotiation.SettlementOf(new DemandId("financial-settlement"))?.Outcome;
    /// </code>
    /// </example>
    public static DemandSettlement? SettlementOf(this NegotiationCase negotiation, DemandId demand)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        Guard.Known(negotiation.Demands, demand, "demand", nameof(demand));
        return negotiation.Data.DemandLifecycles[demand].Settlement;
    }

    /// <summary>Adds a provision and the later revisions that keep its text unchanged.</summary>
    private static void Unchanged(NegotiationCase negotiation, ProvisionRef source, ImmutableArray<ProvisionRef>.Builder result)
    {
        if (!negotiation.Documents.TryGetValue(source.Document, out var document))
        {
            return;
        }

        result.Add(source);
        var text = document.RevisionList.Count >= source.Revision ? document.RevisionList[source.Revision - 1].FindProvision(source.Article)?.Text : null;
        for (var number = source.Revision + 1; text is not null && number <= document.RevisionList.Count; number++)
        {
            if (document.RevisionList[number - 1].FindProvision(source.Article)?.Text != text)
            {
                break;
            }

            result.Add(source with { Revision = number });
        }
    }

    /// <summary>Gets the demands carried by a document's provisions.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="document">The document.</param>
    /// <returns>The demands, ordered by id.</returns>
    /// <example>
    /// <code>
    /// var inTreaty = negotiation.DemandsCarriedBy(new DocumentId("draft-treaty-us"));
    /// </code>
    /// </example>
    public static ImmutableArray<Demand> DemandsCarriedBy(this NegotiationCase negotiation, DocumentId document)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Indexes.DemandsByDocument.Get(document).Select(id => negotiation.Demands[id])];
    }

    /// <summary>Gets the proposals that answer a demand, a document or another proposal.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="subject">What they answer.</param>
    /// <returns>The proposals, ordered by id.</returns>
    /// <example>
    /// <code>
    /// var answers = negotiation.ProposalsAnswering(SubjectRef.Demand(new DemandId("nato-no-bases")));
    /// </code>
    /// </example>
    public static ImmutableArray<Proposal> ProposalsAnswering(this NegotiationCase negotiation, SubjectRef subject)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Indexes.ProposalsAnswering.Get(subject).Select(id => negotiation.Proposals[id])];
    }

    internal static string Explain(NegotiationCase negotiation, Demand demand, PartyId addressee, StatusEvidence evidence)
    {
        var who = negotiation.NameOf(addressee);
        var author = negotiation.NameOf(demand.Author);
        return evidence.Status switch
        {
            DemandStatus.Withdrawn => $"{author} withdrew it ({evidence.When})",
            DemandStatus.Superseded => $"{author} replaced it with '{evidence.ReplacedBy}' ({evidence.When})",
            DemandStatus.Hardened => $"{author} hardened it into '{evidence.ReplacedBy}' ({evidence.When})",
            _ when evidence.Position is { } p => $"{who} {Verb(p)} {Subject(negotiation, p)} ({Cite(negotiation, p)})",
            DemandStatus.UnderDiscussion => $"it was on the agenda of a round held with {who}",
            _ => $"tabled ({evidence.When}); {who} has not reacted yet",
        };
    }

    internal static string Verb(Position position) => (position.Stance, position.Extent) switch
    {
        (Stance.Accepts or Stance.AcceptsConditionally, Extent.Part) => "accepted part of",
        (Stance.Accepts, _) => "accepted",
        (Stance.AcceptsConditionally, _) => $"accepted, on condition ({position.Condition}),",
        (Stance.Rejects, Extent.Part) => "rejected part of",
        (Stance.Rejects, _) => "rejected",
        (Stance.OpenToDiscuss, _) => "is open to discuss",
        _ => "took no stance on",
    };

    internal static string Subject(NegotiationCase negotiation, Position position) =>
        position.Subject.Kind == SubjectKind.Document && negotiation.Documents.TryGetValue(DocumentId.FromChecked(position.Subject.Id), out var document)
            ? $"'{document.Title}', which carries it"
            : "it";

    internal static string Cite(NegotiationCase negotiation, Position position) =>
        negotiation.Statements.TryGetValue(position.Statement, out var statement)
            ? $"{position.Since}, statement '{position.Statement}': \"{statement.Quote}\""
            : $"{position.Since}, statement '{position.Statement}'";
}
