using NodaTime;

namespace Negotiation.Model.Testing;

// The UK–EU withdrawal negotiations under Article 50 TEU, 2017–2020, encoded from the fact sheet
// shared/scenarios/brexit-article-50-2017-2020.md. Facts only from the sheet; where the sheet says UNCONFIRMED, the comment
// beside the fact says so. Ids are the sheet's, except Ireland, which the sheet names both 'ireland' and 'ie': a state is
// registered once (one ISO code), as 'ireland'.
public static partial class SampleScenarios
{
    /// <summary>
    /// Gets the UK–EU withdrawal negotiations under Article 50 TEU (2017–2020) as a scenario: the parties, the EU's bodies
    /// and the 27 member states, the negotiators and their terms, the documents (the Article 50 letter and its handover,
    /// guidelines, the Joint Report, the draft Withdrawal Agreement and its revisions, the Strasbourg instruments that
    /// interpret it), the demands and how they were settled, the rounds (with the sessions of round 2 and the postponement
    /// of round 4), the European Council meetings, the statements, and the United Kingdom's departure.
    /// </summary>
    /// <remarks>Facts the fact sheet marks UNCONFIRMED are recorded as the sheet gives them, and the source code says so
    /// beside each. The deadlines are the Article 50 period with its three extensions (the first with its conditional
    /// branch on Commons approval), the EU's and Barnier's deadlines of late 2017, the October 2018 target, the meaningful
    /// vote, the European Parliament elections, the Benn Act, the transition's end and its extension option (abandoned),
    /// and the TCA's provisional application. The sheet's agreement lifecycle is encoded as two agreements: the Withdrawal
    /// Agreement (endorsements, the meaningful votes lost, signature, consents, entry into force, the transition's end) and
    /// the Trade and Cooperation Agreement (agreed, signed, provisional application, consents, entry into force).</remarks>
    public static Scenario Article50Scenario { get; } = BuildArticle50();

    /// <summary>Gets the Article 50 negotiations, built (see <see cref="Article50Scenario"/>).</summary>
    public static NegotiationCase Article50 => Article50Case.Value;

    private static readonly Lazy<NegotiationCase> Article50Case = new(Article50Scenario.Build);

