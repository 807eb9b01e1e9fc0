using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model.Testing;

/// <summary>
/// A fluent, immutable builder of negotiation cases for tests: it hides ids and boilerplate but not meaning, so a test
/// reads like the story it tells.
/// </summary>
/// <remarks>
/// <para>Ids are plain slugs (<c>"russia"</c>, <c>"ru-us-2022-01"</c>). Every talk fact takes an explicit date; what a
/// test does not care about has a default: parties, people and topics exist from <see cref="StartingOn(LocalDate)"/>,
/// facts come from the current report (<see cref="ReportedBy(string, LocalDate)"/>) and are recorded at 18:00 UTC on the
/// report's day; a fact that happens after that day is reported, by the same outlet, on the last day it may have
/// happened. The builder never reads a clock.</para>
/// <para>Each call returns a new builder, so a common "given" can be branched into several "whens".
/// <see cref="Build"/> records every fact and throws with the refused step and its reasons if the case refuses one;
/// <see cref="Try"/> returns the <see cref="ChangeResult"/> instead, for tests of refusals.</para>
/// </remarks>
/// <example>
/// <code>
/// var talks = Scenario.Of("security-guarantees-2021", reportedOn: new LocalDate(2021, 12, 22))
///     .StartingOn(new LocalDate(2021, 12, 1))
///     .State("russia", "Russia", "RU")
///     .State("united-states", "United States", "US")
///     .Document("ru-us-draft-treaty", DocumentKind.DraftTreaty, "Treaty on security guarantees", by: "russia", to: "united-states",
///         presented: DateWindow.WeekOf(new LocalDate(2021, 12, 13)), ("4", "No further eastward expansion of NATO."))
///     .Demand("no-expansion", by: "russia", of: "united-states", "Prevent NATO's eastward expansion.",
///         tabled: DateWindow.WeekOf(new LocalDate(2021, 12, 13)), inArticle: ("ru-us-draft-treaty", "4"))
///     .Round("ru-us-2022-01", RoundFormat.Bilateral, between: ["russia", "united-states"],
///         planned: DateWindow.EarlyIn(new YearMonth(2022, 1)), agreedOn: new LocalDate(2021, 12, 21))
///     .Build();
/// </code>
/// </example>
public sealed class Scenario
{
    private readonly ImmutableDictionary<string, SubjectKind> subjects;

    private Scenario(CaseId id, string title, ImmutableList<Fact> facts, Source source, LocalDate worldStart, ImmutableDictionary<string, SubjectKind> subjects)
    {
        Id = id;
        Title = title;
        Facts = facts;
        Source = source;
        WorldStart = worldStart;
        this.subjects = subjects;
    }

    /// <summary>Gets the id of the case the scenario builds.</summary>
    public CaseId Id { get; }

    /// <summary>Gets the title of the case.</summary>
    public string Title { get; }

    /// <summary>Gets the facts so far, in order.</summary>
    public ImmutableList<Fact> Facts { get; }

    /// <summary>Gets the source of the next facts.</summary>
    public Source Source { get; }

    /// <summary>Gets the day from which parties, people and topics exist.</summary>
    public LocalDate WorldStart { get; }

    /// <summary>Gets when the next facts are recorded: 18:00 UTC on the current report's day.</summary>
    public Instant RecordedAt => Source.ReportedOn.At(new LocalTime(18, 0)).InUtc().ToInstant();

    /// <summary>Starts a scenario.</summary>
    /// <param name="caseId">The case's id, a slug.</param>
    /// <param name="reportedOn">The day of the first report; also where the world starts until <see cref="StartingOn(LocalDate)"/> says otherwise.</param>
    /// <param name="title">The case's title; the id when omitted.</param>
    /// <param name="outlet">Who reported the facts.</param>
    /// <returns>An empty scenario.</returns>
    public static Scenario Of(string caseId, LocalDate reportedOn, string? title = null, string outlet = "News report") =>
        new(new CaseId(caseId), title ?? caseId, [], new Source(outlet, reportedOn), reportedOn, ImmutableDictionary<string, SubjectKind>.Empty);

