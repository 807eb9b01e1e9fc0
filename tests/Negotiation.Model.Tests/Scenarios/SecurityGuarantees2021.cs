using NodaTime;

namespace Negotiation.Model.Tests.Scenarios;

/// <summary>
/// The seed article (22 December 2021: Russia's security demands to the United States and NATO) entered through the
/// public API, sentence by sentence. Each step quotes the sentence it encodes; <see cref="SecurityGuarantees2021Tests"/>
/// asserts what DESIGN.md says must hold.
/// </summary>
/// <remarks>
/// <para>Where the article is silent the scenario says so and takes the least it needs: NATO's and the EU's memberships are the
/// public record (years of accession only: what the questions need), the draft articles are summarised from the texts
/// Russia handed over, and the West's accusation and Russia's denial, which the article does not date, are dated "between
/// 1 November and 22 December 2021".</para>
/// <para>The testing kit encodes the same article (<c>SampleScenarios.SecurityGuarantees2021</c>); the two must record the
/// same facts in the same order, as <see cref="SeedEncodingsTests"/> checks. Change both together.</para>
/// </remarks>
internal static class SecurityGuarantees2021
{
    /// <summary>The day of the article.</summary>
    public static readonly LocalDate ArticleDay = new(2021, 12, 22);

    /// <summary>Where the case's world starts: parties and topics are registered as they stood on 1 December 2021.</summary>
    public static readonly LocalDate CaseStart = new(2021, 12, 1);

    /// <summary>"Tuesday": the day before the article.</summary>
    public static readonly LocalDate Tuesday = new(2021, 12, 21);

    /// <summary>When the article's facts were recorded in the model.</summary>
    public static readonly Instant Recorded = Instant.FromUtc(2021, 12, 22, 18, 0);

    public static readonly PartyId Russia = new("russia");
    public static readonly PartyId UnitedStates = new("united-states");
    public static readonly PartyId Nato = new("nato");
    public static readonly PartyId EuropeanUnion = new("eu");
    public static readonly PartyId Ukraine = new("ukraine");
    public static readonly PartyId FormerSovietStates = new("former-soviet-states");
    public static readonly PartyId TheWest = new("the-west");

    public static readonly RepresentativeId Lavrov = new("lavrov");
    public static readonly RepresentativeId Donfried = new("donfried");
    public static readonly RepresentativeId Blinken = new("blinken");
    public static readonly RepresentativeId Borrell = new("borrell");

    public static readonly TopicId EuropeanSecurity = new("european-security");
    public static readonly TopicId SecurityGuarantees = new("security-guarantees");
    public static readonly TopicId NatoEnlargement = new("nato-enlargement");
    public static readonly TopicId MilitaryDeployments = new("military-deployments");

    public static readonly DocumentId DraftAgreementWithNato = new("ru-nato-draft-agreement");
    public static readonly DocumentId DraftTreatyWithUs = new("ru-us-draft-treaty");

    public static readonly DemandId NatoLegalGuarantees = new("ru-nato-legal-guarantees");
    public static readonly DemandId NatoStopEastwardExpansion = new("ru-nato-stop-eastward-expansion");
    public static readonly DemandId NatoNoNewMembers = new("ru-nato-no-new-members");
    public static readonly DemandId NatoNoBasesInFormerSovietStates = new("ru-nato-no-bases-former-soviet");
    public static readonly DemandId UsLegalGuarantees = new("ru-us-legal-guarantees");
    public static readonly DemandId UsStopEastwardExpansion = new("ru-us-stop-eastward-expansion");
    public static readonly DemandId UsNoNewMembers = new("ru-us-no-new-members");
    public static readonly DemandId UsNoBasesInFormerSovietStates = new("ru-us-no-bases-former-soviet");
    public static readonly DemandId UsNoDelay = new("ru-us-no-delay");

    public static readonly RoundId BilateralRound = new("ru-us-2022-01");
    public static readonly RoundId NatoRound = new("ru-nato-2022-01");

    public static readonly CommitmentId EuParticipation = new("us-eu-european-security");