    private static Scenario BuildArticle50()
    {
        var referendum = new LocalDate(2016, 6, 23);
        var s = Scenario.Of("brexit-article-50", referendum, "UK–EU withdrawal negotiations under Article 50 TEU (2017–2020)", "UK–EU Article 50 fact sheet")
            .StartingOn(referendum);
        var source = s.Source;
        var recorded = s.RecordedAt;
        const string Brussels = "Europe/Brussels";
        var berlaymont = new Venue("Berlaymont, Brussels", Brussels);
        var europeBuilding = new Venue("Europe Building, Brussels", Brussels);
        Moment InBrussels(int y, int m, int d, int h, int min) => Moment.InZone(new LocalDateTime(y, m, d, h, min), Brussels);

        var eu27 = new (string Id, string Name, string Iso, int Year, int Month)[]
        {
            ("at", "Austria", "AT", 1995, 1), ("be", "Belgium", "BE", 1958, 1), ("bg", "Bulgaria", "BG", 2007, 1), ("hr", "Croatia", "HR", 2013, 7),
            ("cy", "Cyprus", "CY", 2004, 5), ("cz", "Czech Republic", "CZ", 2004, 5), ("dk", "Denmark", "DK", 1973, 1), ("ee", "Estonia", "EE", 2004, 5),
            ("fi", "Finland", "FI", 1995, 1), ("fr", "France", "FR", 1958, 1), ("de", "Germany", "DE", 1958, 1), ("gr", "Greece", "GR", 1981, 1),
            ("hu", "Hungary", "HU", 2004, 5), ("ireland", "Ireland", "IE", 1973, 1), ("it", "Italy", "IT", 1958, 1), ("lv", "Latvia", "LV", 2004, 5),
            ("lt", "Lithuania", "LT", 2004, 5), ("lu", "Luxembourg", "LU", 1958, 1), ("mt", "Malta", "MT", 2004, 5), ("nl", "Netherlands", "NL", 1958, 1),
            ("pl", "Poland", "PL", 2004, 5), ("pt", "Portugal", "PT", 1986, 1), ("ro", "Romania", "RO", 2007, 1), ("sk", "Slovakia", "SK", 2004, 5),
            ("si", "Slovenia", "SI", 2004, 5), ("es", "Spain", "ES", 1986, 1), ("se", "Sweden", "SE", 1995, 1),
        };

        // Parties. Accession dates of the EU27 are general reference, UNCONFIRMED beyond "member throughout the period".
        // The sheet's "body of eu", "unit of …", "department of uk", "chamber of …", "group within …" are PartOf.
        s = s.State("uk", "United Kingdom of Great Britain and Northern Ireland", "GB");
        foreach (var member in eu27)
        {
            s = s.State(member.Id, member.Name, member.Iso);
        }

        s = s.Organisation("eu", "European Union", OrganisationKind.Union,
                eu27.Select(m => new Membership(new PartyId(m.Id), new LocalDate(m.Year, m.Month, 1))).Append(new Membership(new PartyId("uk"), new LocalDate(1973, 1, 1))))
            .Organisation("euratom", "European Atomic Energy Community", OrganisationKind.Other, Array.Empty<Membership>())
            .Group("eu27", "EU27 (member states other than the UK)", eu27.Select(m => m.Id))
            .Body("european-council", "European Council (Art. 50 format)", OrganisationKind.Institution, partOf: "eu")
            .Body("council-eu", "Council of the EU (General Affairs Council, Art. 50 format)", OrganisationKind.Institution, partOf: "eu")
            .Body("european-commission", "European Commission", OrganisationKind.Institution, partOf: "eu")
            .Body("tf50", "Commission Task Force for the Art. 50 negotiations", OrganisationKind.Executive, partOf: "european-commission")
            .Body("european-parliament", "European Parliament", OrganisationKind.Legislature, partOf: "eu")
            .Body("ep-brexit-steering-group", "EP Brexit Steering Group", OrganisationKind.Legislature, partOf: "european-parliament") // set-up date UNCONFIRMED
            .Body("uk-government", "HM Government", OrganisationKind.Executive, partOf: "uk")
            .Body("dexeu", "Department for Exiting the European Union", OrganisationKind.Executive, partOf: "uk")
            .Body("taskforce-europe", "Task Force Europe (No 10)", OrganisationKind.Executive, partOf: "uk-government")
            .Body("uk-parliament", "Parliament of the United Kingdom", OrganisationKind.Legislature, partOf: "uk")
            .Body("house-of-commons", "House of Commons", OrganisationKind.Legislature, partOf: "uk-parliament")
            // The sheet puts the DUP "in uk-parliament" (its 10 MPs); a party is not an organ of Parliament, so no PartOf.
            .Organisation("dup", "Democratic Unionist Party", OrganisationKind.PoliticalParty, Array.Empty<Membership>())
            .Organisation("wa-joint-committee", "EU–UK Joint Committee under the Withdrawal Agreement", OrganisationKind.JointBody, Array.Empty<Membership>());

        // Representatives and their terms within scope.
        Scenario Person(Scenario scenario, string id, string name, string office, string party, LocalDate from, LocalDate? until = null) =>
            scenario.Then(new RepresentativeAppointed
            {
                Representative = new Representative(new RepresentativeId(id), name, office, new PartyId(party), new TermOfOffice(from, until)),
                Occurred = from,
                Recorded = recorded,
                Source = source,
            });
        const string BrexitSecretary = "Secretary of State for Exiting the EU";
        s = Person(s, "theresa-may", "Theresa May", "Prime Minister", "uk", new LocalDate(2016, 7, 13), new LocalDate(2019, 7, 24));
        s = Person(s, "boris-johnson", "Boris Johnson", "Prime Minister", "uk", new LocalDate(2019, 7, 24));
        s = Person(s, "david-davis", "David Davis", BrexitSecretary, "uk", new LocalDate(2016, 7, 13), new LocalDate(2018, 7, 8));
        s = Person(s, "dominic-raab", "Dominic Raab", BrexitSecretary, "uk", new LocalDate(2018, 7, 9), new LocalDate(2018, 11, 15));
        s = Person(s, "stephen-barclay", "Stephen Barclay", BrexitSecretary, "uk", new LocalDate(2018, 11, 16), new LocalDate(2020, 1, 31));
        s = Person(s, "olly-robbins", "Olly Robbins", "PM's Europe Adviser", "uk", new LocalDate(2017, 9, 18)); // left 2019, month UNCONFIRMED: term left open
        s = Person(s, "david-frost", "David Frost", "PM's Europe Adviser, then UK Chief Negotiator", "uk", new LocalDate(2019, 7, 1), new LocalDate(2020, 12, 24)); // from 2019-07, day UNCONFIRMED
        s = Person(s, "tim-barrow", "Sir Tim Barrow", "UK Permanent Representative to the EU", "uk", new LocalDate(2017, 1, 1)); // from 2017-01, month precision
        s = Person(s, "michel-barnier", "Michel Barnier", "Commission Chief Negotiator", "eu", new LocalDate(2016, 10, 1)); // end date UNCONFIRMED
        s = Person(s, "sabine-weyand", "Sabine Weyand", "Deputy Chief Negotiator", "eu", new LocalDate(2016, 10, 1), new LocalDate(2019, 5, 31));
        s = Person(s, "donald-tusk", "Donald Tusk", "President of the European Council", "eu", new LocalDate(2014, 12, 1), new LocalDate(2019, 11, 30)); // start UNCONFIRMED
        s = Person(s, "charles-michel", "Charles Michel", "President of the European Council", "eu", new LocalDate(2019, 12, 1), new LocalDate(2022, 5, 31));
        s = Person(s, "jean-claude-juncker", "Jean-Claude Juncker", "President of the European Commission", "eu", new LocalDate(2014, 11, 1), new LocalDate(2019, 11, 30)); // start UNCONFIRMED
        s = Person(s, "ursula-von-der-leyen", "Ursula von der Leyen", "President of the European Commission", "eu", new LocalDate(2019, 12, 1));
        s = Person(s, "david-sassoli", "David Sassoli", "President of the European Parliament", "european-parliament", new LocalDate(2020, 1, 29)); // start UNCONFIRMED: in office at the consent vote
        s = Person(s, "michael-gove", "Michael Gove", "Chancellor of the Duchy of Lancaster", "uk", new LocalDate(2020, 1, 1)); // "2020"
        s = Person(s, "maros-sefcovic", "Maroš Šefčovič", "Commission Vice-President", "eu", new LocalDate(2020, 1, 1)); // "2020"

        foreach (var (id, name) in new[]
        {
            ("citizens-rights", "Citizens' rights"), ("financial-settlement", "Financial settlement"), ("irish-border", "Irish border"),
            ("other-separation-issues", "Other separation issues"), ("governance", "Governance"), ("transition", "Transition"),
            ("future-relationship", "Future relationship"), ("article-50-period", "The Article 50 period"),
        })
        {
            s = s.Topic(id, name);
        }

        // Developments outside the talks, with the kind that fits (elections, votes in Parliament, Acts, appointments,
        // resignations, speeches); the others (the notification, decisions, plans, the pandemic) are Other. The Conservative
        // MPs' confidence vote of December 2018 was a party's, not Parliament's: Other. The sheet gives no ids for
        // developments: each id is a slug made here.
        var kinds = new Dictionary<string, DevelopmentKind>(StringComparer.Ordinal)
        {
            ["referendum-2016"] = DevelopmentKind.Election, ["uk-election-2017"] = DevelopmentKind.Election,
            ["ep-elections-2019"] = DevelopmentKind.Election, ["uk-election-2019"] = DevelopmentKind.Election,
            ["no-confidence-2019"] = DevelopmentKind.ParliamentaryVote, ["no-deal-vote"] = DevelopmentKind.ParliamentaryVote,
            ["indicative-votes-1"] = DevelopmentKind.ParliamentaryVote, ["indicative-votes-2"] = DevelopmentKind.ParliamentaryVote,
            ["letwin-amendment"] = DevelopmentKind.ParliamentaryVote, ["wa-bill-second-reading-1"] = DevelopmentKind.ParliamentaryVote,
            ["wa-bill-second-reading-2"] = DevelopmentKind.ParliamentaryVote, ["ep-afco-consent-vote"] = DevelopmentKind.ParliamentaryVote,
            ["notification-act-2017"] = DevelopmentKind.Legislation, ["benn-act"] = DevelopmentKind.Legislation,
            ["benn-act-repealed"] = DevelopmentKind.Legislation, ["euwaa-2020-commenced"] = DevelopmentKind.Legislation,
            ["may-pm-2016"] = DevelopmentKind.Appointment, ["barnier-appointed"] = DevelopmentKind.Appointment, ["johnson-pm"] = DevelopmentKind.Appointment,
            ["davis-resigns"] = DevelopmentKind.Resignation, ["johnson-resigns"] = DevelopmentKind.Resignation,
            ["raab-mcvey-resign"] = DevelopmentKind.Resignation, ["may-resignation-announced"] = DevelopmentKind.Resignation,
            ["florence-speech"] = DevelopmentKind.Speech, ["mansion-house-speech"] = DevelopmentKind.Speech,
        };
        Scenario Happened(Scenario scenario, string id, string description, Moment when, params string[] actors) =>
            scenario.Then(new DevelopmentOccurred
            {
                Development = new Development(new DevelopmentId(id), kinds.GetValueOrDefault(id, DevelopmentKind.Other), description) { Actors = [.. actors.Select(a => new PartyId(a))] },
                Occurred = when,
                Recorded = recorded,
                Source = source,
            });
        s = Happened(s, "referendum-2016", "Referendum: Leave 51.9 %, Remain 48.1 %.", referendum, "uk");
        s = Happened(s, "may-pm-2016", "Theresa May becomes Prime Minister; DExEU created, David Davis Secretary of State.", new LocalDate(2016, 7, 13), "uk");
        s = Happened(s, "barnier-appointed", "Juncker appoints Michel Barnier chief negotiator (in post 2016-10-01).", new LocalDate(2016, 7, 27), "european-commission");
        // The agreements' steps (the sheet's "Agreement lifecycle"). The sheet gives no ids for the agreements: 'wa' and 'tca'
        // are slugs made here.
        Scenario Step(Scenario scenario, string agreement, AgreementStepKind kind, LocalDate on, string? party = null, int count = 1, params Report[] reports) =>
            scenario.Then(new AgreementStepTaken
            {
                Agreement = new AgreementId(agreement),
                Step = kind,
                Party = party is null ? null : new PartyId(party),
                Count = count,
                Occurred = on,
                Recorded = recorded,
                Source = source,
                Reports = [.. reports],
            });

        s = Happened(s, "notification-act-2017", "European Union (Notification of Withdrawal) Act 2017 in force; Lords amendments (rights, vote on terms) defeated.", new LocalDate(2017, 3, 16), "uk-parliament");

        // Documents.
        Scenario Paper(Scenario scenario, Document document, Moment when, Handover? handover, params (string Article, string Text)[] provisions) =>
            scenario.Then(new DocumentPresented
            {
                Document = document,
                Provisions = [.. provisions.Select(p => new Provision(p.Article, p.Text))],
                Handover = handover,
                Occurred = when,
                Recorded = recorded,
                Source = source,
            });
        Document Public(string id, DocumentKind kind, string title, string[] by, params string[] to) =>
            new(new DocumentId(id), kind, title, [.. by.Select(p => new PartyId(p))], [.. to.Select(p => new PartyId(p))]) { Visibility = Visibility.Public };
        Scenario Revise(Scenario scenario, string document, string by, Moment when, params (string Article, string Text)[] provisions) =>
            scenario.Then(new DocumentRevised
            {
                Document = new DocumentId(document),
                By = new PartyId(by),
                Provisions = [.. provisions.Select(p => new Provision(p.Article, p.Text))],
                Occurred = when,
                Recorded = recorded,
                Source = source,
            });

        // Signed on the evening of 2017-03-28; delivered in Brussels on 2017-03-29 by Sir Tim Barrow to Donald Tusk.
        s = Paper(s, Public("doc-a50-letter", DocumentKind.Letter, "UK notification under Art. 50(2) TEU and Art. 106a Euratom", ["uk"], "european-council"),
            new LocalDate(2017, 3, 29), new Handover(new RepresentativeId("tim-barrow"), new RepresentativeId("donald-tusk")),
            ("parallel", "Agree the terms of our future partnership alongside those of our withdrawal."));
        s = Happened(s, "uk-notification", "The UK notifies the European Council of its intention to leave the EU and Euratom (Art. 50(2) TEU).", new LocalDate(2017, 3, 29), "uk");

        // Deadlines. The Article 50 period (dl-a50), set by the Treaty (TEU Art. 50(3), the EU's own rule) on notification:
        // two years, to 2019-03-29, ending at 24:00 Brussels time; only the European Council, unanimously and in agreement
        // with the UK, may extend it.
        Scenario Due(Scenario scenario, Deadline deadline, Moment when) =>
            scenario.Then(new DeadlineSet { Deadline = deadline, Occurred = when, Recorded = recorded, Source = source });
        Scenario Extend(Scenario scenario, LocalDate newDue, LocalDate decided, EarlyEnd earlyEnd = EarlyEnd.None, params DueBranch[] branches) =>
            scenario.Then(new DeadlineExtended
            {
                Deadline = new DeadlineId("dl-a50"),
                NewDue = newDue,
                By = new PartyId("european-council"),
                JointlyWith = [new PartyId("uk")],
                Branches = [.. branches],
                EarlyEnd = earlyEnd,
                Occurred = decided,
                Recorded = recorded,
                Source = source,
            });
        s = Due(s, new Deadline(new DeadlineId("dl-a50"), new PartyId("eu"),
            "Conclude a withdrawal agreement within the Article 50 period; failing that, the Treaties cease to apply to the UK two years after notification, unless the European Council, in agreement with the UK, unanimously extends the period (TEU Art. 50(3)).",
            new LocalDate(2019, 3, 29))
        {
            Subject = SubjectRef.Topic(new TopicId("article-50-period")),
            DueRule = new DueRule(new DevelopmentId("uk-notification"), Period.FromYears(2)),
            Zone = Brussels,
            ExtendableBy = [new PartyId("european-council"), new PartyId("uk")],
        }, new LocalDate(2017, 3, 29));
        s = Paper(s, Public("doc-euco-guidelines-2017-04", DocumentKind.Guidelines, "European Council (Art. 50) guidelines", ["european-council"], "european-commission"),
            new LocalDate(2017, 4, 29), null,
            ("phasing", "Phase 1 withdrawal issues first; the future relationship only after the European Council decides 'sufficient progress'."),
            ("naaea", "Nothing is agreed until everything is agreed; items are not settled separately."),
            ("citizens", "Guarantee the residence and social rights of EU citizens in the UK and UK nationals in the EU."),
            ("financial", "A single financial settlement of all obligations of membership."),
            ("ireland", "Avoid a hard border on the island of Ireland; protect the 1998 Agreement in all its parts."));

        // Demands tabled in 2017.
        Scenario Demand(Scenario scenario, Demand demand, Moment when, params Report[] reports) =>
            scenario.Then(new DemandTabled { Demand = demand, Occurred = when, Recorded = recorded, Source = source, Reports = [.. reports] });
        Demand D(string id, string by, string to, string text, string topic) =>
            new(new DemandId(id), new PartyId(by), [new PartyId(to)], text) { Topics = [new TopicId(topic)] };
        ProvisionRef In(string document, int revision, string article) => new(new DocumentId(document), revision, article);

        Scenario Settle(Scenario scenario, string demand, DemandOutcome outcome, LocalDate when, string summary, ProvisionRef? by = null) =>
            scenario.Then(new DemandSettled
            {
                Demand = new DemandId(demand),
                Outcome = outcome,
                By = by,
                Summary = summary,
                Occurred = when,
                Recorded = recorded,
                Source = source,
            });

        s = Demand(s, D("d-uk-parallel", "uk", "eu", "Agree the future partnership alongside the withdrawal terms.", "future-relationship")
            with { Kind = DemandKind.Timing, Source = DemandSource.InProvision(new DocumentId("doc-a50-letter"), 1, "parallel") }, new LocalDate(2017, 3, 29));
        s = Demand(s, D("d-eu-phasing", "european-council", "uk", "Withdrawal issues first; the future relationship only after 'sufficient progress'.", "future-relationship")
            with { Kind = DemandKind.Timing, Source = DemandSource.InProvision(new DocumentId("doc-euco-guidelines-2017-04"), 1, "phasing"), ConflictsWith = [new DemandId("d-uk-parallel")] }, new LocalDate(2017, 4, 29));
        s = Demand(s, D("d-naaea", "eu27", "uk", "Nothing is agreed until everything is agreed.", "governance")
            with { AlsoCarriedBy = [In("doc-euco-guidelines-2017-04", 1, "naaea")] }, new LocalDate(2017, 4, 29));
        s = Demand(s, D("d-citizens-rights", "eu", "uk", "Guarantee residence and social rights of EU citizens in the UK and UK nationals in the EU27; a role for the CJEU.", "citizens-rights")
            with { AlsoCarriedBy = [In("doc-euco-guidelines-2017-04", 1, "citizens")] }, new LocalDate(2017, 4, 29));
        s = Demand(s, D("d-financial-settlement", "eu", "uk", "Settle all obligations of membership (a single financial settlement).", "financial-settlement")
            with { AlsoCarriedBy = [In("doc-euco-guidelines-2017-04", 1, "financial")] }, new LocalDate(2017, 4, 29));
        s = Demand(s, D("d-no-hard-border", "eu27", "uk", "Avoid a hard border; protect the 1998 Agreement in all its parts.", "irish-border")
            with { CoAuthors = [new PartyId("ireland")], AlsoCarriedBy = [In("doc-euco-guidelines-2017-04", 1, "ireland")] }, new LocalDate(2017, 4, 29));

        // Statements.
        // A statement about demands, documents or deadlines: the stances it takes, and what else it is about.
        Scenario SaysAbout(Scenario scenario, string id, string party, StatementKind kind, string quote, Moment when, string? speaker, SubjectRef[] about, params StanceTaken[] stances) =>
            scenario.Then(new StatementMade
            {
                Statement = new Statement(new StatementId(id), new PartyId(party), kind, quote)
                {
                    Speaker = speaker is null ? null : new RepresentativeId(speaker),
                    About = [.. about],
                    Stances = [.. stances],
                },
                Occurred = when,
                Recorded = recorded,
                Source = source,
            });
        Scenario Says(Scenario scenario, string id, string party, StatementKind kind, string quote, Moment when, string? speaker = null, params StanceTaken[] stances) =>
            SaysAbout(scenario, id, party, kind, quote, when, speaker, [], stances);
        StanceTaken On(string demand, Stance stance) => new(SubjectRef.Demand(new DemandId(demand)), stance);
        SubjectRef DemandRef(string demand) => SubjectRef.Demand(new DemandId(demand));

        // "Supports d-eu-phasing": the EU's support of the European Council's demand, an acceptance of it.
        s = Says(s, "st-01", "eu", StatementKind.Assessment, "\"outstanding unity of all the 27 leaders\" on the guidelines", new LocalDate(2017, 4, 29), "donald-tusk",
            On("d-eu-phasing", Stance.Accepts));

        // Rounds: the Council's authorisation, then the EU–UK rounds at the Berlaymont (confirmed for rounds 2 and 3,
        // assumed for the others: UNCONFIRMED).
        var memberStates = eu27.Select(m => new RoundSide(new PartyId(m.Id))).ToArray();
        Scenario Plan(Scenario scenario, Round round, Moment agreedOn, bool agreed = true) =>
            scenario.Then(new RoundPlanned { Round = round, Agreed = agreed, Occurred = agreedOn, Recorded = recorded, Source = source });
        Scenario Hold(Scenario scenario, string round, Moment start, Moment? end = null, params Attendance[] attendance) =>
            scenario.Then(new RoundHeld { Round = new RoundId(round), Ended = end, Attendance = [.. attendance], Occurred = start, Recorded = recorded, Source = source });
        Scenario Conclude(Scenario scenario, string round, Moment when, string summary, params string[] handedOver) =>
            scenario.Then(new RoundConcluded
            {
                Round = new RoundId(round),
                Outcome = new RoundOutcome(summary) { DocumentsHandedOver = [.. handedOver.Select(d => new DocumentId(d))] },
                Occurred = when,
                Recorded = recorded,
                Source = source,
            });
        // Chaired by Donald Tusk until 2019-11-30, the last day of his term.
        Round EuInternal(string id, string title, Moment when, RoundKind kind = RoundKind.InternalDecision) =>
            new(new RoundId(id), RoundFormat.Multilateral, [.. memberStates], when)
            {
                Title = title,
                Kind = kind,
                Venue = europeBuilding,
                ChairPerson = when.LatestDate <= new LocalDate(2019, 11, 30) ? new RepresentativeId("donald-tusk") : null,
            };
        RoundSide Side(string party, string? head, params string[] members) =>
            new(new PartyId(party), new Delegation(head is null ? null : new RepresentativeId(head), [.. members.Select(m => new RepresentativeId(m))]));
        Round Talks(string id, string title, Moment planned, RoundKind kind = RoundKind.NegotiatingSession, string ukHead = "david-davis", string euHead = "michel-barnier") =>
            new(new RoundId(id), RoundFormat.Bilateral, [Side("eu", euHead), Side("uk", ukHead)], planned) { Title = title, Kind = kind, Venue = berlaymont };

        var day1 = new LocalDate(2017, 4, 29);
        s = Plan(s, EuInternal("euco-2017-04-29", "Special European Council (Art. 50)", day1), day1);
        s = Hold(s, "euco-2017-04-29", day1);
        s = Conclude(s, "euco-2017-04-29", day1, "Guidelines adopted unanimously.", "doc-euco-guidelines-2017-04");
        var gac = new LocalDate(2017, 5, 22);
        s = Plan(s, EuInternal("gac-2017-05-22", "General Affairs Council (Art. 50)", gac) with { ChairPerson = null }, gac); // chaired by Louis Grech (Malta), not a representative of the sheet's table
        s = Hold(s, "gac-2017-05-22", gac);
        s = Paper(s, Public("doc-council-directives-2017-05", DocumentKind.Decision, "Decision authorising the opening of negotiations; Commission nominated as negotiator", ["council-eu"], "european-commission"), gac, null);
        s = Conclude(s, "gac-2017-05-22", gac, "Negotiations authorised; directives; Art. 50 working party created.", "doc-council-directives-2017-05");

        // Round 1: "week of 19 June", stated by Barnier on 2017-05-22/24; no negotiation without notification and authorisation.
        s = Plan(s, Talks("r2017-1", "Round 1", DateWindow.WeekOf(new LocalDate(2017, 6, 19))) with
        {
            Precondition = Precondition.DocumentPresented(new DocumentId("doc-a50-letter")) & Precondition.RoundConcluded(new RoundId("gac-2017-05-22")),
        }, DateWindow.Between(gac, new LocalDate(2017, 5, 24)));
        s = Happened(s, "uk-election-2017", "UK general election: the Conservatives lose their majority and rely on the DUP.", new LocalDate(2017, 6, 8), "uk", "dup"); // agreement with the DUP: date UNCONFIRMED
        var round1 = new LocalDate(2017, 6, 19);
        s = Hold(s, "r2017-1", round1, round1);
        s = Paper(s, Public("doc-terms-of-reference", DocumentKind.PlanOfAction, "Terms of reference for the Art. 50 negotiations", ["uk", "european-commission"]),
            round1, new Handover(Round: new RoundId("r2017-1"))); // document date UNCONFIRMED; agreed at round 1
        // "d-eu-phasing accepted": the agreement Barnier reports is about the phasing; the acceptance is the UK's (next).
        s = SaysAbout(s, "st-02", "eu", StatementKind.Agreement, "Today we agreed on dates, we agreed on organisation and we agreed on priorities", round1, "michel-barnier",
            [DemandRef("d-eu-phasing")]);
        // A slug: the sheet gives the UK's acceptance at round 1 as the outcome of d-eu-phasing, with no statement id.
        s = Says(s, "uk-accepts-phasing", "uk", StatementKind.Acceptance, "The UK accepted the EU's phasing at round 1 (the sheet's outcome of d-eu-phasing).", round1, "david-davis",
            On("d-eu-phasing", Stance.Accepts));
        s = Conclude(s, "r2017-1", round1, "Terms of reference, dates and priorities agreed.", "doc-terms-of-reference");
        s = Settle(s, "d-uk-parallel", DemandOutcome.NotMet, round1, "Rejected; EU sequencing applied.");

        // The structure agreed at round 1 leaves the Ireland/Northern Ireland dialogue and the WA's governance to the
        // coordinators, Weyand for the EU and Robbins for the UK (who became the PM's Europe Adviser on 2017-09-18, and was
        // DExEU's Permanent Secretary before). Weyand was Deputy Chief Negotiator to 2019-05-31: the day a holder leaves
        // belongs to the next, so she leaves on 2019-06-01. Robbins left in 2019, month UNCONFIRMED: he leaves within 2019.
        RoundRole Coordinator(string person, string side) => RoundRole.OfPerson(RoleKind.Coordinator, new RepresentativeId(person)) with { For = new PartyId(side) };
        s = s.Then(new RoleTaken { Role = Coordinator("sabine-weyand", "eu"), Occurred = round1, Recorded = recorded, Source = source });
        s = s.Then(new RoleTaken { Role = Coordinator("olly-robbins", "uk"), Occurred = round1, Recorded = recorded, Source = source });

        // Round 2 (programme published 2017-07-14): four days of sessions inside the round.
        s = Plan(s, Talks("r2017-2", "Round 2", new LocalDate(2017, 7, 17)) with
        {
            PlannedEnd = new LocalDate(2017, 7, 20),
            Roles = [RoundRole.OfPerson(RoleKind.Coordinator, new RepresentativeId("sabine-weyand")) with { For = new PartyId("eu") }],
        }, new LocalDate(2017, 7, 14));
        Round Session(string id, string title, Moment when, RoundKind kind, Moment? end = null) =>
            new(new RoundId(id), RoundFormat.Bilateral, [new RoundSide(new PartyId("eu")), new RoundSide(new PartyId("uk"))], when)
            {
                Title = title,
                Kind = kind,
                PartOf = new RoundId("r2017-2"),
                Venue = berlaymont,
                PlannedEnd = end,
            };
        s = Plan(s, Session("r2017-2-principals", "Principals meet", InBrussels(2017, 7, 17, 9, 15), RoundKind.LeadersMeeting), new LocalDate(2017, 7, 14));
        s = Plan(s, Session("r2017-2-opening", "Opening session", InBrussels(2017, 7, 17, 9, 30), RoundKind.Plenary), new LocalDate(2017, 7, 14));
        s = Plan(s, Session("r2017-2-coordinators", "Coordinators' meetings", new LocalDate(2017, 7, 17), RoundKind.CoordinatorsMeeting, new LocalDate(2017, 7, 20)), new LocalDate(2017, 7, 14));
        s = Plan(s, Session("r2017-2-groups", "Negotiating groups", new LocalDate(2017, 7, 17), RoundKind.ExpertTalks, new LocalDate(2017, 7, 19)), new LocalDate(2017, 7, 14));
        s = Plan(s, Session("r2017-2-closing", "Closing plenary", new LocalDate(2017, 7, 20), RoundKind.Plenary), new LocalDate(2017, 7, 14));
        s = Plan(s, Session("r2017-2-press", "Press conference", new LocalDate(2017, 7, 20), RoundKind.PressConference), new LocalDate(2017, 7, 14));
        // Davis attended the opening day; his attendance on later days is UNCONFIRMED, so no end is given for him.
        s = Hold(s, "r2017-2", new LocalDate(2017, 7, 17), new LocalDate(2017, 7, 20), new Attendance(new RepresentativeId("david-davis")));
        s = Hold(s, "r2017-2-principals", InBrussels(2017, 7, 17, 9, 15));
        s = Hold(s, "r2017-2-opening", InBrussels(2017, 7, 17, 9, 30));

        // The UK's position papers of August 2017: one document in the sheet (one id, six papers on six days). It is presented
        // with the first paper and each later day's revision adds that day's paper, so every paper keeps its own date.
        const string Papers = "doc-uk-position-papers-2017-08";
        (string Article, string Text)[] papers =
        [
            ("customs", "Customs (2017-08-15)."),
            ("ni-ireland", "Northern Ireland and Ireland (2017-08-16)."),
            ("goods-confidentiality", "Goods and confidentiality (2017-08-21)."),
            ("civil-judicial", "Civil judicial cooperation (2017-08-22)."),
            ("enforcement-disputes", "Enforcement and dispute resolution (2017-08-23)."),
            ("data", "Data (2017-08-24)."),
        ];
        s = Paper(s, Public(Papers, DocumentKind.PositionPaper, "UK position papers, August 2017", ["uk-government"], "eu"), new LocalDate(2017, 8, 15), null, papers[..1]);
        foreach (var (count, day) in new[] { (2, 16), (3, 21), (4, 22), (5, 23), (6, 24) })
        {
            s = Revise(s, Papers, "uk-government", new LocalDate(2017, 8, day), papers[..count]);
        }

        // Round 3, announced 2017-08-25.
        s = Plan(s, Talks("r2017-3", "Round 3", new LocalDate(2017, 8, 28)) with { PlannedEnd = new LocalDate(2017, 8, 31) }, new LocalDate(2017, 8, 25));
        s = Hold(s, "r2017-3", new LocalDate(2017, 8, 28), new LocalDate(2017, 8, 31)); // afternoon start
        // Presses the EU's own demands: about them, with no stance (a position is an answer to a demand, not its author's).
        s = SaysAbout(s, "st-03", "eu", StatementKind.Demand, "We must start negotiating seriously.", new LocalDate(2017, 8, 28), "michel-barnier",
            [DemandRef("d-financial-settlement"), DemandRef("d-citizens-rights")]);
        // "Resists d-eu-phasing rigidity": an appeal about the phasing, not a rejection (the UK had accepted it at round 1).
        s = SaysAbout(s, "st-04", "uk", StatementKind.Appeal, "Asked for \"flexibility and imagination\" from both sides.", new LocalDate(2017, 8, 28), "david-davis",
            [DemandRef("d-eu-phasing")]);

        // Round 4: pencilled for 2017-09-18 within the four-week cycles agreed at round 1 (when it was pencilled is not in
        // the sheet: between round 1 and the postponement); postponed on 2017-09-12, jointly, by one week.
        s = Plan(s, Talks("r2017-4", "Round 4", new LocalDate(2017, 9, 18)), DateWindow.Between(round1, new LocalDate(2017, 9, 11)), agreed: false);
        s = s.Then(new RoundPostponed
        {
            Round = new RoundId("r2017-4"),
            Reason = "Jointly agreed one-week delay, to allow more consultation, around May's Florence speech (2017-09-22).",
            NewPlanned = new LocalDate(2017, 9, 25),
            Occurred = new LocalDate(2017, 9, 12),
            Recorded = recorded,
            Source = source,
        });
        s = Happened(s, "florence-speech", "May's Florence speech: the UK will honour its commitments; a ~2-year implementation period.", new LocalDate(2017, 9, 22), "uk");
        s = Says(s, "florence-speech-transition", "uk", StatementKind.Proposal, "An implementation period of around two years.", new LocalDate(2017, 9, 22), "theresa-may");
        s = Demand(s, D("d-uk-transition", "uk", "eu", "An implementation period of around two years.", "transition")
            with { Kind = DemandKind.Timing, Source = DemandSource.InStatement(new StatementId("florence-speech-transition")) }, new LocalDate(2017, 9, 22));
        s = Hold(s, "r2017-4", new LocalDate(2017, 9, 25), new LocalDate(2017, 9, 28));

        s = Plan(s, Talks("r2017-5", "Round 5", new LocalDate(2017, 10, 9)) with { PlannedEnd = new LocalDate(2017, 10, 12) }, DateWindow.Between(new LocalDate(2017, 9, 28), new LocalDate(2017, 10, 8)));
        s = Hold(s, "r2017-5", new LocalDate(2017, 10, 9), new LocalDate(2017, 10, 12));
        s = SaysAbout(s, "st-05", "eu", StatementKind.Assessment, "Deadlock on the financial settlement \"very disturbing\".", new LocalDate(2017, 10, 12), "michel-barnier",
            [DemandRef("d-financial-settlement")]); // the demand unmet

        var october = new LocalDate(2017, 10, 20);
        s = Plan(s, EuInternal("euco-2017-10-20", "European Council (Art. 50)", october) with { PlannedEnd = october }, DateWindow.Between(new LocalDate(2017, 9, 1), october));
        s = Hold(s, "euco-2017-10-20", october);
        s = Paper(s, Public("doc-euco-concl-2017-10", DocumentKind.Conclusions, "European Council (Art. 50) conclusions: progress not yet sufficient", ["european-council"]), october, null,
            ("progress", "Progress not yet sufficient; reassess in December; internal preparatory work on phase 2."),
            ("financial", "The UK to settle all obligations of membership."));
        s = Conclude(s, "euco-2017-10-20", october, "Progress not sufficient; reassess in December.", "doc-euco-concl-2017-10");

        s = Plan(s, Talks("r2017-6", "Round 6", new LocalDate(2017, 11, 9)) with { PlannedEnd = new LocalDate(2017, 11, 10) }, new LocalDate(2017, 10, 31));
        s = Hold(s, "r2017-6", new LocalDate(2017, 11, 9), new LocalDate(2017, 11, 10));
        // Barnier's two-week deadline for the UK's clarification (~2017-11-24, day precision). When the UK responded is
        // UNCONFIRMED; the outcome was the Joint Report of 2017-12-08, so it was met sometime between the day it was set
        // and then (recorded with the Joint Report): whether the day was missed is undetermined.
        var round6End = new LocalDate(2017, 11, 10);
        s = Due(s, new Deadline(new DeadlineId("dl-barnier-2w"), new PartyId("eu"), "The UK's clarification within two weeks (Michel Barnier, 2017-11-10).", new LocalDate(2017, 11, 24))
        {
            Subject = SubjectRef.Demand(new DemandId("d-financial-settlement")),
        }, round6End);
        s = SaysAbout(s, "st-06", "eu", StatementKind.Warning, "We are not asking the UK for concessions, nor are we planning to make any concessions ourselves", round6End, "michel-barnier",
            [DemandRef("d-financial-settlement"), SubjectRef.Deadline(new DeadlineId("dl-barnier-2w"))]);

        // The EU's "absolute deadline" of 2017-12-04 for the UK's offers before the December summit (reported). When it was
        // set is not in the sheet: after round 6, by the day itself. It slipped "de facto" to 2017-12-08, which no one
        // decided, so no extension is recorded: the day was missed and the offers came with the Joint Report.
        s = Due(s, new Deadline(new DeadlineId("dl-eu-offers"), new PartyId("eu"), "The UK's offers by 2017-12-04, before the European Council of 2017-12-15 (\"absolute deadline\", reported).", new LocalDate(2017, 12, 4)),
            DateWindow.Between(round6End, new LocalDate(2017, 12, 4)));

        // The May–Juncker lunch of 4 December ("absolute deadline" for UK offers) and the Joint Report of 8 December.
        s = Plan(s, new Round(new RoundId("s2017-12-04"), RoundFormat.Bilateral, [Side("eu", "jean-claude-juncker", "michel-barnier"), Side("uk", "theresa-may")], new LocalDate(2017, 12, 4))
        {
            Title = "May–Juncker lunch",
            Kind = RoundKind.LeadersMeeting,
        }, DateWindow.Between(new LocalDate(2017, 11, 10), new LocalDate(2017, 12, 3)));
        s = Hold(s, "s2017-12-04", new LocalDate(2017, 12, 4));
        s = Conclude(s, "s2017-12-04", new LocalDate(2017, 12, 4), "No agreement (NI wording; DUP objection reported, UNCONFIRMED).");
        s = Plan(s, new Round(new RoundId("s2017-12-08"), RoundFormat.Bilateral, [Side("eu", "jean-claude-juncker"), Side("uk", "theresa-may")], new LocalDate(2017, 12, 8))
        {
            Title = "Joint Report meeting",
            Kind = RoundKind.LeadersMeeting,
            Venue = new Venue("Brussels", Brussels),
        }, DateWindow.Between(new LocalDate(2017, 12, 4), new LocalDate(2017, 12, 7)));
        s = Hold(s, "s2017-12-08", new LocalDate(2017, 12, 8));
        s = Paper(s, Public("doc-joint-report", DocumentKind.Report, "Joint report from the negotiators on progress during phase 1 (TF50 (2017) 19)", ["eu", "uk"], "european-council"),
            new LocalDate(2017, 12, 8), new Handover(Round: new RoundId("s2017-12-08")),
            ("citizens", "Citizens' rights agreed."),
            ("financial", "Methodology of the financial settlement."),
            ("49", "Absent agreed solutions, the UK will maintain full alignment with the rules of the Internal Market and the Customs Union which support North-South cooperation and the protection of the 1998 Agreement."),
            ("naaea", "Nothing is agreed until everything is agreed."));
        s = Conclude(s, "s2017-12-08", new LocalDate(2017, 12, 8), "Joint Report agreed.", "doc-joint-report");
        s = Says(s, "st-07", "eu", StatementKind.Assessment, "Let me be clear, we still have a lot of work to do.", new LocalDate(2017, 12, 8), "jean-claude-juncker",
            new StanceTaken(SubjectRef.Document(new DocumentId("doc-joint-report")), Stance.Accepts)); // welcomes the Joint Report
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-eu-offers"), Occurred = new LocalDate(2017, 12, 8), Recorded = recorded, Source = source }); // late: agreement on 2017-12-08
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-barnier-2w"), Occurred = DateWindow.Between(round6End, new LocalDate(2017, 12, 8)), Recorded = recorded, Source = source }); // UNCONFIRMED when
        s = Settle(s, "d-naaea", DemandOutcome.Met, new LocalDate(2017, 12, 8), "Maintained; the Joint Report carries the caveat.", In("doc-joint-report", 1, "naaea"));
        foreach (var (demand, article) in new[] { ("d-citizens-rights", "citizens"), ("d-financial-settlement", "financial") })
        {
            s = Settle(s, demand, DemandOutcome.Met, new LocalDate(2017, 12, 8), "Agreed in the Joint Report; carried into the Withdrawal Agreement.", In("doc-joint-report", 1, article));
        }

        // "Sufficient progress" (European Council, 15 December) opens phase 2.
        var december = new LocalDate(2017, 12, 15);
        s = Plan(s, EuInternal("euco-2017-12-15", "European Council (Art. 50)", new LocalDate(2017, 12, 14)) with { PlannedEnd = december }, october);
        s = Hold(s, "euco-2017-12-15", new LocalDate(2017, 12, 14), december);
        s = Happened(s, "sufficient-progress", "The European Council (Art. 50) finds \"sufficient progress\" in phase 1.", december, "european-council");
        s = Paper(s, Public("doc-euco-guidelines-2017-12", DocumentKind.Guidelines, "Guidelines for phase 2 (transition, framework for future relationship)", ["european-council"], "european-commission"), december, null,
            ("transition", "Notes the UK's request for a transition period."));
        s = Conclude(s, "euco-2017-12-15", december, "\"Sufficient progress\"; phase-2 guidelines.", "doc-euco-guidelines-2017-12");
        s = Settle(s, "d-eu-phasing", DemandOutcome.Met, december, "Accepted by the UK at round 1; sufficient progress decided 2017-12-15.");

        s = Paper(s, Public("doc-council-directives-2018-01", DocumentKind.Guidelines, "Negotiating directives on transition", ["council-eu"], "european-commission"), new LocalDate(2018, 1, 29), null,
            ("transition", "Supplementary negotiating directives on transition."));

        // The draft Withdrawal Agreement and its revisions.
        const string Wa = "doc-draft-wa";
        s = Paper(s, Public(Wa, DocumentKind.DraftTreaty, "Agreement on the withdrawal of the UK from the EU and Euratom", ["european-commission", "uk"]), new LocalDate(2018, 2, 28), null,
            ("part-two", "Citizens' rights."),
            ("protocol-ie-ni", "A common regulatory area of the Union and the UK in respect of Northern Ireland (backstop for Northern Ireland alone)."));
        s = Demand(s, D("d-eu-ni-backstop", "european-commission", "uk", "A common regulatory area covering Northern Ireland only, as legal fallback.", "irish-border")
            with { Source = DemandSource.InProvision(new DocumentId(Wa), 1, "protocol-ie-ni") }, new LocalDate(2018, 2, 28));
        s = Says(s, "st-08", "uk", StatementKind.Rejection, "The NI text would threaten UK constitutional integrity and \"no UK prime minister could ever agree to it\"", new LocalDate(2018, 2, 28), "theresa-may",
            On("d-eu-ni-backstop", Stance.Rejects));
        s = Happened(s, "mansion-house-speech", "May's Mansion House speech on the future partnership.", new LocalDate(2018, 3, 2), "uk");
        // Revision 2 of 2018-03-15: an updated Commission draft whose changes are UNCONFIRMED; its text is kept as before.
        s = Revise(s, Wa, "european-commission", new LocalDate(2018, 3, 15),
            ("part-two", "Citizens' rights."),
            ("protocol-ie-ni", "A common regulatory area of the Union and the UK in respect of Northern Ireland (backstop for Northern Ireland alone)."));

        s = Plan(s, Talks("r2018-03", "March 2018 round", new LocalDate(2018, 3, 16)) with
        {
            PlannedEnd = new LocalDate(2018, 3, 19),
            Precondition = Precondition.DevelopmentOccurred(new DevelopmentId("sufficient-progress")),
        }, DateWindow.Between(december, new LocalDate(2018, 3, 15)));
        s = Hold(s, "r2018-03", new LocalDate(2018, 3, 16), new LocalDate(2018, 3, 19));
        s = Revise(s, Wa, "european-commission", new LocalDate(2018, 3, 19),
            ("part-two", "Citizens' rights (green: agreed at negotiator level)."),
            ("126", "Transition starts on entry into force and ends on 2020-12-31 (green)."),
            ("protocol-ie-ni", "A legally operative backstop must form part of the legal text; operational approach not agreed."));
        s = Says(s, "st-09", "eu", StatementKind.Acceptance, "Agreement on a large part of the text is a \"decisive step\"", new LocalDate(2018, 3, 19), "michel-barnier",
            On("d-uk-transition", Stance.Accepts));
        s = Conclude(s, "r2018-03", new LocalDate(2018, 3, 19), "Colour-coded draft; transition agreed.");
        var march19 = new LocalDate(2018, 3, 19);
        s = Settle(s, "d-uk-transition", DemandOutcome.Met, march19, "The EU agreed a transition to 2020-12-31 (the end of the MFF).", In(Wa, 3, "126"));

        // The negotiators' target (2018-03-19): finalise the WA by October 2018 (month precision). Missed: the text was
        // agreed on 2018-11-14, in the final phase-2 talks of the coordinators' teams.
        s = Due(s, new Deadline(new DeadlineId("dl-wa-october"), new PartyId("eu"), "Finalise the Withdrawal Agreement by October 2018.", new LocalDate(2018, 10, 31))
        {
            JointlyWith = [new PartyId("uk")],
            DueWithin = DateWindow.In(new YearMonth(2018, 10)),
            Subject = SubjectRef.Document(new DocumentId(Wa)),
        }, march19);
        // The sheet's planned column for these talks is the target, "by October" 2018; they are held as the days they
        // concluded (2018-11-13/14), since when they began is not in the sheet.
        var concluded = DateWindow.Between(new LocalDate(2018, 11, 13), new LocalDate(2018, 11, 14));
        s = Plan(s, Talks("r2018-11", "Final phase-2 talks", DateWindow.In(new YearMonth(2018, 10)), RoundKind.ExpertTalks, ukHead: "olly-robbins", euHead: "sabine-weyand"), march19);

        var march23 = new LocalDate(2018, 3, 23);
        s = Plan(s, EuInternal("euco-2018-03-23", "European Council (Art. 50)", march23), march23); // when it was convened is not in the sheet
        s = Hold(s, "euco-2018-03-23", march23);
        s = Paper(s, Public("doc-euco-guidelines-2018-03", DocumentKind.Guidelines, "Guidelines on the framework for the future relationship", ["european-council"], "european-commission"), march23, null,
            ("future-relationship", "The framework for the future relationship."));
        s = Conclude(s, "euco-2018-03-23", march23, "Future-relationship guidelines.", "doc-euco-guidelines-2018-03");

        // Chequers (2018-07-06) and the resignations it brought; the White Paper followed on 2018-07-12.
        s = Happened(s, "chequers-plan", "The Cabinet agrees the Chequers plan.", new LocalDate(2018, 7, 6), "uk-government");
        s = Happened(s, "davis-resigns", "David Davis resigns as Secretary of State for Exiting the EU (late on Sunday 2018-07-08).", new LocalDate(2018, 7, 8), "uk-government");
        s = SaysAbout(s, "st-10", "uk", StatementKind.Assessment, "The department needs an enthusiastic believer, \"not just a reluctant conscript\"", new LocalDate(2018, 7, 8), "david-davis",
            [SubjectRef.Development(new DevelopmentId("chequers-plan"))]); // against the Chequers approach
        s = Happened(s, "johnson-resigns", "Boris Johnson resigns as Foreign Secretary over Chequers.", new LocalDate(2018, 7, 9), "uk-government");
        s = Happened(s, "chequers-white-paper", "The Chequers White Paper is published.", new LocalDate(2018, 7, 12), "uk-government");

        var october2018 = new LocalDate(2018, 10, 17);
        s = Plan(s, EuInternal("euco-2018-10-17", "European Council (Art. 50) working dinner", october2018), october2018); // when it was convened is not in the sheet
        s = Hold(s, "euco-2018-10-17", october2018);
        s = Conclude(s, "euco-2018-10-17", october2018, "Not enough progress; ready to convene when there is \"decisive progress\".");

        s = Hold(s, "r2018-11", concluded, concluded);
        s = Revise(s, Wa, "european-commission", new LocalDate(2018, 11, 14),
            ("part-two", "Citizens' rights."),
            ("126", "Transition starts on entry into force and ends on 2020-12-31."),
            // Art. 132's length was left open on 14 November and filled in before the endorsement of 25 November.
            ("132", "The Joint Committee may, before 2020-07-01, adopt a single decision extending transition for up to one or two years."),
            ("185", "Entry into force on 2019-03-30."),
            ("protocol-ie-ni", "Backstop: a single EU–UK customs territory (UK-wide) plus Northern Ireland regulatory alignment, with no unilateral exit."));
        s = Settle(s, "d-eu-ni-backstop", DemandOutcome.Overtaken, new LocalDate(2018, 11, 14), "Replaced by the UK-wide customs backstop.", In(Wa, 4, "protocol-ie-ni"));
        s = Conclude(s, "r2018-11", new LocalDate(2018, 11, 14), "Text agreed at negotiator level on 2018-11-14; the October target missed.");
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-wa-october"), Occurred = new LocalDate(2018, 11, 14), Recorded = recorded, Source = source }); // late

        // The Withdrawal Agreement as an agreement whose lifecycle the case follows, from the text agreed on 2018-11-14: a
        // draft (no adoption: it was endorsed, voted on, signed and concluded). Its parties are the two Art. 185 speaks of,
        // the Union and the United Kingdom. Entry into force (Art. 185 of the signed text): the day after the end of the
        // Art. 50(3) period as extended, provided both parties have notified the completion of their internal procedures,
        // the notifications being read as the two parties' consents (the Council's conclusion, the UK's instrument).
        // "The period as extended" is dl-a50's day in force, read by the case with every extension and early end: the
        // rule was agreed when the period ended on 2019-03-29 and follows it to 2020-01-31, so the day after is
        // 2020-02-01, as the sheet computes it. The proviso "before that date" is read as "by that day" (the later of the
        // two), which gives the same day here: both came before 2020-01-31.
        // Transition (Art. 126): ends on 2020-12-31.
        s = s.Then(new AgreementDrafted
        {
            Agreement = new Agreement(
                new AgreementId("wa"),
                new DocumentId(Wa),
                [new PartyId("eu"), new PartyId("uk")],
                MilestoneRule.AllOf(MilestoneRule.After(new DeadlineId("dl-a50"), Period.FromDays(1)), MilestoneRule.After(AgreementStepKind.Ratification, Period.Zero, count: 2)))
            {
                Milestones = [new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.On(new LocalDate(2020, 12, 31)))],
            },
            Occurred = new LocalDate(2018, 11, 14),
            Recorded = recorded,
            Source = source,
        });

