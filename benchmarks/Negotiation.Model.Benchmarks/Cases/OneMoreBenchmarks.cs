using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// One more of something a case already holds N of (issue 13: each change O(change), not O(what is there)): a revision of
/// a document with N revisions, a statement by a speaker with N statements, a topic under a topic with N narrower ones.
/// The baseline records the same statement into the case with none of them.
/// </summary>
/// <remarks>
/// An answer that is O(change) keeps its ratio as N grows tenfold. Memberships, the fourth such list, are measured by
/// <see cref="Parties.MembershipBenchmarks"/>.
/// </remarks>
[MemoryDiagnoser]
public class OneMoreBenchmarks
{
    private static readonly LocalDate Founded = new(2020, 1, 1);
    private static readonly LocalDate Later = Founded.PlusDays(1);
    private static readonly Instant RecordedFounded = Founded.PlusDays(1).AtMidnight().InUtc().ToInstant();
    private static readonly Instant RecordedLater = Later.PlusDays(1).AtMidnight().InUtc().ToInstant();
    private static readonly Source FromFounded = new("Reuters", Founded);
    private static readonly Source FromLater = new("Reuters", Later);
    private static readonly PartyId Russia = new("russia");
    private static readonly RepresentativeId Lavrov = new("lavrov");
    private static readonly DocumentId Draft = new("draft");
    private static readonly TopicId Security = new("security");

    private NegotiationCase empty = null!;
    private NegotiationCase revised = null!;
    private NegotiationCase spoken = null!;
    private NegotiationCase topics = null!;
    private DocumentRevised revision = null!;
    private StatementMade statement = null!;
    private TopicDefined topic = null!;

    [Params(10_000, 100_000)]
    public int Existing { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var unitedStates = new PartyId("united-states");
        empty = NegotiationCase.Create(new CaseId("one-more"), "One more").RecordAll(
        [
            new PartyRegistered { Party = new State(Russia, "Russia", "RU"), Occurred = Founded, Recorded = RecordedFounded, Source = FromFounded },
            new PartyRegistered { Party = new State(unitedStates, "United States", "US"), Occurred = Founded, Recorded = RecordedFounded, Source = FromFounded },
            new RepresentativeAppointed { Representative = new Representative(Lavrov, "Sergei Lavrov", "Foreign Minister", Russia, new TermOfOffice(new LocalDate(2004, 3, 9))), Occurred = Founded, Recorded = RecordedFounded, Source = FromFounded },
            new DocumentPresented { Document = new Document(Draft, DocumentKind.DraftTreaty, "Draft treaty", [Russia], [unitedStates]), Provisions = [new Provision("1", "Text.")], Occurred = Founded, Recorded = RecordedFounded, Source = FromFounded },
            new TopicDefined { Topic = new Topic(Security, "Security"), Occurred = Founded, Recorded = RecordedFounded, Source = FromFounded },
        ]).Case;

        revised = empty.RecordAll(Enumerable.Range(0, Existing).Select(i => (Fact)Revision($"Text {i}."))).Case;
        spoken = empty.RecordAll(Enumerable.Range(0, Existing).Select(i => (Fact)Statement($"statement-{i:D6}"))).Case;
        topics = empty.RecordAll(Enumerable.Range(0, Existing).Select(i => (Fact)Topic($"topic-{i:D6}"))).Case;
        revision = Revision("One more text.");
        statement = Statement("one-more");
        topic = Topic("one-more");
        if (!(StatementIntoACaseWithNone() && OneMoreRevision() && OneMoreStatementBySpeaker() && OneMoreNarrowerTopic()))
        {
            throw new InvalidOperationException("A change the benchmarks time is refused: they would time a refusal.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool StatementIntoACaseWithNone() => empty.Record(statement).Succeeded;

    [Benchmark]
    public bool OneMoreRevision() => revised.Record(revision).Succeeded;

    [Benchmark]
    public bool OneMoreStatementBySpeaker() => spoken.Record(statement).Succeeded;

    [Benchmark]
    public bool OneMoreNarrowerTopic() => topics.Record(topic).Succeeded;

    private static DocumentRevised Revision(string text) =>
        new DocumentRevised { Document = Draft, By = Russia, Provisions = [new Provision("1", text)], Occurred = Later, Recorded = RecordedLater, Source = FromLater };

    private static StatementMade Statement(string id) =>
        new StatementMade { Statement = new Statement(new StatementId(id), Russia, StatementKind.Assessment, "Quote.") { Speaker = Lavrov }, Occurred = Later, Recorded = RecordedLater, Source = FromLater };

    private static TopicDefined Topic(string id) =>
        new TopicDefined { Topic = new Topic(new TopicId(id), $"Topic {id}", Security), Occurred = Later, Recorded = RecordedLater, Source = FromLater };
}