    public static readonly StatementId DonfriedTalksInJanuary = new("donfried-2021-12-21-january");
    public static readonly StatementId DonfriedUnacceptable = new("donfried-2021-12-21-unacceptable");
    public static readonly StatementId LavrovExpectsJanuary = new("lavrov-2021-12-22-expects-january");
    public static readonly StatementId LavrovFirstRoundBilateral = new("lavrov-rt-2021-12-22-first-round");
    public static readonly StatementId LavrovNatoInJanuary = new("lavrov-rt-2021-12-22-nato-january");
    public static readonly StatementId EuAppeal = new("eu-2021-12-22-appeal");
    public static readonly StatementId BlinkenBorrellAgreed = new("eu-2021-12-22-blinken-borrell");
    public static readonly StatementId LavrovNoDragging = new("lavrov-rt-2021-12-22-no-dragging");
    public static readonly StatementId LavrovWarning = new("lavrov-rt-2021-12-22-warning");
    public static readonly StatementId WestAccusation = new("west-accuses-russia-invasion-plot");
    public static readonly StatementId RussiaDenial = new("russia-denies-invasion-plot");

    /// <summary>Gets the whole article as a case, every fact recorded.</summary>
    public static NegotiationCase Case => LazyCase.Value;

    /// <summary>Gets the warnings the case gave while the article was entered.</summary>
    public static IReadOnlyList<FluentValidation.Results.ValidationFailure> Warnings => LazyWarnings.Value;

    private static readonly Lazy<(NegotiationCase Case, List<FluentValidation.Results.ValidationFailure> Warnings)> Built = new(Build);
    private static readonly Lazy<NegotiationCase> LazyCase = new(() => Built.Value.Case);
    private static readonly Lazy<IReadOnlyList<FluentValidation.Results.ValidationFailure>> LazyWarnings = new(() => Built.Value.Warnings);

    // One source for every fact, the public record of the world included, as the kit's scenario reports them.
    private static readonly Source Article = new("News report", ArticleDay);

    private static (NegotiationCase, List<FluentValidation.Results.ValidationFailure>) Build()
    {
        var negotiation = NegotiationCase.Create(new CaseId("security-guarantees-2021"), "Russia's security guarantees, December 2021");
        var warnings = new List<FluentValidation.Results.ValidationFailure>();

        void Record(params Fact[] facts)
        {
            var result = negotiation.RecordAll(facts);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The seed scenario was refused:" + Environment.NewLine + result);
            }

            warnings.AddRange(result.Warnings);
            negotiation = result.Case;
        }

        // Given the world the article assumes, as it stood when the case starts (1 December 2021): Russia, NATO's members,
        // the EU's, the former Soviet states (Ukraine among them); NATO (30 members), the EU (27; the United Kingdom left on
        // 1 February 2020), the former Soviet states and "the West", from the public record.
        Record([.. States().Select(s => new PartyRegistered { Party = s, Occurred = CaseStart, Recorded = Recorded, Source = Article })]);
        Record(
            new PartyRegistered { Party = NatoParty(), Occurred = CaseStart, Recorded = Recorded, Source = Article },
            new PartyRegistered { Party = EuParty(), Occurred = CaseStart, Recorded = Recorded, Source = Article },
            new PartyRegistered
            {
                Party = new PartyGroup(FormerSovietStates, "Former Soviet states", [.. FormerSoviet.Select(Slug)]),
                Occurred = CaseStart,
                Recorded = Recorded,
                Source = Article,
            },
            new PartyRegistered
            {
                Party = new PartyGroup(TheWest, "The West", [UnitedStates, new PartyId("united-kingdom"), new PartyId("france"), new PartyId("germany"), new PartyId("canada")]),
                Occurred = CaseStart,
                Recorded = Recorded,
                Source = Article,
            });

        // The people the article names, in office on 22 December 2021 (public record).
        Record(
            Appoint(Lavrov, "Sergei Lavrov", "Foreign Minister", Russia, new LocalDate(2004, 3, 9)),
            Appoint(Donfried, "Karen Donfried", "Assistant Secretary of State for European and Eurasian Affairs", UnitedStates, new LocalDate(2021, 9, 21)),
            Appoint(Blinken, "Antony Blinken", "Secretary of State", UnitedStates, new LocalDate(2021, 1, 26)),
            Appoint(Borrell, "Josep Borrell", "EU High Representative", EuropeanUnion, new LocalDate(2019, 12, 1)));

