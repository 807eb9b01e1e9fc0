using NodaTime;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>
/// A small fixed world built through the public API: seven states, NATO and the EU with dated memberships, a named group,
/// six representatives (one already out of office) and a small hierarchy of topics, all registered on
/// <see cref="WorldDay"/>. Unit tests start from <see cref="Case"/> and record the facts they are about.
/// </summary>
/// <remarks>Every time is fixed; nothing reads a clock.</remarks>
internal static class TestWorld
{
    /// <summary>The day the world's parties, representatives and topics are registered.</summary>
    public static readonly LocalDate WorldDay = new(2021, 12, 1);

    /// <summary>The day of the seed article; the default day of facts about talks.</summary>
    public static readonly LocalDate ArticleDay = new(2021, 12, 22);

    public static readonly PartyId Russia = new("russia");
    public static readonly PartyId UnitedStates = new("united-states");
    public static readonly PartyId Ukraine = new("ukraine");
    public static readonly PartyId Georgia = new("georgia");
    public static readonly PartyId Germany = new("germany");
    public static readonly PartyId France = new("france");
    public static readonly PartyId UnitedKingdom = new("united-kingdom");
    public static readonly PartyId Nato = new("nato");
    public static readonly PartyId Eu = new("eu");
    public static readonly PartyId FormerSovietStates = new("former-soviet-states");

    /// <summary>A well-formed id that no fact registers.</summary>
    public static readonly PartyId Atlantis = new("atlantis");

    public static readonly RepresentativeId Lavrov = new("lavrov");
    public static readonly RepresentativeId Ryabkov = new("ryabkov");
    public static readonly RepresentativeId Blinken = new("blinken");
    public static readonly RepresentativeId Sherman = new("sherman");
    public static readonly RepresentativeId Borrell = new("borrell");

    /// <summary>Secretary of State until 20 January 2021: out of office in every test.</summary>
    public static readonly RepresentativeId Pompeo = new("pompeo");

    public static readonly TopicId EuropeanSecurity = new("european-security");
    public static readonly TopicId SecurityGuarantees = new("security-guarantees");
    public static readonly TopicId NatoEnlargement = new("nato-enlargement");
    public static readonly TopicId MilitaryDeployments = new("military-deployments");
    public static readonly TopicId ArmsControl = new("arms-control");

    public static readonly RoundId BilateralId = new("ru-us-2022-01");
    public static readonly RoundId NatoRoundId = new("ru-nato-2022-01");

    /// <summary>"At the very beginning of next year", said on the article's day: 1 to 10 January 2022.</summary>
    public static readonly DateWindow EarlyJanuary = DateWindow.EarlyIn(new YearMonth(2022, 1));

    /// <summary>"In January", said on the article's day: the whole of January 2022.</summary>
    public static readonly DateWindow January = DateWindow.In(new YearMonth(2022, 1));

    /// <summary>09:00 in Geneva on 10 January 2022 (08:00 UTC).</summary>
    public static readonly Moment Geneva = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich");

    /// <summary>Gets the world: every party, representative and topic above, recorded.</summary>
    public static NegotiationCase Case => World.Value;

    /// <summary>Gets a case with no facts at all.</summary>
    public static NegotiationCase Empty { get; } = NegotiationCase.Create(new CaseId("test-world"), "Test world");

    /// <summary>Gets the states of the world.</summary>
    public static IReadOnlyList<State> States { get; } =
    [
        new(Russia, "Russia", "RU"),
        new(UnitedStates, "United States", "US"),
        new(Ukraine, "Ukraine", "UA"),
        new(Georgia, "Georgia", "GE"),
        new(Germany, "Germany", "DE"),
        new(France, "France", "FR"),
        new(UnitedKingdom, "United Kingdom", "GB"),
    ];

    /// <summary>Gets NATO with its founding members and Germany (from 6 May 1955).</summary>
    public static Organisation NatoParty { get; } = new(
        Nato,
        "NATO",
        OrganisationKind.Alliance,
        [
            new Membership(UnitedStates, new LocalDate(1949, 8, 24)),
            new Membership(France, new LocalDate(1949, 8, 24)),
            new Membership(UnitedKingdom, new LocalDate(1949, 8, 24)),
            new Membership(Germany, new LocalDate(1955, 5, 6)),
        ]);

    /// <summary>Gets the EU, which the United Kingdom left on 1 February 2020 (its first day outside).</summary>
    public static Organisation EuParty { get; } = new(
        Eu,
        "European Union",
        OrganisationKind.Union,
        [
            new Membership(Germany, new LocalDate(1958, 1, 1)),
            new Membership(France, new LocalDate(1958, 1, 1)),
            new Membership(UnitedKingdom, new LocalDate(1973, 1, 1), new LocalDate(2020, 2, 1)),
        ]);