        s = Happened(s, "raab-mcvey-resign", "Dominic Raab and Esther McVey resign over the draft WA.", new LocalDate(2018, 11, 15), "uk-government");
        // "Supports d-uk-backstop-exit": that demand is tabled only in January 2019 (Commons amendment (f) of 2019-01-15,
        // Brady amendment of 2019-01-29), so st-11 cannot name it; the demand, when tabled, names st-11 as a statement it
        // formalises.
        s = Says(s, "st-11", "uk", StatementKind.Demand, "I cannot support an indefinite backstop arrangement, where the EU holds a veto over our ability to exit", new LocalDate(2018, 11, 15), "dominic-raab");

        // The Political Declaration: a draft of 2018-11-22, approved on 2018-11-25, revised on 2019-10-17.
        const string Pd = "doc-political-declaration";
        s = Paper(s, Public(Pd, DocumentKind.Declaration, "Political Declaration setting out the framework for the future relationship", ["eu", "uk"]), new LocalDate(2018, 11, 22), null,
            ("framework", "The framework for the future relationship."));

        var endorsement = InBrussels(2018, 11, 25, 9, 30);
        s = Plan(s, EuInternal("euco-2018-11-25", "Special European Council (Art. 50)", endorsement), DateWindow.Between(new LocalDate(2018, 11, 14), new LocalDate(2018, 11, 24)));
        s = Hold(s, "euco-2018-11-25", endorsement);
        s = Says(s, "st-12", "eu", StatementKind.Assessment, "we will remain friends until the end of days, and one day longer", new LocalDate(2018, 11, 25), "donald-tusk",
            new StanceTaken(SubjectRef.Document(new DocumentId(Wa)), Stance.Accepts)); // endorses the WA
        s = s.Then(new RoundConcluded
        {
            Round = new RoundId("euco-2018-11-25"),
            Outcome = new RoundOutcome("WA endorsed; Political Declaration approved; aim: entry into force on 2019-03-30.") { Statements = [new StatementId("st-12")] },
            Occurred = new LocalDate(2018, 11, 25),
            Recorded = recorded,
            Source = source,
        });
        s = Step(s, "wa", AgreementStepKind.Endorsement, new LocalDate(2018, 11, 25), "eu"); // by the European Council (2018 text)