        // What is negotiated: European security, and within it security guarantees, NATO enlargement and deployments.
        Record(
            Topic(EuropeanSecurity, "European security", null),
            Topic(SecurityGuarantees, "Security guarantees", EuropeanSecurity),
            Topic(NatoEnlargement, "NATO enlargement", EuropeanSecurity),
            Topic(MilitaryDeployments, "Military deployments", EuropeanSecurity));

        // "Moscow presented the West with sweeping security demands in two draft documents last week, one addressed to the
        // NATO and another to the United States." Last week, said on 22 December 2021: the week of 13 December.
        var lastWeek = DateWindow.LastWeek(ArticleDay);
        Record(
            new DocumentPresented
            {
                Document = new Document(DraftAgreementWithNato, DocumentKind.DraftAgreement,
                    "Agreement on measures to ensure the security of the Russian Federation and member States of NATO", [Russia], [Nato]),
                Provisions =
                [
                    new Provision("1", "The Parties shall not strengthen their security at the expense of each other's security (legal guarantees)."),
                    new Provision("6", "All member States of NATO commit themselves to refrain from any further enlargement of NATO."),
                    new Provision("7", "NATO member States shall not conduct military activity on the territory of former Soviet states."),
                ],
                Occurred = lastWeek,
                Recorded = Recorded,
                Source = Article,
            },
            new DocumentPresented
            {
                Document = new Document(DraftTreatyWithUs, DocumentKind.DraftTreaty,
                    "Treaty between the United States of America and the Russian Federation on security guarantees", [Russia], [UnitedStates]),
                Provisions =
                [
                    new Provision("1", "The Parties shall cooperate on the basis of indivisible, equal and undiminished security (legal guarantees)."),
                    new Provision("4", "The United States shall prevent further eastward expansion of NATO, deny accession to former Soviet states, and establish no military bases there."),
                ],
                Occurred = lastWeek,
                Recorded = Recorded,
                Source = Article,
            });

        // "[Russia] has demanded legal guarantees over its security from the United States and NATO, demanding the alliance
        // stop an eastward expansion." "Last week, Moscow presented its demands to the United States and NATO, saying the
        // alliance must not admit new members or establish military bases in ex-Soviet countries."
        Record(
            Demand(NatoLegalGuarantees, Nato, "Legal guarantees over Russia's security.", DemandKind.LegalGuarantee, SecurityGuarantees, DraftAgreementWithNato, "1", lastWeek),
            Demand(NatoStopEastwardExpansion, Nato, "Stop the alliance's eastward expansion.", DemandKind.Prohibition, NatoEnlargement, DraftAgreementWithNato, "6", lastWeek),
            Demand(NatoNoNewMembers, Nato, "The alliance must not admit new members.", DemandKind.Prohibition, NatoEnlargement, DraftAgreementWithNato, "6", lastWeek),
            Demand(NatoNoBasesInFormerSovietStates, Nato, "No military bases in former Soviet states.", DemandKind.Prohibition, MilitaryDeployments, DraftAgreementWithNato, "7", lastWeek, concerns: FormerSovietStates),
            Demand(UsLegalGuarantees, UnitedStates, "Legal guarantees over Russia's security.", DemandKind.LegalGuarantee, SecurityGuarantees, DraftTreatyWithUs, "1", lastWeek),
            Demand(UsStopEastwardExpansion, UnitedStates, "Stop the alliance's eastward expansion.", DemandKind.Prohibition, NatoEnlargement, DraftTreatyWithUs, "4", lastWeek),
            Demand(UsNoNewMembers, UnitedStates, "The alliance must not admit new members.", DemandKind.Prohibition, NatoEnlargement, DraftTreatyWithUs, "4", lastWeek),
            Demand(UsNoBasesInFormerSovietStates, UnitedStates, "No military bases in former Soviet states.", DemandKind.Prohibition, MilitaryDeployments, DraftTreatyWithUs, "4", lastWeek, concerns: FormerSovietStates));

        // "Karen Donfried told reporters Tuesday she also understands talks with Russia will begin January, ..."
        Record(Say(DonfriedTalksInJanuary, UnitedStates, Donfried, StatementKind.Assessment, StatementChannel.PressBriefing, null,
            "She understands talks with Russia will begin in January.", Tuesday));