    /// <summary>Gets the named group of former Soviet states.</summary>
    public static PartyGroup FormerSovietParty { get; } = new(FormerSovietStates, "Former Soviet states", [Ukraine, Georgia]);

    /// <summary>Gets the representatives of the world.</summary>
    public static IReadOnlyList<Representative> Representatives { get; } =
    [
        new(Lavrov, "Sergei Lavrov", "Foreign Minister", Russia, new TermOfOffice(new LocalDate(2004, 3, 9))),
        new(Ryabkov, "Sergei Ryabkov", "Deputy Foreign Minister", Russia, new TermOfOffice(new LocalDate(2008, 8, 29))),
        new(Blinken, "Antony Blinken", "Secretary of State", UnitedStates, new TermOfOffice(new LocalDate(2021, 1, 26))),
        new(Sherman, "Wendy Sherman", "Deputy Secretary of State", UnitedStates, new TermOfOffice(new LocalDate(2021, 4, 14))),
        new(Borrell, "Josep Borrell", "EU High Representative", Eu, new TermOfOffice(new LocalDate(2019, 12, 1))),
        new(Pompeo, "Mike Pompeo", "Secretary of State", UnitedStates, new TermOfOffice(new LocalDate(2018, 4, 26), new LocalDate(2021, 1, 20))),
    ];

    /// <summary>Gets the topics: European security, with security guarantees and NATO enlargement under it, military
    /// deployments under security guarantees, and arms control on its own.</summary>
    public static IReadOnlyList<Topic> Topics { get; } =
    [
        new(EuropeanSecurity, "European security"),
        new(SecurityGuarantees, "Security guarantees", EuropeanSecurity),
        new(NatoEnlargement, "NATO enlargement", EuropeanSecurity),
        new(MilitaryDeployments, "Military deployments", SecurityGuarantees),
        new(ArmsControl, "Arms control"),
    ];

    /// <summary>The Russia–US round planned for early January 2022, on security guarantees.</summary>
    /// <param name="planned">When it is planned; early January 2022 unless given.</param>
    /// <returns>The round.</returns>
    public static Round Bilateral(Moment? planned = null) =>
        new(BilateralId, RoundFormat.Bilateral, [Russia, UnitedStates], planned ?? EarlyJanuary)
        {
            Agenda = new Agenda { Topics = [SecurityGuarantees] },
        };

    /// <summary>The Russia–NATO round planned for January 2022, which requires the bilateral round to be held first.</summary>
    /// <param name="planned">When it is planned; January 2022 unless given.</param>
    /// <returns>The round.</returns>
    public static Round NatoRound(Moment? planned = null) =>
        new(NatoRoundId, RoundFormat.Multilateral, [Russia, Nato], planned ?? January)
        {
            Precondition = Precondition.RoundHeld(BilateralId),
        };

    /// <summary>A demand by Russia of <paramref name="addressees"/>.</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="addressees">The addressees; NATO unless given.</param>
    /// <returns>The demand.</returns>
    public static Demand RussianDemand(string id, params PartyId[] addressees) =>
        new(new DemandId(id), Russia, addressees.Length == 0 ? [Nato] : [.. addressees], "Legally binding security guarantees.")
        {
            Kind = DemandKind.LegalGuarantee,
            Topics = [SecurityGuarantees],
        };

    /// <summary>A draft document by Russia, addressed to NATO.</summary>
    /// <param name="id">The document's id.</param>
    /// <returns>The document.</returns>
    public static Document RussianDraft(string id = "ru-nato-draft") =>
        new(new DocumentId(id), DocumentKind.DraftAgreement, "Agreement on measures to ensure the security of Russia and NATO member states", [Russia], [Nato]);

    // Lazy, so that the world is built after every static member above is initialised.
    private static readonly Lazy<NegotiationCase> World = new(Build);

    private static NegotiationCase Build()
    {
        Fact[] facts =
        [
            .. States.Select(s => Given.PartyRegistered(s)),
            Given.PartyRegistered(NatoParty),
            Given.PartyRegistered(EuParty),
            Given.PartyRegistered(FormerSovietParty),
            .. Representatives.Select(r => Given.RepresentativeAppointed(r)),
            .. Topics.Select(t => Given.TopicDefined(t)),
        ];
        return Empty.RecordOrThrow(facts);
    }
}