        // The first meaningful vote, set for 2018-12-11 (when it was set is not in the sheet: after the agreement of
        // 2018-11-14 it is about, by the postponement), postponed on 2018-12-10 and held late on 2019-01-15 (lost 202–432).
        s = Due(s, new Deadline(new DeadlineId("dl-mv1"), new PartyId("uk-government"), "The meaningful vote of the House of Commons on the Withdrawal Agreement.", new LocalDate(2018, 12, 11))
        {
            Subject = SubjectRef.Document(new DocumentId(Wa)),
        }, DateWindow.Between(new LocalDate(2018, 11, 14), new LocalDate(2018, 12, 10)));
        s = s.Then(new DeadlineExtended { Deadline = new DeadlineId("dl-mv1"), NewDue = new LocalDate(2019, 1, 15), By = new PartyId("uk-government"), Occurred = new LocalDate(2018, 12, 10), Recorded = recorded, Source = source });
        s = Happened(s, "may-confidence-vote", "May survives a confidence vote among Conservative MPs.", DateWindow.In(new YearMonth(2018, 12)), "uk"); // day 12 UNCONFIRMED; tally UNCONFIRMED
        // The Union's signature authorisation of the 2018 text ("Signature authorisation (EU)" in the sheet): a decision, Other.
        s = Happened(s, "council-signing-decision-2019", "Council Decision (EU) 2019/274 authorises the signature of the Withdrawal Agreement (2018 text).", new LocalDate(2019, 1, 11), "council-eu");
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-mv1"), Occurred = new LocalDate(2019, 1, 15), Recorded = recorded, Source = source }); // held, and lost 202–432
        // The meaningful votes lost are the Commons' rejections of the text (MV1 202–432, a majority against of 230).
        s = Step(s, "wa", AgreementStepKind.Rejection, new LocalDate(2019, 1, 15), "uk");
        s = Happened(s, "no-confidence-2019", "The Government survives a Commons no-confidence motion, 325–306.", new LocalDate(2019, 1, 16), "house-of-commons");