        // "... warning some Russian proposals were 'unacceptable.'" Some, not all: a partial rejection of both drafts.
        Record(new StatementMade
        {
            Statement = new Statement(DonfriedUnacceptable, UnitedStates, StatementKind.Rejection, "Some Russian proposals were \"unacceptable\".")
            {
                Speaker = Donfried,
                Channel = StatementChannel.PressBriefing,
                Addressees = [Russia],
                About = [DraftTreatyWithUs, DraftAgreementWithNato],
                Extent = Extent.Part,
            },
            Occurred = Tuesday,
            Recorded = Recorded,
            Source = Article,
        });

        // "'It has been agreed that at the very beginning of next year, the first round (of talks) should be bilateral
        // contact between our negotiators and American ones,' Lavrov said in an interview with ... RT."
        // Agreed by Tuesday 21 December at the latest, when Donfried spoke of talks in January.
        Record(new RoundPlanned
        {
            Round = new Round(BilateralRound, RoundFormat.Bilateral, [Russia, UnitedStates], DateWindow.VeryBeginningOfNextYear(ArticleDay))
            {
                Title = "Russia–United States talks",
                Agenda = new Agenda { Topics = [SecurityGuarantees], Documents = [DraftTreatyWithUs] },
            },
            Agreed = true,
            Occurred = Tuesday,
            Recorded = Recorded,
            Source = Article,
        });
        Record(Say(LavrovFirstRoundBilateral, Russia, Lavrov, StatementKind.Assessment, StatementChannel.Interview, "RT",
            "It has been agreed that at the very beginning of next year, the first round (of talks) should be bilateral contact between our negotiators and American ones.",
            ArticleDay, about: [SubjectRef.Round(BilateralRound)]));

        // "Russia's Foreign Minister Sergei Lavrov said Wednesday he expects negotiations with the United States on Moscow's
        // security demands to begin in January."
        Record(Say(LavrovExpectsJanuary, Russia, Lavrov, StatementKind.Assessment, StatementChannel.Interview, "RT",
            "He expects negotiations with the United States on Moscow's security demands to begin in January.", ArticleDay,
            about: [SubjectRef.Round(BilateralRound)]));

        // "Lavrov said plans were in place for those talks to be followed by negotiations between Russia and NATO, saying
        // 'we also want to do this in January.'" Wanted, not yet agreed: proposed, and only after the bilateral round.
        Record(new RoundPlanned
        {
            Round = new Round(NatoRound, RoundFormat.Multilateral, [Russia, Nato], DateWindow.NextMonthNamed(1, ArticleDay))
            {
                Title = "Russia–NATO talks",
                Agenda = new Agenda { Topics = [SecurityGuarantees], Documents = [DraftAgreementWithNato] },
                Precondition = Precondition.RoundHeld(BilateralRound),
            },
            Agreed = false,
            Occurred = ArticleDay,
            Recorded = Recorded,
            Source = Article,
        });
        Record(Say(LavrovNatoInJanuary, Russia, Lavrov, StatementKind.Proposal, StatementChannel.Interview, "RT",
            "We also want to do this in January.", ArticleDay, about: [SubjectRef.Round(NatoRound)]));

        // "On Wednesday the European Union appealed to the U.S. and NATO to defend its interests, saying in a statement:
        // 'Today, Europe's security is under threat.'"
        Record(new StatementMade
        {
            Statement = new Statement(EuAppeal, EuropeanUnion, StatementKind.Appeal, "Today, Europe's security is under threat.")
            {
                Channel = StatementChannel.WrittenStatement,
                Addressees = [UnitedStates, Nato],
                About = [SubjectRef.Topic(EuropeanSecurity)],
            },
            Occurred = ArticleDay,
            Recorded = Recorded,
            Source = Article,
        });

