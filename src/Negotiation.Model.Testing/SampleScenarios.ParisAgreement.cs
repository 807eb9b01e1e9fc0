using NodaTime;

namespace Negotiation.Model.Testing;

/// <summary>The Paris Agreement sample (this part of <see cref="SampleScenarios"/>).</summary>
public static partial class SampleScenarios
{
    /// <summary>The parties to the agreement the sheet names (the others are counted in the steps).</summary>
    private static readonly string[] ParisParties =
    [
        "fr", "us", "cn", "in", "br", "za", "mh", "mv", "ao", "lu", "au", "my", "dz", "eu", "nr", "pw", "so", "ps", "bb", "bz", "fj",
        "gd", "kn", "ws", "tv", "lc", "mu", "at", "de", "hu", "mt", "pt", "sk", "bo", "ca", "np",
    ];

    /// <summary>
    /// Gets the negotiation and entry into force of the Paris Agreement (2015–2016, with the US exit and return
    /// 2019–2021), encoded from the public fact sheet: the ADP sessions and their texts, COP21 and its adoption deadline
    /// (missed by one day), the change of Art. 4.4 at adoption, the signature ceremony, the double threshold of Art. 21
    /// reached on 5 October 2016, and the US withdrawal and re-acceptance.
    /// </summary>
    /// <remarks>
    /// <para>Facts only from the sheet. Where it marks a fact UNCONFIRMED, the scenario says so in the fact's words
    /// (titles, summaries, descriptions). Parties the sheet does not name one by one are counted, not invented: the
    /// 160 signatories of 22 April 2016 beyond the fifteen that deposited that day, the 31 countries of 21 September, and
    /// the depositary's reported totals (<see cref="StepTally"/>; where sources give a range, the lower bound).</para>
    /// <para>The Comité de Paris is a sub-meeting of COP21 chaired by Laurent Fabius. Not yet encoded: the legal-linguistic
    /// group as a sub-meeting, document kinds such as COP decisions, and competing reports of the number of Parties on
    /// 5 October (72–74).</para>
    /// </remarks>
    public static Scenario ParisAgreement2015Scenario { get; } = BuildParisAgreement2015();

    /// <summary>Gets the Paris Agreement case, built (see <see cref="ParisAgreement2015Scenario"/>).</summary>
    public static NegotiationCase ParisAgreement2015 => Paris.Value;

    private static readonly Lazy<NegotiationCase> Paris = new(() => ParisAgreement2015Scenario.Build());