        // The backstop's exit (Brady amendment, passed 317–301): dated 2019-01-29; one source says 2019-01-30 (UNCONFIRMED).
        // It formalises Raab's st-11 of 2018-11-15 ("I cannot support an indefinite backstop arrangement").
        s = Demand(s, D("d-uk-backstop-exit", "uk", "eu", "A time limit or unilateral exit from the backstop; \"alternative arrangements\".", "irish-border")
            with { Formalises = [new StatementId("st-11")] },
            new LocalDate(2019, 1, 29), new Report(new Source("Single source (UNCONFIRMED)", new LocalDate(2019, 1, 30)), new LocalDate(2019, 1, 30)));
        s = Paper(s, Public("doc-strasbourg-instruments", DocumentKind.Declaration, "Joint Instrument relating to the WA + UK Unilateral Declaration", ["uk-government", "european-commission"]) with
        {
            Interprets = [new DocumentId(Wa)],
        }, new LocalDate(2019, 3, 11), null, ("assurances", "Backstop assurances."));
        s = Step(s, "wa", AgreementStepKind.Rejection, new LocalDate(2019, 3, 12), "uk"); // MV2 lost 242–391 (149)
        s = Happened(s, "no-deal-vote", "The Commons rejects a no-deal exit (amended motion, 321–278).", new LocalDate(2019, 3, 13), "house-of-commons");