        // "Later, U.S. Secretary of State Antony Blinken and EU High Representative Josep Borrell spoke to discuss Russia's
        // proposals. 'They agreed that any discussion about European security will happen in coordination and with
        // participation of the European Union,' Brussels said in a statement."
        Record(
            new StatementMade
            {
                Statement = new Statement(BlinkenBorrellAgreed, EuropeanUnion, StatementKind.Agreement,
                    "They agreed that any discussion about European security will happen in coordination and with participation of the European Union.")
                {
                    Channel = StatementChannel.WrittenStatement,
                    About = [SubjectRef.Topic(EuropeanSecurity)],
                },
                Occurred = ArticleDay,
                Recorded = Recorded,
                Source = Article,
            },
            new CommitmentMade
            {
                Commitment = new Commitment(EuParticipation, [UnitedStates, EuropeanUnion],
                    "Any discussion about European security will happen in coordination and with participation of the European Union.",
                    EuropeanSecurity, EuropeanUnion),
                Occurred = ArticleDay,
                Recorded = Recorded,
                Source = Article,
            });

        // "Lavrov had cautioned the United States against dragging out any negotiations ..." A timing demand made in a
        // statement.
        Record(
            Say(LavrovNoDragging, Russia, Lavrov, StatementKind.Demand, StatementChannel.Interview, "RT",
                "He cautioned the United States against dragging out any negotiations.", ArticleDay, addressees: [UnitedStates]),
            new DemandTabled
            {
                Demand = new Demand(UsNoDelay, Russia, [UnitedStates], "Do not drag out the negotiations.")
                {
                    Kind = DemandKind.Timing,
                    Topics = [SecurityGuarantees],
                    Source = DemandSource.InStatement(LavrovNoDragging),
                },
                Occurred = ArticleDay,
                Recorded = Recorded,
                Source = Article,
            });

        // "... and reiterated that although Russia did not want conflict it was prepared to take steps to defend itself.
        // 'We hope that no one else views conflicts as a desirable scenario. We will toughly ensure our security by those
        // means that we deem appropriate,' Lavrov told a panel of RT journalists."
        Record(Say(LavrovWarning, Russia, Lavrov, StatementKind.Warning, StatementChannel.Interview, "RT",
            "We hope that no one else views conflicts as a desirable scenario. We will toughly ensure our security by those means that we deem appropriate.",
            ArticleDay, addressees: [UnitedStates]));

        // "Russia has been accused by the West of plotting an invasion of Ukraine. It denies the claims ..." The article
        // does not date either; both predate it.
        var beforeTheArticle = DateWindow.Between(new LocalDate(2021, 11, 1), ArticleDay);
        Record(
            new StatementMade
            {
                Statement = new Statement(WestAccusation, TheWest, StatementKind.Accusation, "Russia is plotting an invasion of Ukraine.")
                {
                    Addressees = [Russia],
                    About = [SubjectRef.Party(Ukraine)],
                },
                Occurred = beforeTheArticle,
                Recorded = Recorded,
                Source = Article,
            },
            new StatementMade
            {
                Statement = new Statement(RussiaDenial, Russia, StatementKind.Denial, "Russia denies plotting an invasion of Ukraine.")
                {
                    About = [WestAccusation, SubjectRef.Party(Ukraine)],
                },
                Occurred = beforeTheArticle,
                Recorded = Recorded,
                Source = Article,
            });

