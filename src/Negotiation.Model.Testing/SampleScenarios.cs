using NodaTime;

namespace Negotiation.Model.Testing;

/// <summary>Ready-made scenarios for tests, examples and the command-line front end.</summary>
public static partial class SampleScenarios
{
    /// <summary>
    /// Gets the seed case as a scenario: Russia's security demands to the United States and NATO as reported on
    /// 22 December 2021 — two draft documents of the week of 13 December, a Russia–US round planned for early January
    /// 2022, a Russia–NATO round wanted for January and blocked until the bilateral round is held, the US calling some
    /// proposals "unacceptable", the US–EU commitment on European security, Lavrov's warning, and the West's accusation
    /// and Russia's denial.
    /// </summary>
    /// <remarks>Add facts with <see cref="Scenario.Then(Fact)"/> or the other builder methods to tell what happened next.</remarks>
    public static Scenario SecurityGuarantees2021Scenario { get; } = BuildSecurityGuarantees2021();

    /// <summary>Gets the seed case, built (see <see cref="SecurityGuarantees2021Scenario"/>).</summary>
    public static NegotiationCase SecurityGuarantees2021 => SecurityGuarantees.Value;

    private static readonly Lazy<NegotiationCase> SecurityGuarantees = new(SecurityGuarantees2021Scenario.Build);