    /// <summary>Sets the day from which the parties, people and topics added next exist.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario StartingOn(LocalDate date) => new(Id, Title, Facts, Source, date, subjects);

    /// <summary>Sets who reports the next facts and on which day (they are recorded at 18:00 UTC that day).</summary>
    /// <param name="outlet">The outlet.</param>
    /// <param name="on">The day of the report.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario ReportedBy(string outlet, LocalDate on) => new(Id, Title, Facts, new Source(outlet, on), WorldStart, subjects);

    /// <summary>Adds a state.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The name.</param>
    /// <param name="isoCode">The ISO 3166-1 alpha-2 code.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario State(string id, string name, string isoCode) =>
        Add(new PartyRegistered { Party = new State(new PartyId(id), name, isoCode), Occurred = WorldStart, Recorded = RecordedAt, Source = Source }, id, SubjectKind.Party);

    /// <summary>Adds an organisation with its members and the days they joined.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">What sort of organisation.</param>
    /// <param name="members">Each member and the day it joined.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Organisation(string id, string name, OrganisationKind kind, params IEnumerable<(string Member, LocalDate Joined)> members) =>
        Add(new PartyRegistered
        {
            Party = new Organisation(new PartyId(id), name, kind, [.. members.Select(m => new Membership(new PartyId(m.Member), m.Joined))]),
            Occurred = WorldStart,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Party);

    /// <summary>Adds an organisation with dated membership periods (members that left included).</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">What sort of organisation.</param>
    /// <param name="memberships">The membership periods.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Organisation(string id, string name, OrganisationKind kind, IEnumerable<Membership> memberships) =>
        Add(new PartyRegistered
        {
            Party = new Organisation(new PartyId(id), name, kind, [.. memberships]),
            Occurred = WorldStart,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Party);

    /// <summary>Adds an organisation that is a body, organ or unit of another party (<see cref="Model.Organisation.PartOf"/>):
    /// an institution of a union, a department of a government, a chamber of a parliament.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">What sort of body.</param>
    /// <param name="partOf">The party it is part of, added before it.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Body(string id, string name, OrganisationKind kind, string partOf) =>
        Add(new PartyRegistered
        {
            Party = new Organisation(new PartyId(id), name, kind) { PartOf = new PartyId(partOf) },
            Occurred = WorldStart,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Party);

    /// <summary>Adds a named group of states.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The name.</param>
    /// <param name="members">The members.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Group(string id, string name, params IEnumerable<string> members) =>
        Add(new PartyRegistered { Party = new PartyGroup(new PartyId(id), name, Parties(members)), Occurred = WorldStart, Recorded = RecordedAt, Source = Source }, id, SubjectKind.Party);

    /// <summary>Adds a representative in office from <paramref name="since"/>.</summary>
    /// <param name="id">The representative's id.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="office">The office.</param>
    /// <param name="party">The party they speak for.</param>
    /// <param name="since">The first day in office.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Representative(string id, string name, string office, string party, LocalDate since) =>
        Add(new RepresentativeAppointed
        {
            Representative = new Representative(new RepresentativeId(id), name, office, new PartyId(party), new TermOfOffice(since)),
            Occurred = since,
            Recorded = RecordedAt,
            Source = Source,
        });

    /// <summary>Adds a topic, possibly within a broader one.</summary>
    /// <param name="id">The topic's id.</param>
    /// <param name="name">The name.</param>
    /// <param name="within">The broader topic's id, if any.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Topic(string id, string name, string? within = null) =>
        Add(new TopicDefined
        {
            Topic = new Topic(new TopicId(id), name, within is null ? null : new TopicId(within)),
            Occurred = WorldStart,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Topic);

    /// <summary>A party hands over a document with its articles.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="kind">What sort of document.</param>
    /// <param name="title">The title.</param>
    /// <param name="by">The author.</param>
    /// <param name="to">The addressee.</param>
    /// <param name="presented">When it was handed over.</param>
    /// <param name="articles">Its articles: number and text.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Document(string id, DocumentKind kind, string title, string by, string to, Moment presented, params IEnumerable<(string Article, string Text)> articles) =>
        Add(new DocumentPresented
        {
            Document = new Document(new DocumentId(id), kind, title, [new PartyId(by)], [new PartyId(to)]),
            Provisions = [.. articles.Select(a => new Provision(a.Article, a.Text))],
            Occurred = presented,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Document);

    /// <summary>A party tables a demand of one addressee.</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="by">The author.</param>
    /// <param name="of">The addressee.</param>
    /// <param name="text">What is demanded.</param>
    /// <param name="tabled">When.</param>
    /// <param name="kind">What sort of demand.</param>
    /// <param name="topic">The topic's id, if any.</param>
    /// <param name="inArticle">The document and article that carry it, if any (revision 1).</param>
    /// <param name="concerns">A party it concerns without being addressed to it, if any.</param>
    /// <param name="inStatement">The statement that made it, if it was made in a statement rather than a document.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Demand(string id, string by, string of, string text, Moment tabled, DemandKind kind = DemandKind.Other,
        string? topic = null, (string Document, string Article)? inArticle = null, string? concerns = null, string? inStatement = null) =>
        Demand(id, by, [of], text, tabled, kind, topic, inArticle, concerns, inStatement);

    /// <summary>A party tables a demand of several addressees (in the order given).</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="by">The author.</param>
    /// <param name="of">The addressees.</param>
    /// <param name="text">What is demanded.</param>
    /// <param name="tabled">When.</param>
    /// <param name="kind">What sort of demand.</param>
    /// <param name="topic">The topic's id, if any.</param>
    /// <param name="inArticle">The document and article that carry it, if any (revision 1).</param>
    /// <param name="concerns">A party it concerns without being addressed to it, if any.</param>
    /// <param name="inStatement">The statement that made it, if it was made in a statement rather than a document.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Demand(string id, string by, IEnumerable<string> of, string text, Moment tabled, DemandKind kind = DemandKind.Other,
        string? topic = null, (string Document, string Article)? inArticle = null, string? concerns = null, string? inStatement = null) =>
        Add(new DemandTabled
        {
            Demand = new Demand(new DemandId(id), new PartyId(by), Parties(Guard(of)), text)
            {
                Kind = kind,
                Topics = topic is null ? default : [new TopicId(topic)],
                Concerns = concerns is null ? default : [new PartyId(concerns)],
                Source = inArticle is { } a
                    ? DemandSource.InProvision(new DocumentId(a.Document), 1, a.Article)
                    : inStatement is null ? null : DemandSource.InStatement(new StatementId(inStatement)),
            },
            Occurred = tabled,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Demand);

    /// <summary>The sides agree (or propose) a round.</summary>
    /// <param name="id">The round's id.</param>
    /// <param name="format">Bilateral or multilateral.</param>
    /// <param name="between">The sides' party ids.</param>
    /// <param name="planned">When the round is planned.</param>
    /// <param name="agreedOn">When it was agreed or proposed.</param>
    /// <param name="after">The round that must be held first, if any.</param>
    /// <param name="topic">The topic on the agenda, if any.</param>
    /// <param name="agreed"><see langword="false"/> when the round is only proposed.</param>
    /// <param name="title">A title, if any.</param>
    /// <param name="document">A document on the agenda, if any.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Round(string id, RoundFormat format, IEnumerable<string> between, Moment planned, Moment agreedOn,
        string? after = null, string? topic = null, bool agreed = true, string? title = null, string? document = null) =>
        Round(id, format, between, planned, agreedOn, after is null ? [] : [after], topic, agreed, title, document);

    /// <summary>The sides agree (or propose) a round that may start only once every round in <paramref name="after"/> is held.</summary>
    /// <param name="id">The round's id.</param>
    /// <param name="format">Bilateral or multilateral.</param>
    /// <param name="between">The sides' party ids.</param>
    /// <param name="planned">When the round is planned.</param>
    /// <param name="agreedOn">When it was agreed or proposed.</param>
    /// <param name="after">The rounds that must all be held first (none for a round that waits for no other).</param>
    /// <param name="topic">The topic on the agenda, if any.</param>
    /// <param name="agreed"><see langword="false"/> when the round is only proposed.</param>
    /// <param name="title">A title, if any.</param>
    /// <param name="document">A document on the agenda, if any.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Round(string id, RoundFormat format, IEnumerable<string> between, Moment planned, Moment agreedOn,
        IEnumerable<string> after, string? topic = null, bool agreed = true, string? title = null, string? document = null) =>
        Add(new RoundPlanned
        {
            Round = new Round(new RoundId(id), format, [.. between.Select(p => new RoundSide(new PartyId(p)))], planned)
            {
                Title = title,
                Agenda = new Agenda
                {
                    Topics = topic is null ? default : [new TopicId(topic)],
                    Documents = document is null ? default : [new DocumentId(document)],
                },
                Precondition = HeldFirst(Guard(after)),
            },
            Agreed = agreed,
            Occurred = agreedOn,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Round);

    /// <summary>A round is held.</summary>
    /// <param name="id">The round's id.</param>
    /// <param name="on">When it started.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario HoldRound(string id, Moment on) =>
        Add(new RoundHeld { Round = new RoundId(id), Occurred = on, Recorded = RecordedAt, Source = Source });

    /// <summary>A round is called off.</summary>
    /// <param name="id">The round's id.</param>
    /// <param name="reason">Why.</param>
    /// <param name="on">When.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario CancelRound(string id, string reason, Moment on) =>
        Add(new RoundCancelled { Round = new RoundId(id), Reason = reason, Occurred = on, Recorded = RecordedAt, Source = Source });

    /// <summary>A party (or one of its representatives) says something.</summary>
    /// <param name="id">The statement's id.</param>
    /// <param name="party">The party.</param>
    /// <param name="kind">What the statement does.</param>
    /// <param name="quote">What was said.</param>
    /// <param name="on">When.</param>
    /// <param name="speaker">The representative, if known.</param>
    /// <param name="about">Ids of what it is about (demands, documents, rounds, topics, parties, statements added before).</param>
    /// <param name="inPart">Whether an acceptance or rejection covers only part of its subjects.</param>
    /// <param name="to">The parties addressed, if any.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="outlet">The outlet it was made to, if any.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Says(string id, string party, StatementKind kind, string quote, Moment on, string? speaker = null,
        IEnumerable<string>? about = null, bool inPart = false, IEnumerable<string>? to = null,
        StatementChannel channel = StatementChannel.Other, string? outlet = null) =>
        Add(new StatementMade
        {
            Statement = new Statement(new StatementId(id), new PartyId(party), kind, quote)
            {
                Speaker = speaker is null ? null : new RepresentativeId(speaker),
                About = [.. (about ?? []).Select(Subject)],
                Extent = inPart ? Extent.Part : Extent.Whole,
                Addressees = Parties(to ?? []),
                Channel = channel,
                Outlet = outlet,
            },
            Occurred = on,
            Recorded = RecordedAt,
            Source = Source,
        }, id, SubjectKind.Statement);

    /// <summary>Parties agree that rounds on a topic need a participant.</summary>
    /// <param name="id">The commitment's id.</param>
    /// <param name="parties">The parties that agree it.</param>
    /// <param name="text">The understanding in words.</param>
    /// <param name="topic">The topic it covers (and every narrower one).</param>
    /// <param name="requires">The party that must take part.</param>
    /// <param name="on">When it was agreed.</param>
    /// <returns>The changed scenario.</returns>
    public Scenario Commitment(string id, IEnumerable<string> parties, string text, string topic, string requires, Moment on) =>
        Add(new CommitmentMade
        {
            Commitment = new Commitment(new CommitmentId(id), Parties(parties), text, new TopicId(topic), new PartyId(requires)),
            Occurred = on,
            Recorded = RecordedAt,
            Source = Source,
        });

    /// <summary>Adds any fact, for what the shortcuts do not cover.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The changed scenario.</returns>
    /// <remarks>A fact built with the scenario's defaults (<see cref="Source"/> and <see cref="RecordedAt"/>) is treated
    /// as the shortcuts treat theirs: if it happens after the current report, it is reported and recorded on the last day
    /// it may have happened, so a later fact is not refused as recorded or reported before it happened (NM1009, NM1011).
    /// A fact with a source or record time of its own keeps them.</remarks>
    public Scenario Then(Fact fact)
    {
        Guard(fact);
        return Add(fact, stamp: fact.Source == Source && fact.Recorded == RecordedAt);
    }

    /// <summary>Records every fact in a new case.</summary>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidOperationException">The case refused a fact; the message names it and lists the reasons.</exception>
    public NegotiationCase Build()
    {
        var negotiation = NegotiationCase.Create(Id, Title);
        for (var i = 0; i < Facts.Count; i++)
        {
            var result = negotiation.Record(Facts[i]);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Step {i + 1} of the scenario '{Id}' was refused ({Facts[i].Describe()}):{Environment.NewLine}{result}");
            }

            negotiation = result.Case;
        }

        return negotiation;
    }

    /// <summary>Records every fact, all or nothing, and returns the result instead of throwing.</summary>
    /// <returns>The result of recording the facts in a new case.</returns>
    public ChangeResult Try() => NegotiationCase.Create(Id, Title).RecordAll(Facts);

    private static T Guard<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }

    private static EquatableArray<PartyId> Parties(IEnumerable<string> ids) => [.. ids.Select(p => new PartyId(p))];

    private static Precondition? HeldFirst(IEnumerable<string> rounds)
    {
        var held = rounds.Select(r => Precondition.RoundHeld(new RoundId(r))).ToArray();
        return held.Length switch
        {
            0 => null,
            1 => held[0],
            _ => Precondition.AllOf(held),
        };
    }

    private SubjectRef Subject(string id) =>
        subjects.TryGetValue(id, out var kind)
            ? kind switch
            {
                SubjectKind.Demand => SubjectRef.Demand(new DemandId(id)),
                SubjectKind.Document => SubjectRef.Document(new DocumentId(id)),
                SubjectKind.Statement => SubjectRef.Statement(new StatementId(id)),
                SubjectKind.Round => SubjectRef.Round(new RoundId(id)),
                SubjectKind.Topic => SubjectRef.Topic(new TopicId(id)),
                _ => SubjectRef.Party(new PartyId(id)),
            }
            : throw new ArgumentException($"'{id}' is not a demand, document, statement, round, topic or party added to the scenario before; add it first.", nameof(id));

    private Scenario Add(Fact fact, string? id = null, SubjectKind kind = default, bool stamp = true)
    {
        if (stamp && fact.Occurred.LatestDate > Source.ReportedOn)
        {
            // A fact that happens after the current report is reported on the day it happens, by the same outlet.
            var source = Source with { ReportedOn = fact.Occurred.LatestDate };
            fact = fact with { Source = source, Recorded = source.ReportedOn.At(new LocalTime(18, 0)).InUtc().ToInstant() };
        }

        var known = subjects;
        if (id is not null)
        {
            if (known.TryGetValue(id, out var existing) && existing != kind)
            {
                throw new ArgumentException($"'{id}' already names a {existing.ToString().ToLowerInvariant()} in this scenario; give the {kind.ToString().ToLowerInvariant()} another id.", nameof(id));
            }

            known = known.SetItem(id, kind);
        }

        return new(Id, Title, Facts.Add(fact), Source, WorldStart, known);
    }
}
