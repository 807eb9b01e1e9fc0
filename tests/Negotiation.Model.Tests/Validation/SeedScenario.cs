using NodaTime;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The article of 22 December 2021 entered through facts: Russia's draft treaties of the week of 13 December
/// with their demands, the planned Russia–US and Russia–NATO rounds, the US–EU commitment on European security, Russia's
/// warning and denial, and the US calling some proposals unacceptable.</summary>
internal static class SeedScenario
{
    public static readonly PartyId FormerSoviet = new("former-soviet-states");
    public static readonly TopicId MilitaryDeployments = new("military-deployments");
    public static readonly DocumentId TreatyWithUs = new("ru-us-treaty");
    public static readonly DocumentId AgreementWithNato = new("ru-nato-agreement");
    public static readonly RoundId RussiaUs = new("ru-us-2022-01");
    public static readonly RoundId RussiaNatoRound = new("ru-nato-2022-01");

    private static readonly LocalDate ArticleDay = new(2021, 12, 22);

    // "Last week", said on 22 December: the week of 13 December 2021.
    private static readonly Moment LastWeek = DateWindow.LastWeek(ArticleDay);

    // Tuesday, 21 December 2021.
    private static readonly Moment Tuesday = Moment.On(new LocalDate(2021, 12, 21));

    public static IReadOnlyList<Fact> Facts { get; } = Build();

    public static NegotiationCase Case { get; } = NegotiationCase.Create(new CaseId("security-guarantees-2021"), "Security guarantees, December 2021").Given([.. Facts]);

    private static List<Fact> Build()
    {
        var recorded = Instant.FromUtc(2021, 12, 22, 18, 0);
        var source = new Source("RT", ArticleDay);
        var facts = new List<Fact>();

        void Add(Fact fact) => facts.Add(fact with { Recorded = recorded, Source = source });

        Add(Registered(new State(Russia, "Russia", "RU")));
        Add(Registered(new State(Usa, "United States", "US")));
        Add(Registered(new State(Ukraine, "Ukraine", "UA")));
        Add(Registered(new State(new PartyId("georgia"), "Georgia", "GE")));
        Add(Registered(new State(France, "France", "FR")));
        Add(Registered(NatoParty));
        Add(Registered(new Organisation(Eu, "European Union", OrganisationKind.Union, [new Membership(France, Day(1958, 1, 1))])));
        Add(Registered(new PartyGroup(FormerSoviet, "Former Soviet states", [Ukraine, new PartyId("georgia")])));

        Add(Defined(new Topic(EuropeanSecurity, "European security")));
        Add(Defined(new Topic(SecurityGuarantees, "Security guarantees", EuropeanSecurity)));
        Add(Defined(new Topic(NatoEnlargement, "NATO enlargement", EuropeanSecurity)));
        Add(Defined(new Topic(MilitaryDeployments, "Military deployments", EuropeanSecurity)));

        Add(Appointed(new Representative(Ryabkov, "Sergei Ryabkov", "Deputy Foreign Minister", Russia, new TermOfOffice(Day(2008, 8, 1)))));
        Add(Appointed(new Representative(Blinken, "Antony Blinken", "Secretary of State", Usa, new TermOfOffice(Day(2021, 1, 26)))));

        Add(Presented(
            new Document(TreatyWithUs, DocumentKind.DraftTreaty, "Treaty between the US and Russia on security guarantees", [Russia], [Usa]),
            LastWeek,
            new Provision("1", "The Parties shall cooperate on the basis of indivisible, equal and undiminished security."),
            new Provision("4", "The United States shall undertake to prevent further eastward expansion of NATO.")));
        Add(Presented(
            new Document(AgreementWithNato, DocumentKind.DraftAgreement, "Agreement on measures to ensure the security of Russia and NATO member states", [Russia], [Nato]),
            LastWeek,
            new Provision("1", "The Parties shall be guided by the principles of cooperation and indivisible security."),
            new Provision("4", "No deployment of forces in the territory of states that were not members in May 1997."),
            new Provision("6", "NATO shall refrain from any further enlargement, including the accession of Ukraine.")));

        Demand Russian(string id, PartyId addressee, string text, TopicId topic, DocumentId document, string article) =>
            new(new DemandId(id), Russia, [addressee], text)
            {
                Topics = [topic],
                Source = DemandSource.InProvision(document, 1, article),
                Package = "security-guarantees",
            };

        Add(Tabled(Russian("nato-legal-guarantees", Nato, "Legal guarantees of Russia's security.", SecurityGuarantees, AgreementWithNato, "1") with { Kind = DemandKind.LegalGuarantee }, LastWeek));
        Add(Tabled(Russian("stop-eastward-expansion", Nato, "Stop NATO's eastward expansion.", NatoEnlargement, AgreementWithNato, "6") with { Kind = DemandKind.Prohibition }, LastWeek));
        Add(Tabled(Russian("no-new-members", Nato, "Admit no new members.", NatoEnlargement, AgreementWithNato, "6") with { Kind = DemandKind.Prohibition }, LastWeek));
        Add(Tabled(Russian("no-bases", Nato, "No military bases in former Soviet states.", MilitaryDeployments, AgreementWithNato, "4") with { Kind = DemandKind.Prohibition, Concerns = [FormerSoviet] }, LastWeek));
        Add(Tabled(Russian("us-legal-guarantees", Usa, "Legal guarantees of Russia's security.", SecurityGuarantees, TreatyWithUs, "1") with { Kind = DemandKind.LegalGuarantee }, LastWeek));

        Add(Committed(new Commitment(new CommitmentId("us-eu-european-security"), [Usa, Eu], "Any discussion of European security happens in coordination and with participation of the EU.", EuropeanSecurity, Eu)));

        Add(Planned(new Round(RussiaUs, RoundFormat.Bilateral, [Russia, Usa], DateWindow.VeryBeginningOfNextYear(ArticleDay))
        {
            Agenda = new Agenda { Topics = [SecurityGuarantees], Documents = [TreatyWithUs] },
        }));
        Add(Planned(new Round(RussiaNatoRound, RoundFormat.Multilateral, [Russia, Nato], DateWindow.NextMonthNamed(1, ArticleDay))
        {
            Agenda = new Agenda { Documents = [AgreementWithNato] },
            Precondition = Precondition.RoundHeld(RussiaUs),
        }));

        Add(Said(new Statement(new StatementId("ryabkov-warning"), Russia, StatementKind.Warning, "Russia will respond if its proposals are ignored.")
        {
            Speaker = Ryabkov,
            Channel = StatementChannel.Interview,
            Outlet = "RT",
            About = [SubjectRef.Document(TreatyWithUs), SubjectRef.Document(AgreementWithNato)],
        }, Tuesday));
        Add(Said(new Statement(new StatementId("invasion-denial"), Russia, StatementKind.Denial, "Russia has no plans to invade Ukraine.")
        {
            Speaker = Ryabkov,
            Channel = StatementChannel.Interview,
            Outlet = "RT",
            About = [SubjectRef.Party(Ukraine)],
        }, Tuesday));
        Add(Said(new Statement(new StatementId("us-unacceptable"), Usa, StatementKind.Rejection, "Some of the Russian proposals are unacceptable.")
        {
            Channel = StatementChannel.PressBriefing,
            About = [SubjectRef.Document(TreatyWithUs)],
            Extent = Extent.Part,
        }, Tuesday));
        return facts;
    }
}