    private static Scenario BuildSecurityGuarantees2021()
    {
        var article = new LocalDate(2021, 12, 22);
        var tuesday = new LocalDate(2021, 12, 21);
        var lastWeek = DateWindow.LastWeek(article);
        var beforeTheArticle = DateWindow.Between(new LocalDate(2021, 11, 1), article);
        var nato = new (string Name, string Iso, int Joined)[]
        {
            ("United States", "US", 1949), ("Belgium", "BE", 1949), ("Canada", "CA", 1949), ("Denmark", "DK", 1949),
            ("France", "FR", 1949), ("Iceland", "IS", 1949), ("Italy", "IT", 1949), ("Luxembourg", "LU", 1949),
            ("Netherlands", "NL", 1949), ("Norway", "NO", 1949), ("Portugal", "PT", 1949), ("United Kingdom", "GB", 1949),
            ("Greece", "GR", 1952), ("Turkey", "TR", 1952), ("Germany", "DE", 1955), ("Spain", "ES", 1982),
            ("Czech Republic", "CZ", 1999), ("Hungary", "HU", 1999), ("Poland", "PL", 1999), ("Bulgaria", "BG", 2004),
            ("Estonia", "EE", 2004), ("Latvia", "LV", 2004), ("Lithuania", "LT", 2004), ("Romania", "RO", 2004),
            ("Slovakia", "SK", 2004), ("Slovenia", "SI", 2004), ("Albania", "AL", 2009), ("Croatia", "HR", 2009),
            ("Montenegro", "ME", 2017), ("North Macedonia", "MK", 2020),
        };
        var eu = new (string Name, string Iso, int Joined)[]
        {
            ("Austria", "AT", 1995), ("Belgium", "BE", 1958), ("Bulgaria", "BG", 2007), ("Croatia", "HR", 2013),
            ("Cyprus", "CY", 2004), ("Czech Republic", "CZ", 2004), ("Denmark", "DK", 1973), ("Estonia", "EE", 2004),
            ("Finland", "FI", 1995), ("France", "FR", 1958), ("Germany", "DE", 1958), ("Greece", "GR", 1981),
            ("Hungary", "HU", 2004), ("Ireland", "IE", 1973), ("Italy", "IT", 1958), ("Latvia", "LV", 2004),
            ("Lithuania", "LT", 2004), ("Luxembourg", "LU", 1958), ("Malta", "MT", 2004), ("Netherlands", "NL", 1958),
            ("Poland", "PL", 2004), ("Portugal", "PT", 1986), ("Romania", "RO", 2007), ("Slovakia", "SK", 2004),
            ("Slovenia", "SI", 2004), ("Spain", "ES", 1986), ("Sweden", "SE", 1995),
        };
        var formerSoviet = new (string Name, string Iso)[]
        {
            ("Ukraine", "UA"), ("Belarus", "BY"), ("Moldova", "MD"), ("Georgia", "GE"), ("Armenia", "AM"), ("Azerbaijan", "AZ"),
            ("Kazakhstan", "KZ"), ("Kyrgyzstan", "KG"), ("Tajikistan", "TJ"), ("Turkmenistan", "TM"), ("Uzbekistan", "UZ"),
            ("Estonia", "EE"), ("Latvia", "LV"), ("Lithuania", "LT"),
        };

        // The world as it stood on 1 December 2021 (years of accession only: what the questions need).
        var scenario = Scenario.Of("security-guarantees-2021", article, "Russia's security guarantees, December 2021")
            .StartingOn(new LocalDate(2021, 12, 1))
            .State("russia", "Russia", "RU");
        foreach (var (name, iso) in nato.Select(s => (s.Name, s.Iso)).Concat(eu.Select(s => (s.Name, s.Iso))).Concat(formerSoviet).DistinctBy(s => s.Iso))
        {
            scenario = scenario.State(Slug(name), name, iso);
        }

        scenario = scenario
            .Organisation("nato", "NATO", OrganisationKind.Alliance, nato.Select(s => (Slug(s.Name), new LocalDate(s.Joined, 1, 1))))
            .Organisation("eu", "European Union", OrganisationKind.Union,
                eu.Select(s => new Membership(new PartyId(Slug(s.Name)), new LocalDate(s.Joined, 1, 1)))
                    .Append(new Membership(new PartyId("united-kingdom"), new LocalDate(1973, 1, 1), new LocalDate(2020, 2, 1))))
            .Group("former-soviet-states", "Former Soviet states", formerSoviet.Select(s => Slug(s.Name)))
            .Group("the-west", "The West", "united-states", "united-kingdom", "france", "germany", "canada")
            .Representative("lavrov", "Sergei Lavrov", "Foreign Minister", "russia", new LocalDate(2004, 3, 9))
            .Representative("donfried", "Karen Donfried", "Assistant Secretary of State for European and Eurasian Affairs", "united-states", new LocalDate(2021, 9, 21))
            .Representative("blinken", "Antony Blinken", "Secretary of State", "united-states", new LocalDate(2021, 1, 26))
            .Representative("borrell", "Josep Borrell", "EU High Representative", "eu", new LocalDate(2019, 12, 1))
            .Topic("european-security", "European security")
            .Topic("security-guarantees", "Security guarantees", within: "european-security")
            .Topic("nato-enlargement", "NATO enlargement", within: "european-security")
            .Topic("military-deployments", "Military deployments", within: "european-security");

        // "Moscow presented the West with sweeping security demands in two draft documents last week, one addressed to
        // the NATO and another to the United States."
        scenario = scenario
            .Document("ru-nato-draft-agreement", DocumentKind.DraftAgreement, "Agreement on measures to ensure the security of the Russian Federation and member States of NATO",
                by: "russia", to: "nato", presented: lastWeek,
                ("1", "The Parties shall not strengthen their security at the expense of each other's security (legal guarantees)."),
                ("6", "All member States of NATO commit themselves to refrain from any further enlargement of NATO."),
                ("7", "NATO member States shall not conduct military activity on the territory of former Soviet states."))
            .Document("ru-us-draft-treaty", DocumentKind.DraftTreaty, "Treaty between the United States of America and the Russian Federation on security guarantees",
                by: "russia", to: "united-states", presented: lastWeek,
                ("1", "The Parties shall cooperate on the basis of indivisible, equal and undiminished security (legal guarantees)."),
                ("4", "The United States shall prevent further eastward expansion of NATO, deny accession to former Soviet states, and establish no military bases there."));

        // "[Russia] has demanded legal guarantees over its security from the United States and NATO, demanding the
        // alliance stop an eastward expansion." "... the alliance must not admit new members or establish military bases
        // in ex-Soviet countries."
        foreach (var (addressee, document, prefix, expansionArticle, basesArticle) in new[]
        {
            ("nato", "ru-nato-draft-agreement", "ru-nato", "6", "7"),
            ("united-states", "ru-us-draft-treaty", "ru-us", "4", "4"),
        })
        {
            scenario = scenario
                .Demand($"{prefix}-legal-guarantees", "russia", addressee, "Legal guarantees over Russia's security.", lastWeek,
                    DemandKind.LegalGuarantee, "security-guarantees", (document, "1"))
                .Demand($"{prefix}-stop-eastward-expansion", "russia", addressee, "Stop the alliance's eastward expansion.", lastWeek,
                    DemandKind.Prohibition, "nato-enlargement", (document, expansionArticle))
                .Demand($"{prefix}-no-new-members", "russia", addressee, "The alliance must not admit new members.", lastWeek,
                    DemandKind.Prohibition, "nato-enlargement", (document, expansionArticle))
                .Demand($"{prefix}-no-bases-former-soviet", "russia", addressee, "No military bases in former Soviet states.", lastWeek,
                    DemandKind.Prohibition, "military-deployments", (document, basesArticle), concerns: "former-soviet-states");
        }

        return scenario
            // "Karen Donfried told reporters Tuesday she also understands talks with Russia will begin January, warning
            // some Russian proposals were 'unacceptable.'"
            .Says("donfried-2021-12-21-january", "united-states", StatementKind.Assessment, "She understands talks with Russia will begin in January.",
                tuesday, speaker: "donfried", channel: StatementChannel.PressBriefing)
            .Says("donfried-2021-12-21-unacceptable", "united-states", StatementKind.Rejection, "Some Russian proposals were \"unacceptable\".",
                tuesday, speaker: "donfried", about: ["ru-us-draft-treaty", "ru-nato-draft-agreement"], inPart: true, to: ["russia"], channel: StatementChannel.PressBriefing)
            // "It has been agreed that at the very beginning of next year, the first round (of talks) should be bilateral
            // contact between our negotiators and American ones" (agreed by Tuesday, when Donfried spoke of January).
            .Round("ru-us-2022-01", RoundFormat.Bilateral, ["russia", "united-states"], DateWindow.VeryBeginningOfNextYear(article), agreedOn: tuesday,
                topic: "security-guarantees", title: "Russia–United States talks", document: "ru-us-draft-treaty")
            .Says("lavrov-rt-2021-12-22-first-round", "russia", StatementKind.Assessment,
                "It has been agreed that at the very beginning of next year, the first round (of talks) should be bilateral contact between our negotiators and American ones.",
                article, speaker: "lavrov", about: ["ru-us-2022-01"], channel: StatementChannel.Interview, outlet: "RT")
            // "Russia's Foreign Minister Sergei Lavrov said Wednesday he expects negotiations with the United States on
            // Moscow's security demands to begin in January."
            .Says("lavrov-2021-12-22-expects-january", "russia", StatementKind.Assessment,
                "He expects negotiations with the United States on Moscow's security demands to begin in January.",
                article, speaker: "lavrov", about: ["ru-us-2022-01"], channel: StatementChannel.Interview, outlet: "RT")
            // "Lavrov said plans were in place for those talks to be followed by negotiations between Russia and NATO,
            // saying 'we also want to do this in January.'"
            .Round("ru-nato-2022-01", RoundFormat.Multilateral, ["russia", "nato"], DateWindow.NextMonthNamed(1, article), agreedOn: article,
                after: "ru-us-2022-01", topic: "security-guarantees", agreed: false, title: "Russia–NATO talks", document: "ru-nato-draft-agreement")
            .Says("lavrov-rt-2021-12-22-nato-january", "russia", StatementKind.Proposal, "We also want to do this in January.",
                article, speaker: "lavrov", about: ["ru-nato-2022-01"], channel: StatementChannel.Interview, outlet: "RT")
            // "On Wednesday the European Union appealed to the U.S. and NATO to defend its interests ... 'Today, Europe's
            // security is under threat.'"
            .Says("eu-2021-12-22-appeal", "eu", StatementKind.Appeal, "Today, Europe's security is under threat.", article,
                about: ["european-security"], to: ["united-states", "nato"], channel: StatementChannel.WrittenStatement)
            // "They agreed that any discussion about European security will happen in coordination and with participation
            // of the European Union," Brussels said in a statement.
            .Says("eu-2021-12-22-blinken-borrell", "eu", StatementKind.Agreement,
                "They agreed that any discussion about European security will happen in coordination and with participation of the European Union.",
                article, about: ["european-security"], channel: StatementChannel.WrittenStatement)
            .Commitment("us-eu-european-security", ["united-states", "eu"],
                "Any discussion about European security will happen in coordination and with participation of the European Union.",
                "european-security", requires: "eu", on: article)
            // "Lavrov had cautioned the United States against dragging out any negotiations ..."
            .Says("lavrov-rt-2021-12-22-no-dragging", "russia", StatementKind.Demand, "He cautioned the United States against dragging out any negotiations.",
                article, speaker: "lavrov", to: ["united-states"], channel: StatementChannel.Interview, outlet: "RT")
            .Demand("ru-us-no-delay", "russia", "united-states", "Do not drag out the negotiations.", article, DemandKind.Timing, "security-guarantees",
                inStatement: "lavrov-rt-2021-12-22-no-dragging")
            // "We hope that no one else views conflicts as a desirable scenario. We will toughly ensure our security by
            // those means that we deem appropriate."
            .Says("lavrov-rt-2021-12-22-warning", "russia", StatementKind.Warning,
                "We hope that no one else views conflicts as a desirable scenario. We will toughly ensure our security by those means that we deem appropriate.",
                article, speaker: "lavrov", to: ["united-states"], channel: StatementChannel.Interview, outlet: "RT")
            // "Russia has been accused by the West of plotting an invasion of Ukraine. It denies the claims ..." (undated)
            .Says("west-accuses-russia-invasion-plot", "the-west", StatementKind.Accusation, "Russia is plotting an invasion of Ukraine.",
                beforeTheArticle, about: ["ukraine"], to: ["russia"])
            .Says("russia-denies-invasion-plot", "russia", StatementKind.Denial, "Russia denies plotting an invasion of Ukraine.",
                beforeTheArticle, about: ["west-accuses-russia-invasion-plot", "ukraine"]);
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