        // The Prime Minister's letters asking to extend the Article 50 period: one document in the sheet (one id, letters of
        // three days). It is presented with the first letter and each later letter is a revision that adds it, so every
        // letter keeps its own date and each request is carried by the revision that brought it.
        const string Letters = "doc-uk-extension-letters";
        (string Article, string Text)[] letters =
        [
            ("letter-2019-03-20", "Extend the Article 50 period to 2019-06-30."),
            ("letter-2019-04-05", "Extend the Article 50 period to 2019-06-30."),
            ("letter-2019-10-19", "Extend the Article 50 period to 2020-01-31 (the Benn Act letter, unsigned)."),
            ("covering-letter-2019-10-19", "Signed covering letter."),
        ];
        Demand Request(string id, string text, int revision, string article) =>
            D(id, "uk", "european-council", text, "article-50-period") with { Kind = DemandKind.Timing, Source = DemandSource.InProvision(new DocumentId(Letters), revision, article) };
        s = Paper(s, Public(Letters, DocumentKind.Letter, "PM letters asking to extend the Article 50 period", ["uk"], "european-council"),
            new LocalDate(2019, 3, 20), new Handover(new RepresentativeId("theresa-may"), new RepresentativeId("donald-tusk")), letters[..1]);
        s = Demand(s, Request("d-ext-request-1", "Extend to 2019-06-30.", 1, "letter-2019-03-20"), new LocalDate(2019, 3, 20));

        // The European Council of 21 March: the extension agreed in principle; no reopening of the WA. The demand is carried
        // by its conclusions (and those of 2019-04-10), which the sheet does not list as documents: it has no source here.
        var march21 = new LocalDate(2019, 3, 21);
        s = Plan(s, EuInternal("euco-2019-03-21", "European Council (Art. 50)", march21), march21); // when it was convened is not in the sheet
        s = Hold(s, "euco-2019-03-21", march21);
        s = Demand(s, D("d-eu-no-reopening", "european-council", "uk", "No reopening of the WA; unilateral statements must fit its letter and spirit.", "governance")
            with { ConflictsWith = [new DemandId("d-uk-backstop-exit")] }, march21);
        s = Conclude(s, "euco-2019-03-21", march21, "Extension agreed in principle (to 2019-05-22 or 2019-04-12).");

        // The first extension (Decision (EU) 2019/476; political agreement 2019-03-21, formal decision 2019-03-22): to
        // 2019-05-22 if the Commons approved the WA by 2019-03-29 (dl-mv-by-0329, set by the decision), otherwise to
        // 2019-04-12. MV3 was lost on 2019-03-29 (286–344), so the condition failed and 2019-04-12 applied.
        var march22 = new LocalDate(2019, 3, 22);
        s = Paper(s, Public("doc-ext-decision-1", DocumentKind.Decision, "European Council Decision (EU) 2019/476 extending the period under Art. 50(3) TEU", ["european-council"]), march22, null,
            ("extension", "The period is extended to 2019-05-22 if the House of Commons approves the Withdrawal Agreement by 2019-03-29, otherwise to 2019-04-12."));
        s = Due(s, new Deadline(new DeadlineId("dl-mv-by-0329"), new PartyId("european-council"), "Commons approval of the Withdrawal Agreement by 2019-03-29, for the 2019-05-22 branch of the extension (Decision (EU) 2019/476).", new LocalDate(2019, 3, 29))
        {
            Subject = SubjectRef.Document(new DocumentId(Wa)),
        }, march22);
        s = Extend(s, new LocalDate(2019, 4, 12), march22, EarlyEnd.None, new DueBranch(new LocalDate(2019, 5, 22), new DeadlineId("dl-mv-by-0329")));
        s = Settle(s, "d-ext-request-1", DemandOutcome.Compromise, march22, "Granted differently: 2019-05-22 if the Commons approved the WA by 2019-03-29, otherwise 2019-04-12.", In("doc-ext-decision-1", 1, "extension"));
        s = Happened(s, "indicative-votes-1", "\"Indicative votes\": no option gains a majority.", new LocalDate(2019, 3, 27), "house-of-commons");
        s = Step(s, "wa", AgreementStepKind.Rejection, new LocalDate(2019, 3, 29), "uk"); // MV3 lost 286–344 (58; the WA without the PD)
        s = Happened(s, "indicative-votes-2", "\"Indicative votes\", second round: no option gains a majority.", new LocalDate(2019, 4, 1), "house-of-commons");

        // The second letter, and the special European Council of 10 April.
        s = Revise(s, Letters, "uk", new LocalDate(2019, 4, 5), letters[..2]);
        s = Demand(s, Request("d-ext-request-2", "Extend to 2019-06-30.", 2, "letter-2019-04-05"), new LocalDate(2019, 4, 5));
        var april10 = new LocalDate(2019, 4, 10);
        s = Plan(s, EuInternal("euco-2019-04-10", "Special European Council (Art. 50)", april10), april10); // when it was convened is not in the sheet
        s = Hold(s, "euco-2019-04-10", april10);
        s = Conclude(s, "euco-2019-04-10", april10, "Extension to 2019-10-31.");

        // The second extension (Decision (EU) 2019/584; political agreement 2019-04-10, formal 2019-04-11): up to 2019-10-31,
        // earlier on ratification (an earlier end the WA was never ratified in time for). Still a member on 2019-05-23..26
        // with the WA unratified by 2019-05-22, the UK had to hold the European Parliament elections, or leave on 2019-06-01.
        var april11 = new LocalDate(2019, 4, 11);
        s = Paper(s, Public("doc-ext-decision-2", DocumentKind.Decision, "European Council Decision (EU) 2019/584 extending the period under Art. 50(3) TEU", ["european-council"]), april11, null,
            ("extension", "The period is extended up to 2019-10-31, earlier on ratification."),
            ("ep-elections", "If still a member on 2019-05-23..26 and the WA is not ratified by 2019-05-22, the UK holds the European Parliament elections, otherwise it leaves on 2019-06-01."));
        s = Due(s, new Deadline(new DeadlineId("dl-ep-elections"), new PartyId("european-council"), "Hold the European Parliament elections in the UK if still a member on 2019-05-23..26, otherwise leave on 2019-06-01 (Decision (EU) 2019/584).", new LocalDate(2019, 5, 26))
        {
            Subject = SubjectRef.Document(new DocumentId("doc-ext-decision-2")),
        }, april11);
        s = Extend(s, new LocalDate(2019, 10, 31), april11); // "earlier on ratification": the sheet gives no rule for when
        s = Settle(s, "d-ext-request-2", DemandOutcome.Compromise, april11, "Granted differently: up to 2019-10-31, earlier on ratification.", In("doc-ext-decision-2", 1, "extension"));