    private static Scenario BuildParisAgreement2015()
    {
        var s = Scenario.Of("paris-agreement-2015-2016", new LocalDate(2011, 12, 1), "The Paris Agreement, 2015–2016", "Fact sheet: UNFCCC, IISD ENB and news reports")
            .StartingOn(new LocalDate(2011, 12, 1));
        Scenario Add(Fact fact) => s = s.Then(fact);
        static Moment Paris(int month, int day, int hour, int minute, int year = 2015) => Moment.InZone(new LocalDateTime(year, month, day, hour, minute), "Europe/Paris");

        // Parties and groups (ids are the sheet's: lowercase ISO 3166 codes for states).
        foreach (var (id, name) in new[]
        {
            ("fr", "France"), ("us", "United States of America"), ("cn", "China"), ("in", "India"), ("br", "Brazil"), ("za", "South Africa"),
            ("mh", "Marshall Islands"), ("mv", "Maldives"), ("ao", "Angola"), ("lu", "Luxembourg"), ("au", "Australia"), ("my", "Malaysia"), ("dz", "Algeria"),

            // The fifteen states that deposited on 22 April 2016, and those of 5 October 2016.
            ("nr", "Nauru"), ("pw", "Palau"), ("so", "Somalia"), ("ps", "State of Palestine"), ("bb", "Barbados"), ("bz", "Belize"), ("fj", "Fiji"),
            ("gd", "Grenada"), ("kn", "Saint Kitts and Nevis"), ("ws", "Samoa"), ("tv", "Tuvalu"), ("lc", "Saint Lucia"), ("mu", "Mauritius"),
            ("at", "Austria"), ("de", "Germany"), ("hu", "Hungary"), ("mt", "Malta"), ("pt", "Portugal"), ("sk", "Slovakia"),
            ("bo", "Bolivia"), ("ca", "Canada"), ("np", "Nepal"),
        })
        {
            s = s.State(id, name, id.ToUpperInvariant());
        }

        s = s.Organisation("eu", "European Union", OrganisationKind.Union)
            .Organisation("cop", "Conference of the Parties (COP21)", OrganisationKind.Forum)
            .Body("adp", "Ad Hoc Working Group on the Durban Platform for Enhanced Action", OrganisationKind.Institution, partOf: "cop") // "subsidiary body of cop"
            .Organisation("depositary", "Secretary-General of the United Nations (depositary)", OrganisationKind.Secretariat)
            .Organisation("unfccc-secretariat", "UNFCCC secretariat", OrganisationKind.Secretariat)
            .Group("g77-china", "Group of 77 and China", "cn", "in", "br", "za", "ao")
            .Group("eu-group", "European Union (as a negotiating group)", "eu", "lu", "fr", "de", "at", "hu", "mt", "pt", "sk")
            .Group("aosis", "Alliance of Small Island States", "mv", "mh")
            .Group("ldc", "Least Developed Countries", "ao")
            .Group("umbrella", "Umbrella Group (2015 membership list UNCONFIRMED)", "au", "us")
            .Group("basic", "BASIC", "br", "za", "in", "cn")
            .Group("unfccc-parties", "Parties to the UNFCCC (named in the sheet)", "fr", "us", "cn", "in", "br", "za", "mh", "mv", "ao", "lu", "au", "my", "dz", "eu")
            .Representative("laurent-fabius", "Laurent Fabius", "Minister of Foreign Affairs; President of COP21", "fr", new LocalDate(2015, 11, 30))
            .Topic("legal-form", "Legal form: legally binding treaty or non-binding targets")
            .Topic("final-clauses", "Entry into force and withdrawal", within: "legal-form")
            .Topic("differentiation", "Differentiation (CBDR-RC)")
            .Topic("temperature-goal", "Temperature goal");

        // Lima, December 2014: the COP asks for a negotiating text before May 2015 (pre-gnt, dl-negotiating-text).
        Add(new DeadlineSet
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = DateWindow.In(new YearMonth(2014, 12)),
            Deadline = new Deadline(new DeadlineId("dl-negotiating-text"), new PartyId("cop"), "A negotiating text, before May 2015 (decision 1/CP.20)", new LocalDate(2015, 4, 30))
            {
                DueWithin = DateWindow.In(new YearMonth(2015, 4)),
            },
        });