        return (negotiation, warnings);
    }

    private static RepresentativeAppointed Appoint(RepresentativeId id, string name, string office, PartyId party, LocalDate from) => new()
    {
        Representative = new Representative(id, name, office, party, new TermOfOffice(from)),
        Occurred = from,
        Recorded = Recorded,
        Source = Article,
    };

    private static TopicDefined Topic(TopicId id, string name, TopicId? broader) => new()
    {
        Topic = new Topic(id, name, broader),
        Occurred = CaseStart,
        Recorded = Recorded,
        Source = Article,
    };

    private static DemandTabled Demand(DemandId id, PartyId addressee, string text, DemandKind kind, TopicId topic, DocumentId document, string article, DateWindow tabled, PartyId? concerns = null) => new()
    {
        Demand = new Demand(id, Russia, [addressee], text)
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

    private static StatementMade Say(StatementId id, PartyId party, RepresentativeId speaker, StatementKind kind, StatementChannel channel, string? outlet, string quote, LocalDate on, EquatableArray<SubjectRef> about = default, EquatableArray<PartyId> addressees = default) => new()
    {
        Statement = new Statement(id, party, kind, quote)
        {
            Speaker = speaker,
            Channel = channel,
            Outlet = outlet,
            About = about,
            Addressees = addressees,
        },
        Occurred = on,
        Recorded = Recorded,
        Source = Article,
    };

    private static PartyId Slug(string name) => new(name.ToLowerInvariant().Replace(' ', '-'));

    // Name, ISO 3166-1 alpha-2, year of NATO accession (if any), year of EU accession (if any), EU exit (if any); Russia,
    // then NATO's members in order of accession, then the rest of the EU's, then the rest of the former Soviet states.
    private static readonly (string Name, string Iso, int? Nato, int? Eu, LocalDate? EuLeft)[] StateTable =
    [
        ("Russia", "RU", null, null, null),
        ("United States", "US", 1949, null, null),
        ("Belgium", "BE", 1949, 1958, null),
        ("Canada", "CA", 1949, null, null),
        ("Denmark", "DK", 1949, 1973, null),
        ("France", "FR", 1949, 1958, null),
        ("Iceland", "IS", 1949, null, null),
        ("Italy", "IT", 1949, 1958, null),
        ("Luxembourg", "LU", 1949, 1958, null),
        ("Netherlands", "NL", 1949, 1958, null),
        ("Norway", "NO", 1949, null, null),
        ("Portugal", "PT", 1949, 1986, null),
        ("United Kingdom", "GB", 1949, 1973, new(2020, 2, 1)),
        ("Greece", "GR", 1952, 1981, null),
        ("Turkey", "TR", 1952, null, null),
        ("Germany", "DE", 1955, 1958, null),
        ("Spain", "ES", 1982, 1986, null),
        ("Czech Republic", "CZ", 1999, 2004, null),
        ("Hungary", "HU", 1999, 2004, null),
        ("Poland", "PL", 1999, 2004, null),
        ("Bulgaria", "BG", 2004, 2007, null),
        ("Estonia", "EE", 2004, 2004, null),
        ("Latvia", "LV", 2004, 2004, null),
        ("Lithuania", "LT", 2004, 2004, null),
        ("Romania", "RO", 2004, 2007, null),
        ("Slovakia", "SK", 2004, 2004, null),
        ("Slovenia", "SI", 2004, 2004, null),
        ("Albania", "AL", 2009, null, null),
        ("Croatia", "HR", 2009, 2013, null),
        ("Montenegro", "ME", 2017, null, null),
        ("North Macedonia", "MK", 2020, null, null),
        ("Austria", "AT", null, 1995, null),
        ("Cyprus", "CY", null, 2004, null),
        ("Finland", "FI", null, 1995, null),
        ("Ireland", "IE", null, 1973, null),
        ("Malta", "MT", null, 2004, null),
        ("Sweden", "SE", null, 1995, null),
        ("Ukraine", "UA", null, null, null),
        ("Belarus", "BY", null, null, null),
        ("Moldova", "MD", null, null, null),
        ("Georgia", "GE", null, null, null),
        ("Armenia", "AM", null, null, null),
        ("Azerbaijan", "AZ", null, null, null),
        ("Kazakhstan", "KZ", null, null, null),
        ("Kyrgyzstan", "KG", null, null, null),
        ("Tajikistan", "TJ", null, null, null),
        ("Turkmenistan", "TM", null, null, null),
        ("Uzbekistan", "UZ", null, null, null),
    ];

    private static readonly string[] FormerSoviet =
        ["Ukraine", "Belarus", "Moldova", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Estonia", "Latvia", "Lithuania"];

    private static IEnumerable<State> States() => StateTable.Select(s => new State(Slug(s.Name), s.Name, s.Iso));

    private static Organisation NatoParty() => new(Nato, "NATO", OrganisationKind.Alliance,
        [.. StateTable.Where(s => s.Nato is not null).Select(s => new Membership(Slug(s.Name), new LocalDate(s.Nato!.Value, 1, 1)))]);

    // Members in alphabetical order, then those that left.
    private static Organisation EuParty() => new(EuropeanUnion, "European Union", OrganisationKind.Union,
        [.. StateTable.Where(s => s.Eu is not null).OrderBy(s => s.EuLeft is not null).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new Membership(Slug(s.Name), new LocalDate(s.Eu!.Value, 1, 1), s.EuLeft))]);
}