        // The UK took part in the European Parliament elections: the EU's window was 2019-05-23..26; the UK's polling day,
        // 2019-05-23, is UNCONFIRMED, so the elections are dated by the window.
        var epElections = DateWindow.Between(new LocalDate(2019, 5, 23), new LocalDate(2019, 5, 26));
        s = Happened(s, "ep-elections-2019", "The UK takes part in the European Parliament elections.", epElections, "uk");
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-ep-elections"), Occurred = epElections, Recorded = recorded, Source = source });
        s = Happened(s, "may-resignation-announced", "Theresa May announces her resignation.", new LocalDate(2019, 5, 24), "uk"); // date from general reference, UNCONFIRMED
        s = s.Then(new RoleLeft { Role = Coordinator("sabine-weyand", "eu"), Occurred = new LocalDate(2019, 6, 1), Recorded = recorded, Source = source });
        s = s.Then(new RoleLeft { Role = Coordinator("olly-robbins", "uk"), Occurred = DateWindow.InYear(2019), Recorded = recorded, Source = source }); // month UNCONFIRMED
        s = Happened(s, "johnson-pm", "Boris Johnson becomes Prime Minister.", new LocalDate(2019, 7, 24), "uk");

        // The Benn Act (royal assent 2019-09-09; repealed 2020-01-23, recorded then as a development).
        var bennAssent = new LocalDate(2019, 9, 9);
        s = Paper(s, Public("doc-benn-act", DocumentKind.Law, "European Union (Withdrawal) (No. 2) Act 2019 (2019 c. 26)", ["uk-parliament"]), bennAssent, null,
            ("extension-request", "If the Commons has not approved a deal or a no-deal exit by 2019-10-19, the Prime Minister must request an extension to 2020-01-31."));
        s = Happened(s, "benn-act", "The Benn Act receives royal assent.", bennAssent, "uk-parliament");
        s = Due(s, new Deadline(new DeadlineId("dl-benn"), new PartyId("uk-parliament"), "By 2019-10-19, the Commons approves a deal or a no-deal exit; failing that, the Prime Minister requests an extension to 2020-01-31 (Benn Act).", new LocalDate(2019, 10, 19))
        {
            Subject = SubjectRef.Document(new DocumentId("doc-benn-act")),
        }, bennAssent);

        // The intensive talks on the revised Protocol, ~2019-10-11 to 2019-10-17 (day precision UNCONFIRMED): held in that
        // window and ended on the day of the revision. Frost was the UK's technical lead; Barnier reported a "constructive
        // meeting" with UK negotiators on 2019-10-11 (Barclay's presence UNCONFIRMED, so he is not in the delegation). When
        // the talks were arranged is not in the sheet.
        var intensive = DateWindow.Between(new LocalDate(2019, 10, 11), new LocalDate(2019, 10, 17));
        var october17 = new LocalDate(2019, 10, 17);
        s = Plan(s, Talks("r2019-10", "Intensive talks on the revised Protocol", intensive, ukHead: "david-frost"), intensive);
        s = Hold(s, "r2019-10", intensive, october17);

        (string Article, string Text)[] revised =
        [
            ("part-two", "Citizens' rights."),
            ("126", "Transition starts on entry into force and ends on 2020-12-31."),
            ("132", "The Joint Committee may, before 2020-07-01, adopt a single decision extending transition for up to one or two years."),
            ("184", "The parties negotiate the future relationship in good faith in line with the Political Declaration."),
            ("185", "Entry into force on the day after the end of the Art. 50(3) period as extended, provided both parties have notified completion of internal procedures."),
            ("protocol-ie-ni", "No backstop: Northern Ireland in the UK customs territory applying the EU customs code and a limited set of single-market rules; consent of the Northern Ireland Assembly (Art. 18).")
        ];
        s = Revise(s, Wa, "european-commission", october17, revised);
        s = Revise(s, Pd, "eu", october17,
            ("framework", "The framework for the future relationship."),
            ("fta", "A future relationship based on a free trade agreement."));
        s = Demand(s, D("d-uk-fta", "uk", "eu", "A future relationship based on an FTA (zero tariffs, zero quotas).", "future-relationship")
            with { Source = DemandSource.InProvision(new DocumentId(Pd), 2, "fta") }, october17);
        s = Conclude(s, "r2019-10", october17, "Revised Protocol on Ireland/Northern Ireland agreed.");
        s = Settle(s, "d-no-hard-border", DemandOutcome.Met, october17, "Joint Report para 49 \"full alignment\" fallback, then the backstop protocol (2018), then the revised protocol (2019).", In(Wa, 5, "protocol-ie-ni"));
        s = Settle(s, "d-uk-backstop-exit", DemandOutcome.Overtaken, october17, "The EU refused to reopen the WA and gave interpretive assurances (2019-03-11); the backstop was replaced on 2019-10-17.", In(Wa, 5, "protocol-ie-ni"));
        s = Settle(s, "d-eu-no-reopening", DemandOutcome.Overtaken, october17, "Held until the agreed revision of the Protocol in October 2019.", In(Wa, 5, "protocol-ie-ni"));
        s = Plan(s, EuInternal("euco-2019-10-17", "European Council (Art. 50)", october17), october17); // when it was convened is not in the sheet
        s = Hold(s, "euco-2019-10-17", october17);
        s = Conclude(s, "euco-2019-10-17", october17, "Revised WA endorsed; revised Political Declaration approved.");
        s = Step(s, "wa", AgreementStepKind.Endorsement, october17, "eu"); // by the European Council (revised text)
        // The revised signing decision, by written procedure after 2019-10-17; the sheet's "~2019-10-20" is UNCONFIRMED, so it
        // is dated by what is certain: after the revised text's endorsement, before the signature of 2020-01-24.
        s = Happened(s, "council-signing-decision-2019-revised", "The Council authorises the signature of the revised Withdrawal Agreement (written procedure).",
            DateWindow.Between(october17.PlusDays(1), new LocalDate(2020, 1, 23)), "council-eu");

        // Saturday 19 October: the Letwin amendment withholds approval, so the Benn Act's deadline is triggered and the
        // request is sent the same day.
        var october19 = new LocalDate(2019, 10, 19);
        s = Happened(s, "letwin-amendment", "Saturday sitting: the Letwin amendment (322–306) withholds approval.", october19, "house-of-commons");
        s = Revise(s, Letters, "uk", october19, letters);
        s = Demand(s, Request("d-ext-request-3", "Extend to 2020-01-31 (Benn Act form).", 3, "letter-2019-10-19"), october19);
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-benn"), Occurred = october19, Recorded = recorded, Source = source });
        // Against the request his government sent the same day: a rejection of his own party's demand.
        s = Says(s, "st-13", "uk", StatementKind.Assessment, "I will not negotiate a delay with the EU and neither does the law compel me to do so.", october19, "boris-johnson",
            On("d-ext-request-3", Stance.Rejects));
        s = Happened(s, "wa-bill-second-reading-1", "WA Bill second reading 329–299; programme motion defeated 308–322 (bill paused).", new LocalDate(2019, 10, 22), "house-of-commons");

        // The third extension by written procedure (EU27 agreement 2019-10-28, adopted 2019-10-29): to 2020-01-31, earlier
        // (2019-12-01 or 2020-01-01) on ratification by both parties, which came only on 2020-01-30.
        var october28 = new LocalDate(2019, 10, 28);
        var october29 = new LocalDate(2019, 10, 29);
        s = Plan(s, EuInternal("wp-2019-10-28", "Written procedure (EU27)", october28) with { Channel = RoundChannel.WrittenExchange, Venue = null }, october28); // when it was launched is not in the sheet
        s = Hold(s, "wp-2019-10-28", october28, october29);
        s = Says(s, "st-14", "eu", StatementKind.Announcement, "The EU27 has agreed that it will accept the UK's request for a #Brexit flextension until 31 January 2020.", october28, "donald-tusk",
            On("d-ext-request-3", Stance.Accepts)); // grants the request
        s = Paper(s, Public("doc-ext-decision-3", DocumentKind.Decision, "European Council Decision (EU) 2019/1810 extending the period under Art. 50(3) TEU", ["european-council"]), october29, null, // number UNCONFIRMED
            ("extension", "The period is extended to 2020-01-31, earlier (2019-12-01 or 2020-01-01) on ratification by both parties."));
        s = Conclude(s, "wp-2019-10-28", october29, "Extension to 2020-01-31.", "doc-ext-decision-3");
        // Earlier on ratification by both parties: withdrawal on the first day of the month after it (pre-ext3-early), so the
        // period ends on the last day of the month ratification is completed in: 2019-11-30 or 2019-12-31 were possible.
        s = Extend(s, new LocalDate(2020, 1, 31), october29, EarlyEnd.EndOfMonthMet);
        s = Settle(s, "d-ext-request-3", DemandOutcome.Met, october29, "Granted: to 2020-01-31, with earlier exits on 2019-12-01 or 2020-01-01 if ratified.", In("doc-ext-decision-3", 1, "extension"));

        s = Happened(s, "uk-election-2019", "UK general election: the Conservatives win 365 seats, a majority of 80.", new LocalDate(2019, 12, 12), "uk");
        s = Happened(s, "wa-bill-second-reading-2", "WA Bill second reading 358–234.", new LocalDate(2019, 12, 20), "house-of-commons");
        // The Act (royal assent 2020-01-23, commenced 2020-01-31): the UK's route to approving the WA, recorded as the UK's
        // endorsement of the text; the Benn Act was repealed the same day.
        var january23 = new LocalDate(2020, 1, 23);
        s = Paper(s, Public("doc-euwaa-2020", DocumentKind.Law, "European Union (Withdrawal Agreement) Act 2020 (2020 c. 1)", ["uk-parliament"]), january23, null);
        s = Step(s, "wa", AgreementStepKind.Endorsement, january23, "uk");
        s = Happened(s, "benn-act-repealed", "The Benn Act is repealed.", january23, "uk-parliament");
        s = Happened(s, "ep-afco-consent-vote", "The European Parliament's Constitutional Affairs Committee recommends consent to the WA, 23–3–0.", january23, "european-parliament");
        var january24 = new LocalDate(2020, 1, 24);
        s = Revise(s, Wa, "european-commission", january24, revised); // the signed text: same content
        // Signed by Charles Michel and Ursula von der Leyen in Brussels, by Boris Johnson in London.
        s = Step(s, "wa", AgreementStepKind.Signature, january24, "eu");
        s = Step(s, "wa", AgreementStepKind.Signature, january24, "uk");
        s = Says(s, "st-15", "european-parliament", StatementKind.Assessment, "It deeply saddens me to think that we have come to this point.", new LocalDate(2020, 1, 29), "david-sassoli",
            new StanceTaken(SubjectRef.Document(new DocumentId(Wa)), Stance.Accepts)); // consent given
        // The European Parliament's consent (621–49–13): not the Union's consent to be bound (the Council's conclusion is),
        // so an endorsement of the text on the Union's side.
        s = Step(s, "wa", AgreementStepKind.Endorsement, new LocalDate(2020, 1, 29), "eu");
        s = Step(s, "wa", AgreementStepKind.Ratification, new LocalDate(2020, 1, 29), "uk"); // the UK's instrument deposited: single source, UNCONFIRMED
        // Ratification completed on 2020-01-30 (the Council's conclusion by written procedure, after the EP's consent of
        // 2020-01-29): the WA enters into force at the end of the period as extended, 2020-01-31 24:00 Brussels time.
        var january30 = new LocalDate(2020, 1, 30);
        s = Paper(s, Public("doc-council-conclusion-decision", DocumentKind.Decision, "Council Decision (EU) 2020/135 on the conclusion of the Withdrawal Agreement", ["council-eu"]), january30, null);
        s = Step(s, "wa", AgreementStepKind.Ratification, january30, "eu"); // the Council's conclusion, by qualified majority, written procedure
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-a50"), Occurred = january30, Recorded = recorded, Source = source });
        s = Happened(s, "euwaa-2020-commenced", "The European Union (Withdrawal Agreement) Act 2020 commences.", new LocalDate(2020, 1, 31), "uk-parliament");

