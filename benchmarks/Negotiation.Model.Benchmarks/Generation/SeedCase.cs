using NodaTime;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// Size S: the seed article of 22 December 2021 (Russia's security demands to the United States and NATO), with the
/// shape of <c>tests/Negotiation.Model.Tests/Scenarios/SecurityGuarantees2021.cs</c>: the states, NATO and the EU with
/// their memberships, two groups, four office holders, four topics, two drafts carrying nine demands, a bilateral round
/// and a Russia–NATO round that waits for it, the statements of the article and the US–EU commitment.
/// </summary>
/// <remarks>The test scenario is internal to the test assembly, so the benchmarks carry their own, shorter copy.</remarks>
internal static class SeedCase
{
    private static readonly LocalDate ArticleDay = new(2021, 12, 22);
    private static readonly LocalDate CaseStart = new(2021, 12, 1);
    private static readonly LocalDate Tuesday = new(2021, 12, 21);
    private static readonly Instant Recorded = Instant.FromUtc(2021, 12, 22, 18, 0);
    private static readonly Source Article = new("News report", ArticleDay) { Reference = "seed/000_6a079ed0b0125da7.txt" };

    private static readonly PartyId Russia = new("russia");
    private static readonly PartyId UnitedStates = new("united-states");
    private static readonly PartyId Nato = new("nato");
    private static readonly PartyId Eu = new("eu");
    private static readonly PartyId Ukraine = new("ukraine");
    private static readonly PartyId FormerSovietStates = new("former-soviet-states");
    private static readonly PartyId TheWest = new("the-west");
    private static readonly RepresentativeId Lavrov = new("lavrov");
    private static readonly RepresentativeId Donfried = new("donfried");
    private static readonly TopicId EuropeanSecurity = new("european-security");
    private static readonly TopicId SecurityGuarantees = new("security-guarantees");
    private static readonly TopicId NatoEnlargement = new("nato-enlargement");
    private static readonly TopicId MilitaryDeployments = new("military-deployments");
    private static readonly DocumentId DraftWithNato = new("ru-nato-draft-agreement");
    private static readonly DocumentId DraftWithUs = new("ru-us-draft-treaty");
    private static readonly RoundId BilateralRound = new("ru-us-2022-01");
    private static readonly RoundId NatoRound = new("ru-nato-2022-01");