        // ADP 2-8, Geneva, 8–13 February 2015: the Geneva negotiating text, agreed on the 13th as the basis of negotiations.
        var groups = new[] { "g77-china", "eu-group", "umbrella", "aosis", "ldc" };
        PlanAndHold("adp-2-8", "ADP 2-8, Geneva Climate Change Conference", new Venue("United Nations premises, Geneva (building UNCONFIRMED)", "Europe/Zurich"),
            new LocalDate(2015, 2, 8), new LocalDate(2015, 2, 13));
        Add(new DocumentPresented
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = new LocalDate(2015, 2, 13),
            Document = new Document(new DocumentId("doc-gnt"), DocumentKind.DraftAgreement, "Geneva negotiating text, FCCC/ADP/2015/1", [new PartyId("adp")], [new PartyId("unfccc-parties")]) { Visibility = Visibility.Public },
            Provisions = [new Provision("all", "Parties' options, section by section (about 86 to 90 pages: sources differ).")],
        });
        Add(new DeadlineMet { Recorded = s.RecordedAt, Source = s.Source, Occurred = new LocalDate(2015, 2, 13), Deadline = new DeadlineId("dl-negotiating-text") });
        Add(new RoundConcluded
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = new LocalDate(2015, 2, 13),
            Round = new RoundId("adp-2-8"),
            Outcome = new RoundOutcome("The closing plenary agreed the Geneva negotiating text as the basis for negotiations; the session was suspended, to resume in June.") { DocumentsHandedOver = [new DocumentId("doc-gnt")] },
        });

        // 5 October 2015: the co-chairs' draft (ADP.2015.8.InformalNote) cuts the text to about 20 pages.
        Add(new DocumentPresented
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = new LocalDate(2015, 10, 5),
            Document = new Document(new DocumentId("doc-cochairs-draft"), DocumentKind.NonPaper, "Co-chairs' non-paper ADP.2015.8.InformalNote: draft agreement and draft decision (about 20 pages), by co-chairs Ahmed Djoghlaf and Daniel Reifsnyder", [new PartyId("adp")], [new PartyId("unfccc-parties")])
            {
                Visibility = Visibility.Public,
            },
            Provisions = [new Provision("agreement", "Draft agreement text."), new Provision("decision", "Draft decision text.")],
        });

        // ADP 2-11, Bonn, 19–23 October 2015, discussing the co-chairs' draft.
        PlanAndHold("adp-2-11", "ADP 2-11", new Venue("Bonn", "Europe/Berlin"), new LocalDate(2015, 10, 19), new LocalDate(2015, 10, 23), "doc-cochairs-draft");
        Add(new RoundConcluded
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = new LocalDate(2015, 10, 23),
            Round = new RoundId("adp-2-11"),
            Outcome = new RoundOutcome("Closed forwarding the revised non-paper of 2015-10-23 23:30 (Europe/Berlin)."),
        });

        // The 2015-11-13 attacks in Paris, about two weeks before COP21.
        Add(new DevelopmentOccurred { Recorded = s.RecordedAt, Source = s.Source, Occurred = new LocalDate(2015, 11, 13), Development = new Development(new DevelopmentId("paris-attacks"), DevelopmentKind.Other, "Terrorist attacks in Paris (130 killed), about two weeks before COP21.") });

        // COP21 at Paris-Le Bourget, scheduled 30 November to 11 December 2015.
        PlanAndHold("cop21", "COP21 / CMP11", new Venue("Paris-Le Bourget", "Europe/Paris"), new LocalDate(2015, 11, 30), end: null);

        // 5 December: the ADP forwards its text (L.6); the COP sets the adoption target of 11 December (dl-cop21-adoption),
        // and the legal-linguistic review is due by close of business on 10 December (dl-legal-review).
        Add(new DeadlineSet { Recorded = s.RecordedAt, Source = s.Source, Occurred = new LocalDate(2015, 12, 5), Deadline = new Deadline(new DeadlineId("dl-cop21-adoption"), new PartyId("cop"), "Adopt the Paris outcome by the closing day, 11 December (set by Laurent Fabius)", new LocalDate(2015, 12, 11)) });
        Add(new DeadlineSet { Recorded = s.RecordedAt, Source = s.Source, Occurred = new LocalDate(2015, 12, 5), Deadline = new Deadline(new DeadlineId("dl-legal-review"), new PartyId("cop"), "Legal-linguistic results to the Comité de Paris by close of business 10 December", new LocalDate(2015, 12, 10)) });

        // 5 December: the COP also establishes the Comité de Paris, an open-ended committee inside COP21 chaired by the COP
        // President, Laurent Fabius (Laurence Tubiana could replace him); it sat from 6 to 12 December and forwarded the text.
        Add(new RoundPlanned
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = new LocalDate(2015, 12, 5),
            Round = new Round(new RoundId("comite-de-paris"), RoundFormat.Multilateral, [.. groups.Select(g => new RoundSide(new PartyId(g)))], DateWindow.Between(new LocalDate(2015, 12, 6), new LocalDate(2015, 12, 12)))
            {
                Title = "Comité de Paris (Paris Committee)",
                Venue = new Venue("Paris-Le Bourget", "Europe/Paris"),
                PartOf = new RoundId("cop21"),
                ChairPerson = new RepresentativeId("laurent-fabius"),
            },
        });
        Add(new RoundHeld { Recorded = s.RecordedAt, Source = s.Source, Occurred = new LocalDate(2015, 12, 6), Round = new RoundId("comite-de-paris"), Ended = Moment.On(new LocalDate(2015, 12, 12)) });

        // The evenings of 11 and 12 December as the Earth Negotiations Bulletin summed them up on 15 December (the
        // same-day reports were filed before the 19:29 adoption was known here).
        s = s.ReportedBy("IISD Earth Negotiations Bulletin, Vol. 12 No. 663", new LocalDate(2015, 12, 15));

        // 11 December, 19:30: Fabius tells the press a new text will come on the 12th: the 11 December deadline is missed
        // and de facto moved to the 12th.
        Add(new DeadlineExtended { Recorded = s.RecordedAt, Source = s.Source, Occurred = Paris(12, 11, 19, 30), Deadline = new DeadlineId("dl-cop21-adoption"), NewDue = new LocalDate(2015, 12, 12), By = new PartyId("cop") });

        // 12 December, 11:30: the final draft (L.9) is presented; Art. 4.4 reads "shall continue taking the lead".
        Add(new DocumentPresented
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = Paris(12, 12, 11, 30),
            Document = new Document(new DocumentId("doc-final-draft"), DocumentKind.DraftAgreement, "Final draft FCCC/CP/2015/L.9", [new PartyId("cop")], [new PartyId("unfccc-parties")]) { Visibility = Visibility.Public },
            Provisions =
            [
                new Provision("2.1(a)", "Hold warming well below 2 °C above pre-industrial levels and pursue efforts to limit it to 1.5 °C."),
                new Provision("4.4", "Developed country Parties shall continue taking the lead with economy-wide absolute targets; developing countries should continue enhancing efforts."),
                new Provision("21.1", "Entry into force on the thirtieth day after at least 55 Parties accounting for at least an estimated 55 per cent of total global greenhouse gas emissions have deposited their instruments."),
            ],
        });

        // Just before adoption the secretariat reads technical corrections: "shall" becomes "should" in Art. 4.4 (at US
        // insistence, reportedly: UNCONFIRMED). The COP adopts the corrected text (L.9/Rev.1).
        Add(new DocumentRevised
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = Paris(12, 12, 19, 29),
            Document = new DocumentId("doc-final-draft"),
            By = new PartyId("cop"),
            Provisions =
            [
                new Provision("2.1(a)", "Hold warming well below 2 °C above pre-industrial levels and pursue efforts to limit it to 1.5 °C."),
                new Provision("4.4", "Developed country Parties should continue taking the lead with economy-wide absolute targets; developing countries should continue enhancing efforts."),
                new Provision("21.1", "Entry into force on the thirtieth day after at least 55 Parties accounting for at least an estimated 55 per cent of total global greenhouse gas emissions have deposited their instruments."),
            ],
        });

        // 12 December, 19:29 Europe/Paris: "I hear no objection ... The Paris Agreement for the climate is accepted."
        Add(new StatementMade
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = Paris(12, 12, 19, 29),
            Statement = new Statement(new StatementId("st-11"), new PartyId("fr"), StatementKind.Agreement, "I hear no objection ... The Paris Agreement for the climate is accepted.")
            {
                Speaker = new RepresentativeId("laurent-fabius"),
                About = [SubjectRef.Document(new DocumentId("doc-final-draft"))],
            },
        });
        Add(new DocumentPresented
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = Paris(12, 12, 19, 29),
            Document = new Document(new DocumentId("doc-paris-agreement"), DocumentKind.DraftTreaty, "Paris Agreement (29 articles), annexed to decision 1/CP.21", [new PartyId("cop")], [new PartyId("unfccc-parties")]) { Visibility = Visibility.Public },
            Provisions =
            [
                new Provision("20", "Open for signature at UN Headquarters, New York, from 22 April 2016 to 21 April 2017."),
                new Provision("21.1", "Entry into force on the thirtieth day after at least 55 Parties accounting for at least an estimated 55 per cent of total global greenhouse gas emissions have deposited their instruments."),
                new Provision("21.3", "For a Party that deposits later: in force on the thirtieth day after its own deposit."),
                new Provision("28.1", "Withdrawal by written notification at any time after three years from the date the Agreement entered into force for the Party."),
                new Provision("28.2", "Withdrawal takes effect upon expiry of one year from receipt of the notification by the Depositary."),
            ],
        });
        Add(new AgreementAdopted
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = Paris(12, 12, 19, 29),
            Agreement = new Agreement(
                new AgreementId("paris-agreement"),
                new DocumentId("doc-paris-agreement"),
                [.. ParisParties.Select(p => new PartyId(p))],
                MilestoneRule.Threshold(Period.FromDays(30), parties: 55, share: 55m))
            {
                ConsentDelay = Period.FromDays(30),
                WithdrawalNotBefore = Period.FromYears(3),
                WithdrawalNotice = Period.FromYears(1),
            },
        });
        Add(new DeadlineMet { Recorded = s.RecordedAt, Source = s.Source, Occurred = Paris(12, 12, 19, 29), Deadline = new DeadlineId("dl-cop21-adoption") });

        // The legal-linguistic results were used at adoption; whether they came by the 10th is UNCONFIRMED.
        Add(new DeadlineMet { Recorded = s.RecordedAt, Source = s.Source, Occurred = DateWindow.Between(new LocalDate(2015, 12, 10), new LocalDate(2015, 12, 12)), Deadline = new DeadlineId("dl-legal-review") });
        Add(new RoundConcluded
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            // The closing plenary ran on into the night: ENB dates the conference 29 November to 13 December.
            Occurred = DateWindow.Between(new LocalDate(2015, 12, 12), new LocalDate(2015, 12, 13)),
            Round = new RoundId("cop21"),
            Outcome = new RoundOutcome("Opened 30 November, scheduled to close 11 December, overran one day: the Paris Agreement was adopted by decision 1/CP.21 at 19:29 on 12 December (Europe/Paris).")
            {
                Statements = [new StatementId("st-11")],
                DocumentsHandedOver = [new DocumentId("doc-paris-agreement")],
            },
        });

        s = s.ReportedBy("Fact sheet: UNFCCC, IISD ENB and news reports", new LocalDate(2015, 12, 15));

        // 22 April 2016, New York: 175 Parties (174 states and the EU) sign; fifteen states deposit their ratifications.
        PlanAndHold("sig-ceremony", "High-level signature ceremony", new Venue("UN Headquarters, New York", "America/New_York"), new LocalDate(2016, 4, 22), new LocalDate(2016, 4, 22));
        var firstDepositors = new[] { "mh", "nr", "pw", "so", "ps", "bb", "bz", "fj", "gd", "kn", "ws", "tv", "mv", "lc", "mu" };
        var signatureDay = new LocalDate(2016, 4, 22);
        Add(Step(AgreementStepKind.Signature, signatureDay, count: 160));
        foreach (var state in firstDepositors)
        {
            Add(Step(AgreementStepKind.Signature, signatureDay, state));
        }

        foreach (var state in firstDepositors)
        {
            Add(Step(AgreementStepKind.Ratification, signatureDay, state, tally: state == "mu" ? new StepTally(15) : null));
        }

        // 3 September 2016, Hangzhou: the US accepts and China ratifies; 26 Parties, "just over 39 %".
        Add(Step(AgreementStepKind.Acceptance, new LocalDate(2016, 9, 3), "us"));
        Add(Step(AgreementStepKind.Ratification, new LocalDate(2016, 9, 3), "cn", tally: new StepTally(26, 39m)));

        // 21 September 2016: 31 countries join at the special event; about 60 Parties, over 47.5 % (Ban Ki-moon).
        Add(Step(AgreementStepKind.Ratification, new LocalDate(2016, 9, 21), count: 31, tally: new StepTally(60, 47.5m)));

        // 2 October 2016 (Gandhi's birthday): India; 62 Parties, 51.89 %.
        Add(Step(AgreementStepKind.Ratification, new LocalDate(2016, 10, 2), "in", tally: new StepTally(62, 51.89m)));

        // 5 October 2016: the EU and seven member states, Bolivia, Canada and Nepal; 72–74 Parties (sources differ) and over
        // 55 % (about 56–57 %, exact value UNCONFIRMED): both thresholds of Art. 21.1 are met.
        var october5 = new LocalDate(2016, 10, 5);
        foreach (var party in new[] { "eu", "at", "fr", "de", "hu", "mt", "pt", "sk", "bo", "ca" })
        {
            Add(Step(AgreementStepKind.Ratification, october5, party));
        }

        Add(Step(AgreementStepKind.Ratification, october5, "np", tally: new StepTally(72, 55m)));

        // 4 November 2019: the US notifies its withdrawal (Art. 28), on the first possible day.
        Add(new DocumentPresented
        {
            Recorded = s.RecordedAt,
            Source = s.Source,
            Occurred = new LocalDate(2019, 11, 4),
            Document = new Document(new DocumentId("doc-us-notification"), DocumentKind.Letter, "Letter from Mike Pompeo to the Secretary-General notifying withdrawal under Art. 28", [new PartyId("us")], [new PartyId("depositary")]) { Visibility = Visibility.Public },
            Provisions = [new Provision("1", "This letter constitutes notification by the United States of America of its withdrawal from the Paris Agreement.")],
        });
        Add(Step(AgreementStepKind.WithdrawalNotice, new LocalDate(2019, 11, 4), "us"));
        Add(new DevelopmentOccurred { Recorded = s.RecordedAt, Source = s.Source, Occurred = new LocalDate(2020, 11, 3), Development = new Development(new DevelopmentId("us-election-2020"), DevelopmentKind.Other, "US presidential election; the US withdrawal takes effect the next day.") });

        // 20 January 2021: President Biden signs the instrument of acceptance, deposited the same day.
        Add(Step(AgreementStepKind.Acceptance, new LocalDate(2021, 1, 20), "us"));
        return s;

        void PlanAndHold(string id, string title, Venue venue, LocalDate start, LocalDate? end, string? document = null)
        {
            var planned = end is { } last ? DateWindow.Between(start, last) : DateWindow.Between(start, new LocalDate(2015, 12, 11));
            Add(new RoundPlanned
            {
                Recorded = s.RecordedAt,
                Source = s.Source,
                // When each round was planned is not in the sheet (UNCONFIRMED): some day before it opened.
                Occurred = DateWindow.Between(new LocalDate(2011, 12, 1), start.PlusDays(-1)),
                Round = new Round(new RoundId(id), RoundFormat.Multilateral, [.. groups.Select(g => new RoundSide(new PartyId(g)))], planned)
                {
                    Title = title,
                    Venue = venue,
                    Agenda = document is null ? Agenda.Empty : new Agenda { Documents = [new DocumentId(document)] },
                },
            });
            Add(new RoundHeld { Recorded = s.RecordedAt, Source = s.Source, Occurred = start, Round = new RoundId(id), Ended = end is { } e ? Moment.On(e) : null });
        }

        AgreementStepTaken Step(AgreementStepKind kind, LocalDate on, string? party = null, int count = 1, StepTally? tally = null) => new()
        {
            Occurred = on,
            Recorded = s.RecordedAt,
            Source = s.Source,
            Agreement = new AgreementId("paris-agreement"),
            Step = kind,
            Party = party is null ? null : new PartyId(party),
            Count = count,
            Tally = tally,
        };
    }
}