        // The UK leaves at 23:00 London time on 31 January 2020 (midnight in Brussels): the first day out is 1 February.
        var leaves = Moment.InZone(new LocalDateTime(2020, 1, 31, 23, 0), "Europe/London");
        // Reported the next day: a report of the same evening would come before 23:00.
        var nextDay = source with { ReportedOn = new LocalDate(2020, 2, 1) };
        var nextDayRecorded = Instant.FromUtc(2020, 2, 1, 18, 0);
        s = s.Then(new MembershipEnded { Organisation = new PartyId("eu"), Member = new PartyId("uk"), Left = new LocalDate(2020, 2, 1), Occurred = leaves, Recorded = nextDayRecorded, Source = nextDay });
        s = s.Then(new DevelopmentOccurred
        {
            Development = new Development(new DevelopmentId("uk-leaves"), DevelopmentKind.Other, "The United Kingdom leaves the EU and Euratom.") { Actors = [new PartyId("uk")] },
            Occurred = leaves,
            Recorded = nextDayRecorded,
            Source = nextDay,
        });

        // The transition (WA Art. 126) runs from entry into force to 2020-12-31, ending at 24:00 Brussels time. Its one
        // extension option (Art. 132): a single Joint Committee decision before 2020-07-01 (last possible day 2020-06-30).
        var inForce = new LocalDate(2020, 2, 1);
        s = Due(s, new Deadline(new DeadlineId("dl-transition-end"), new PartyId("eu"), "The transition period ends (WA Art. 126).", new LocalDate(2020, 12, 31))
        {
            JointlyWith = [new PartyId("uk")],
            Subject = SubjectRef.Topic(new TopicId("transition")),
            Zone = Brussels,
        }, inForce);
        s = Due(s, new Deadline(new DeadlineId("dl-transition-ext"), new PartyId("eu"), "A single Joint Committee decision extending transition for up to one or two years (WA Art. 132).", new LocalDate(2020, 6, 30))
        {
            JointlyWith = [new PartyId("uk")],
            Subject = SubjectRef.Topic(new TopicId("transition")),
            Zone = Brussels,
        }, inForce);

        // The General Affairs Council's mandate for the future-relationship talks (chair not in the sheet).
        var february25 = new LocalDate(2020, 2, 25);
        s = Plan(s, EuInternal("gac-2020-02-25", "General Affairs Council", february25) with { ChairPerson = null }, february25); // when it was convened is not in the sheet
        s = Hold(s, "gac-2020-02-25", february25);
        s = Demand(s, D("d-eu-lpf", "eu", "uk", "Robust level-playing-field commitments for open and fair competition.", "future-relationship"), february25);
        s = Conclude(s, "gac-2020-02-25", february25, "Mandate for the future-relationship talks.");

        // Future-relationship talks only after the UK has left (Council statement 2020-01-30): round 1 "week of 2 March".
        s = Plan(s, Talks("fr2020-1", "Future relationship round 1", DateWindow.WeekOf(new LocalDate(2020, 3, 2)), ukHead: "david-frost") with
        {
            Precondition = Precondition.DevelopmentOccurred(new DevelopmentId("uk-leaves")),
        }, february25);
        s = Hold(s, "fr2020-1", new LocalDate(2020, 3, 2), new LocalDate(2020, 3, 5)); // end date UNCONFIRMED
        s = Happened(s, "covid-19", "COVID-19 disrupts the future-relationship rounds; later rounds partly by video.", DateWindow.In(new YearMonth(2020, 3))); // month precision

        // The WA Joint Committee's second meeting, by video, co-chaired by Gove and Šefčovič.
        var june12 = new LocalDate(2020, 6, 12);
        s = Plan(s, new Round(new RoundId("jc2020-06-12"), RoundFormat.Bilateral, [Side("eu", "maros-sefcovic"), Side("uk", "michael-gove")], june12)
        {
            Title = "WA Joint Committee, 2nd meeting",
            Channel = RoundChannel.VideoCall,
            Kind = RoundKind.MinisterialMeeting,
            Roles = [RoundRole.OfPerson(RoleKind.CoChair, new RepresentativeId("michael-gove")), RoundRole.OfPerson(RoleKind.CoChair, new RepresentativeId("maros-sefcovic"))],
        }, DateWindow.Between(new LocalDate(2020, 6, 1), june12));
        s = Hold(s, "jc2020-06-12", june12);
        s = Demand(s, D("d-eu-transition-extension", "eu", "uk", "Extend transition under Art. 132.", "transition") with { Kind = DemandKind.Timing }, june12);
        s = Says(s, "st-16", "uk", StatementKind.Rejection, "the moment for extension has now passed", june12, "michael-gove",
            On("d-eu-transition-extension", Stance.Rejects));
        // Not used: the UK confirmed it would not extend; the option lapsed on 2020-07-01.
        s = s.Then(new DeadlineClosed
        {
            Deadline = new DeadlineId("dl-transition-ext"),
            Outcome = DeadlineOutcome.Abandoned,
            Reason = "The UK formally confirmed at the Joint Committee that it would not extend transition.",
            Occurred = june12,
            Recorded = recorded,
            Source = source,
        });
        s = Settle(s, "d-eu-transition-extension", DemandOutcome.NotMet, new LocalDate(2020, 7, 1), "Not used; the option lapsed on 2020-07-01.");

        // The Trade and Cooperation Agreement, agreed 2020-12-24 (signed 2020-12-30; provisional application from
        // 2021-01-01; in force 2021-05-01).
        var tcaAgreed = new LocalDate(2020, 12, 24);
        s = Paper(s, Public("doc-tca", DocumentKind.Treaty, "EU–UK Trade and Cooperation Agreement", ["eu", "euratom", "uk"]), tcaAgreed, null,
            ("trade", "Trade: a free trade agreement."),
            ("level-playing-field", "Level-playing-field commitments (details outside the sheet's scope)."));
        s = Settle(s, "d-uk-fta", DemandOutcome.Met, tcaAgreed, "Reflected in the revised Political Declaration and in the TCA.", In("doc-tca", 1, "trade"));
        s = Settle(s, "d-eu-lpf", DemandOutcome.Met, tcaAgreed, "Reflected in the TCA (details outside scope).", In("doc-tca", 1, "level-playing-field"));

        // The TCA as an agreement between the document's three parties, a draft from the day it was agreed. The sheet gives
        // no rule for its entry into force nor for its provisional application: both are the days the sheet dates.
        s = s.Then(new AgreementDrafted
        {
            Agreement = new Agreement(new AgreementId("tca"), new DocumentId("doc-tca"), [new PartyId("eu"), new PartyId("euratom"), new PartyId("uk")], MilestoneRule.On(new LocalDate(2021, 5, 1)))
            {
                Milestones = [new Milestone(MilestoneKind.ProvisionalApplication, MilestoneRule.On(new LocalDate(2021, 1, 1)))],
            },
            Occurred = tcaAgreed,
            Recorded = recorded,
            Source = source,
        });
        s = Step(s, "tca", AgreementStepKind.Conclusion, tcaAgreed);

        // Provisional application of the TCA, to 2021-02-28 as agreed, then to 2021-04-30 (the decision's date is
        // UNCONFIRMED: dated between the agreement and the new day, so whether 2021-02-28 passed unextended is undetermined);
        // superseded by entry into force on 2021-05-01, which the Council's decision of 2021-04-29 concluding the TCA
        // settled: the deadline closes then, before its last day, not the day after it.
        s = Due(s, new Deadline(new DeadlineId("dl-tca-prov"), new PartyId("eu"), "Provisional application of the TCA, pending its entry into force.", new LocalDate(2021, 2, 28))
        {
            JointlyWith = [new PartyId("uk")],
            Subject = SubjectRef.Document(new DocumentId("doc-tca")),
        }, tcaAgreed);

        // Signed on 2020-12-30 in Brussels and London (the sheet does not say by whom: the three parties, unnamed), and
        // approved by the UK Parliament the same day: the UK's endorsement of the text.
        var december30 = new LocalDate(2020, 12, 30);
        s = Step(s, "tca", AgreementStepKind.Signature, december30, count: 3);
        s = Step(s, "tca", AgreementStepKind.Endorsement, december30, "uk");

        // The transition ended at 24:00 Brussels time on 2020-12-31 (23:00 GMT), reported the next day.
        var transitionEnded = Moment.At(Instant.FromUtc(2020, 12, 31, 23, 0));
        var newYear = source with { ReportedOn = new LocalDate(2021, 1, 1) };
        s = s.Then(new DeadlineMet { Deadline = new DeadlineId("dl-transition-end"), Occurred = transitionEnded, Recorded = Instant.FromUtc(2021, 1, 1, 18, 0), Source = newYear });
        s = s.Then(new DeadlineExtended
        {
            Deadline = new DeadlineId("dl-tca-prov"),
            NewDue = new LocalDate(2021, 4, 30),
            By = new PartyId("eu"),
            JointlyWith = [new PartyId("uk")],
            Occurred = DateWindow.Between(tcaAgreed, new LocalDate(2021, 4, 30)),
            Recorded = recorded,
            Source = source,
        });
        // The European Parliament's consent (an endorsement on the Union's side): voted on 2021-04-27, the result announced on
        // 2021-04-28, and sources give either date. The case accepts the vote's day; the other is a competing report (the
        // sheet names no outlet for it: the label is made here).
        var april28 = new LocalDate(2021, 4, 28);
        s = Step(s, "tca", AgreementStepKind.Endorsement, new LocalDate(2021, 4, 27), "eu",
            reports: new Report(new Source("Sources dating the consent by the result's announcement", april28), april28));
        // The Council's decision concluding the TCA: the Union's consent to be bound (Euratom's is not in the sheet).
        s = Step(s, "tca", AgreementStepKind.Ratification, new LocalDate(2021, 4, 29), "eu");
        s = s.Then(new DeadlineClosed
        {
            Deadline = new DeadlineId("dl-tca-prov"),
            Outcome = DeadlineOutcome.Overtaken,
            Reason = "Superseded: the Council concluded the TCA on 2021-04-29; it entered into force on 2021-05-01.",
            Occurred = new LocalDate(2021, 4, 29),
            Recorded = recorded,
            Source = source,
        });
        return s;
    }
}