    // Name, ISO code, NATO accession, EU accession, EU exit.
    private static readonly (string Name, string Iso, LocalDate? Nato, LocalDate? Eu, LocalDate? EuLeft)[] States =
    [
        ("Russia", "RU", null, null, null), ("United States", "US", new(1949, 4, 4), null, null), ("Ukraine", "UA", null, null, null),
        ("Belgium", "BE", new(1949, 4, 4), new(1958, 1, 1), null), ("Canada", "CA", new(1949, 4, 4), null, null),
        ("Denmark", "DK", new(1949, 4, 4), new(1973, 1, 1), null), ("France", "FR", new(1949, 4, 4), new(1958, 1, 1), null),
        ("Iceland", "IS", new(1949, 4, 4), null, null), ("Italy", "IT", new(1949, 4, 4), new(1958, 1, 1), null),
        ("Luxembourg", "LU", new(1949, 4, 4), new(1958, 1, 1), null), ("Netherlands", "NL", new(1949, 4, 4), new(1958, 1, 1), null),
        ("Norway", "NO", new(1949, 4, 4), null, null), ("Portugal", "PT", new(1949, 4, 4), new(1986, 1, 1), null),
        ("United Kingdom", "GB", new(1949, 4, 4), new(1973, 1, 1), new(2020, 2, 1)), ("Greece", "GR", new(1952, 2, 18), new(1981, 1, 1), null),
        ("Turkey", "TR", new(1952, 2, 18), null, null), ("Germany", "DE", new(1955, 5, 6), new(1958, 1, 1), null),
        ("Spain", "ES", new(1982, 5, 30), new(1986, 1, 1), null), ("Czech Republic", "CZ", new(1999, 3, 12), new(2004, 5, 1), null),
        ("Hungary", "HU", new(1999, 3, 12), new(2004, 5, 1), null), ("Poland", "PL", new(1999, 3, 12), new(2004, 5, 1), null),
        ("Bulgaria", "BG", new(2004, 3, 29), new(2007, 1, 1), null), ("Estonia", "EE", new(2004, 3, 29), new(2004, 5, 1), null),
        ("Latvia", "LV", new(2004, 3, 29), new(2004, 5, 1), null), ("Lithuania", "LT", new(2004, 3, 29), new(2004, 5, 1), null),
        ("Romania", "RO", new(2004, 3, 29), new(2007, 1, 1), null), ("Slovakia", "SK", new(2004, 3, 29), new(2004, 5, 1), null),
        ("Slovenia", "SI", new(2004, 3, 29), new(2004, 5, 1), null), ("Albania", "AL", new(2009, 4, 1), null, null),
        ("Croatia", "HR", new(2009, 4, 1), new(2013, 7, 1), null), ("Montenegro", "ME", new(2017, 6, 5), null, null),
        ("North Macedonia", "MK", new(2020, 3, 27), null, null), ("Austria", "AT", null, new(1995, 1, 1), null),
        ("Finland", "FI", null, new(1995, 1, 1), null), ("Sweden", "SE", null, new(1995, 1, 1), null),
        ("Ireland", "IE", null, new(1973, 1, 1), null), ("Cyprus", "CY", null, new(2004, 5, 1), null), ("Malta", "MT", null, new(2004, 5, 1), null),
        ("Armenia", "AM", null, null, null), ("Azerbaijan", "AZ", null, null, null), ("Belarus", "BY", null, null, null),
        ("Georgia", "GE", null, null, null), ("Kazakhstan", "KZ", null, null, null), ("Kyrgyzstan", "KG", null, null, null),
        ("Moldova", "MD", null, null, null), ("Tajikistan", "TJ", null, null, null), ("Turkmenistan", "TM", null, null, null),
        ("Uzbekistan", "UZ", null, null, null),
    ];

    private static readonly string[] FormerSoviet =
        ["Ukraine", "Belarus", "Moldova", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Estonia", "Latvia", "Lithuania"];

    public static (NegotiationCase Case, int Warnings, Probes Probes) Build()
    {
        var negotiation = NegotiationCase.Create(new CaseId("security-guarantees-2021"), "Russia's security guarantees, December 2021");
        var warnings = 0;
        foreach (var fact in Facts())
        {
            negotiation = CaseGenerator.RecordOrThrow(negotiation, fact, ref warnings);
        }

        var common = CaseGenerator.CommonProbes(negotiation);
        var nextDay = ArticleDay.PlusDays(1);
        var nextSource = new Source("News report", nextDay);
        var nextRecorded = Instant.FromUtc(2021, 12, 23, 18, 0);
        var probes = new Probes(
            NextDemand: new DemandTabled
            {
                Demand = new Demand(new DemandId("ru-nato-no-exercises"), Russia, [Nato], "No exercises near Russia's borders.")
                {
                    Kind = DemandKind.Prohibition,
                    Topics = [MilitaryDeployments],
                    Source = DemandSource.InProvision(DraftWithNato, 1, "7"),
                },
                Occurred = nextDay,
                Recorded = nextRecorded,
                Source = nextSource,
            },
            NextHeld: new RoundHeld
            {
                Round = BilateralRound,
                Occurred = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"),
                Recorded = Instant.FromUtc(2022, 1, 10, 18, 0),
                Source = new Source("News report", new LocalDate(2022, 1, 10)),
            },
            NextStatement: new StatementMade
            {
                Statement = new Statement(new StatementId("nato-rejects-no-new-members"), Nato, StatementKind.Rejection, "NATO's door remains open.")
                {
                    Channel = StatementChannel.PressConference,
                    Addressees = [Russia],
                    About = [SubjectRef.Demand(new DemandId("ru-nato-no-new-members"))],
                },
                Occurred = nextDay,
                Recorded = nextRecorded,
                Source = nextSource,
            },
            common.Addressee,
            common.RoundParty,
            common.Month,
            common.MidDate,
            common.MidInstant);
        return (negotiation, warnings, probes);
    }

    private static IEnumerable<Fact> Facts()
    {
        var publicRecord = new Source("Public record", ArticleDay);
        foreach (var s in States)
        {
            yield return new PartyRegistered { Party = new State(Slug(s.Name), s.Name, s.Iso), Occurred = CaseStart, Recorded = Recorded, Source = publicRecord };
        }

        yield return new PartyRegistered
        {
            Party = new Organisation(Nato, "NATO", OrganisationKind.Alliance, [.. States.Where(s => s.Nato is not null).Select(s => new Membership(Slug(s.Name), s.Nato!.Value))]),
            Occurred = CaseStart,
            Recorded = Recorded,
            Source = publicRecord,
        };
        yield return new PartyRegistered
        {
            Party = new Organisation(Eu, "European Union", OrganisationKind.Union, [.. States.Where(s => s.Eu is not null).Select(s => new Membership(Slug(s.Name), s.Eu!.Value, s.EuLeft))]),
            Occurred = CaseStart,
            Recorded = Recorded,
            Source = publicRecord,
        };
        yield return new PartyRegistered { Party = new PartyGroup(FormerSovietStates, "Former Soviet states", [.. FormerSoviet.Select(Slug)]), Occurred = CaseStart, Recorded = Recorded, Source = publicRecord };
        yield return new PartyRegistered { Party = new PartyGroup(TheWest, "The West", [UnitedStates, Slug("United Kingdom"), Slug("France"), Slug("Germany"), Slug("Canada")]), Occurred = CaseStart, Recorded = Recorded, Source = publicRecord };

        yield return Appoint(Lavrov, "Sergei Lavrov", "Foreign Minister", Russia, new LocalDate(2004, 3, 9));
        yield return Appoint(Donfried, "Karen Donfried", "Assistant Secretary of State", UnitedStates, new LocalDate(2021, 9, 21));
        yield return Appoint(new RepresentativeId("blinken"), "Antony Blinken", "Secretary of State", UnitedStates, new LocalDate(2021, 1, 26));
        yield return Appoint(new RepresentativeId("borrell"), "Josep Borrell", "EU High Representative", Eu, new LocalDate(2019, 12, 1));

        yield return Topic(EuropeanSecurity, "European security", null);
        yield return Topic(SecurityGuarantees, "Security guarantees", EuropeanSecurity);
        yield return Topic(NatoEnlargement, "NATO enlargement", EuropeanSecurity);
        yield return Topic(MilitaryDeployments, "Military deployments", EuropeanSecurity);

        // "Moscow presented the West with sweeping security demands in two draft documents last week."
        var lastWeek = DateWindow.LastWeek(ArticleDay);
        yield return new DocumentPresented
        {
            Document = new Document(DraftWithNato, DocumentKind.DraftAgreement, "Agreement on measures to ensure the security of the Russian Federation and member States of NATO", [Russia], [Nato]),
            Provisions =
            [
                new Provision("1", "The Parties shall not strengthen their security at the expense of each other's security."),
                new Provision("6", "All member States of NATO commit themselves to refrain from any further enlargement of NATO."),
                new Provision("7", "NATO member States shall not conduct military activity on the territory of former Soviet states."),
            ],
            Occurred = lastWeek,
            Recorded = Recorded,
            Source = Article,
        };
        yield return new DocumentPresented
        {
            Document = new Document(DraftWithUs, DocumentKind.DraftTreaty, "Treaty between the United States of America and the Russian Federation on security guarantees", [Russia], [UnitedStates]),
            Provisions =
            [
                new Provision("1", "The Parties shall cooperate on the basis of indivisible, equal and undiminished security."),
                new Provision("4", "The United States shall prevent further eastward expansion of NATO and establish no military bases in former Soviet states."),
            ],
            Occurred = lastWeek,
            Recorded = Recorded,
            Source = Article,
        };

        yield return Demand("ru-nato-legal-guarantees", Nato, "Legal guarantees over Russia's security.", DemandKind.LegalGuarantee, SecurityGuarantees, DraftWithNato, "1", lastWeek);
        yield return Demand("ru-nato-stop-eastward-expansion", Nato, "The alliance must stop its eastward expansion.", DemandKind.Prohibition, NatoEnlargement, DraftWithNato, "6", lastWeek);
        yield return Demand("ru-nato-no-new-members", Nato, "The alliance must not admit new members.", DemandKind.Prohibition, NatoEnlargement, DraftWithNato, "6", lastWeek);
        yield return Demand("ru-nato-no-bases-former-soviet", Nato, "No military bases in former Soviet states.", DemandKind.Prohibition, MilitaryDeployments, DraftWithNato, "7", lastWeek, FormerSovietStates);
        yield return Demand("ru-us-legal-guarantees", UnitedStates, "Legal guarantees over Russia's security.", DemandKind.LegalGuarantee, SecurityGuarantees, DraftWithUs, "1", lastWeek);
        yield return Demand("ru-us-stop-eastward-expansion", UnitedStates, "Prevent NATO's further eastward expansion.", DemandKind.Prohibition, NatoEnlargement, DraftWithUs, "4", lastWeek);
        yield return Demand("ru-us-no-new-members", UnitedStates, "Deny accession to the alliance to further states.", DemandKind.Prohibition, NatoEnlargement, DraftWithUs, "4", lastWeek);
        yield return Demand("ru-us-no-bases-former-soviet", UnitedStates, "Establish no military bases in former Soviet states.", DemandKind.Prohibition, MilitaryDeployments, DraftWithUs, "4", lastWeek, FormerSovietStates);

        yield return Say("donfried-2021-12-21-january", UnitedStates, Donfried, StatementKind.Assessment, "She understands talks with Russia will begin in January.", Tuesday);
        yield return new StatementMade
        {
            Statement = new Statement(new StatementId("donfried-2021-12-21-unacceptable"), UnitedStates, StatementKind.Rejection, "Some Russian proposals were \"unacceptable\".")
            {
                Speaker = Donfried,
                Channel = StatementChannel.PressBriefing,
                Addressees = [Russia],
                About = [DraftWithUs, DraftWithNato],
                Extent = Extent.Part,
            },
            Occurred = Tuesday,
            Recorded = Recorded,
            Source = Article,
        };

        yield return new RoundPlanned
        {
            Round = new Round(BilateralRound, RoundFormat.Bilateral, [Russia, UnitedStates], DateWindow.VeryBeginningOfNextYear(ArticleDay))
            {
                Title = "Russia–United States talks",
                Agenda = new Agenda { Topics = [SecurityGuarantees], Documents = [DraftWithUs] },
            },
            Occurred = Tuesday,
            Recorded = Recorded,
            Source = Article,
        };
        yield return Say("lavrov-rt-2021-12-22-first-round", Russia, Lavrov, StatementKind.Assessment,
            "It has been agreed that at the very beginning of next year, the first round (of talks) should be bilateral contact between our negotiators and American ones.",
            ArticleDay, [SubjectRef.Round(BilateralRound)]);
        yield return Say("lavrov-2021-12-22-expects-january", Russia, Lavrov, StatementKind.Assessment,
            "He expects negotiations with the United States on Moscow's security demands to begin in January.", ArticleDay, [SubjectRef.Round(BilateralRound)]);
        yield return new RoundPlanned
        {
            Round = new Round(NatoRound, RoundFormat.Multilateral, [Russia, Nato], DateWindow.NextMonthNamed(1, ArticleDay))
            {
                Title = "Russia–NATO talks",
                Agenda = new Agenda { Topics = [SecurityGuarantees], Documents = [DraftWithNato] },
                Precondition = Precondition.RoundHeld(BilateralRound),
            },
            Agreed = false,
            Occurred = ArticleDay,
            Recorded = Recorded,
            Source = Article,
        };
        yield return Say("lavrov-rt-2021-12-22-nato-january", Russia, Lavrov, StatementKind.Proposal, "We also want to do this in January.", ArticleDay, [SubjectRef.Round(NatoRound)]);

        yield return new StatementMade
        {
            Statement = new Statement(new StatementId("eu-2021-12-22-appeal"), Eu, StatementKind.Appeal, "Today, Europe's security is under threat.")
            {
                Channel = StatementChannel.WrittenStatement,
                Addressees = [UnitedStates, Nato],
                About = [SubjectRef.Topic(EuropeanSecurity)],
            },
            Occurred = ArticleDay,
            Recorded = Recorded,
            Source = Article,
        };
        yield return new CommitmentMade
        {
            Commitment = new Commitment(new CommitmentId("us-eu-european-security"), [UnitedStates, Eu],
                "Any discussion about European security will happen in coordination and with participation of the European Union.", EuropeanSecurity, Eu),
            Occurred = ArticleDay,
            Recorded = Recorded,
            Source = Article,
        };

        var lavrovNoDragging = Say("lavrov-rt-2021-12-22-no-dragging", Russia, Lavrov, StatementKind.Demand, "He cautioned the United States against dragging out any negotiations.", ArticleDay);
        yield return lavrovNoDragging;
        yield return new DemandTabled
        {
            Demand = new Demand(new DemandId("ru-us-no-delay"), Russia, [UnitedStates], "Do not drag out the negotiations.")
            {
                Kind = DemandKind.Timing,
                Topics = [SecurityGuarantees],
                Source = DemandSource.InStatement(lavrovNoDragging.Statement.Id),
            },
            Occurred = ArticleDay,
            Recorded = Recorded,
            Source = Article,
        };
        yield return Say("lavrov-rt-2021-12-22-warning", Russia, Lavrov, StatementKind.Warning,
            "We will toughly ensure our security by those means that we deem appropriate.", ArticleDay);

        var beforeTheArticle = DateWindow.Between(new LocalDate(2021, 11, 1), ArticleDay);
        yield return new StatementMade
        {
            Statement = new Statement(new StatementId("west-accuses-russia-invasion-plot"), TheWest, StatementKind.Accusation, "Russia is plotting an invasion of Ukraine.")
            {
                Addressees = [Russia],
                About = [SubjectRef.Party(Ukraine)],
            },
            Occurred = beforeTheArticle,
            Recorded = Recorded,
            Source = Article,
        };
        yield return new StatementMade
        {
            Statement = new Statement(new StatementId("russia-denies-invasion-plot"), Russia, StatementKind.Denial, "Russia denies plotting an invasion of Ukraine.")
            {
                About = [new StatementId("west-accuses-russia-invasion-plot"), SubjectRef.Party(Ukraine)],
            },
            Occurred = beforeTheArticle,
            Recorded = Recorded,
            Source = Article,
        };
    }

    private static RepresentativeAppointed Appoint(RepresentativeId id, string name, string office, PartyId party, LocalDate from) => new()
    {
        Representative = new Representative(id, name, office, party, new TermOfOffice(from)),
        Occurred = from,
        Recorded = Recorded,
        Source = new Source("Public record", ArticleDay),
    };

    private static TopicDefined Topic(TopicId id, string name, TopicId? broader) => new()
    {
        Topic = new Topic(id, name, broader),
        Occurred = CaseStart,
        Recorded = Recorded,
        Source = Article,
    };

    private static DemandTabled Demand(string id, PartyId addressee, string text, DemandKind kind, TopicId topic, DocumentId document, string article, DateWindow tabled, PartyId? concerns = null) => new()
    {
        Demand = new Demand(new DemandId(id), Russia, [addressee], text)
        {
            Kind = kind,
            Topics = [topic],
            Concerns = concerns is { } c ? [c] : default,
            Source = DemandSource.InProvision(document, 1, article),
        },
        Occurred = tabled,
        Recorded = Recorded,
        Source = Article,
    };

    private static StatementMade Say(string id, PartyId party, RepresentativeId speaker, StatementKind kind, string quote, LocalDate on, EquatableArray<SubjectRef> about = default) => new()
    {
        Statement = new Statement(new StatementId(id), party, kind, quote)
        {
            Speaker = speaker,
            Channel = StatementChannel.Interview,
            Outlet = "RT",
            About = about,
        },
        Occurred = on,
        Recorded = Recorded,
        Source = Article,
    };

    private static PartyId Slug(string name) => new(name.ToLowerInvariant().Replace(' ', '-'));
}
