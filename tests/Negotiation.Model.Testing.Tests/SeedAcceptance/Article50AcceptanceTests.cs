using NodaTime;

namespace Negotiation.Model.Testing.Tests.SeedAcceptance;

/// <summary>
/// The UK–EU Article 50 fact sheet (shared/scenarios/brexit-article-50-2017-2020.md), question by question and section by
/// section, asserted on <see cref="SampleScenarios.Article50"/> through the public API.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Section or question of the sheet</term><description>Tests</description></listheader>
/// <item><term>Parties and groups; membership test</term><description><see cref="Parties_TheEuHas27MembersFromTheFirstOfFebruary2020"/></description></item>
/// <item><term>Parties and groups: bodies, units, departments and chambers</term><description><see cref="Parties_TheBodiesOfTheUnionAndOfTheUkAreItsParts"/></description></item>
/// <item><term>Representatives</term><description><see cref="Question07_BrexitSecretaryOnTheDayOfTheAgreementAndTheDayAfter"/></description></item>
/// <item><term>Rounds (the coordinators, Weyand and Robbins, over time)</term><description><see cref="Coordinators_WeyandUntil31May2019_RobbinsUntilSometimeIn2019"/></description></item>
/// <item><term>Documents (letter, guidelines, directives, position papers, Joint Report, Political Declaration, Strasbourg instruments, extension letters and decisions, Acts, Council decision, TCA)</term><description><see cref="Documents_TheLetterWasHandedOverByBarrowToTusk"/>, <see cref="Documents_TheStrasbourgInstrumentsInterpretTheDraftAgreement"/>, <see cref="Documents_TheExtensionLettersCarryTheThreeRequests"/>, <see cref="Documents_EachHasTheKindThatFits"/></description></item>
/// <item><term>Revisions of doc-draft-wa; Q8 What changed in the October 2019 revision?</term><description><see cref="Question08_TheOctober2019RevisionChangedTheProtocolAndArticles184And185"/>, <see cref="Documents_EachHasTheKindThatFits"/> (the Political Declaration's revision)</description></item>
/// <item><term>Demands and proposals</term><description><see cref="Demands_OutcomesAreQueryable"/>, <see cref="Demands_PhasingConflictsWithParallelTalks"/>, <see cref="Demands_NoHardBorderIsCoAuthoredByIreland"/>, <see cref="Demands_TheBradyAmendmentIsDatedDifferentlyBySources"/>, <see cref="Demands_TheBackstopWasReplacedInOctober2019"/>, <see cref="Documents_TheExtensionLettersCarryTheThreeRequests"/></description></item>
/// <item><term>Rounds; Q5 Which round was postponed, from when to when, and why?</term><description><see cref="Question05_Round4WasPostponedByAWeekOnTwelveSeptember"/>, <see cref="Rounds_Round2HasSessionsAndIsInProgressOnEachOfItsDays"/>, <see cref="Rounds_TheJointCommitteeIsCoChairedByGoveAndSefcovic"/>, <see cref="Rounds_TheFinalPhase2TalksMissedTheOctoberTarget"/>, <see cref="Rounds_InProgressInOctober2019"/></description></item>
/// <item><term>EU-internal decision meetings</term><description><see cref="Rounds_TheEuropeanCouncilMetFourTimesIn2019_InOrder"/>, <see cref="Rounds_TheEarlierEuropeanCouncilsConcludedWithTheirOutputs"/></description></item>
/// <item><term>Preconditions; Q6 When was "sufficient progress" found and what did it unlock?</term><description><see cref="Question06_SufficientProgressOn15DecemberUnlockedPhase2"/>, <see cref="Preconditions_FutureRelationshipTalksOnlyAfterTheUkLeft"/></description></item>
/// <item><term>Statements st-01 to st-16</term><description><see cref="Statements_MayRejectedTheNorthernIrelandBackstop"/>, <see cref="Statements_AllSixteenWithTheirStances"/>, <see cref="Statements_RaabsWordsOfNovember2018SupportTheBackstopExitTabledInJanuary2019"/></description></item>
/// <item><term>Developments outside the talks</term><description><see cref="Developments_TheSheetsRowsWithTheirPrecision"/>, <see cref="Developments_OfTheNineteenthOfOctober2019"/></description></item>
/// <item><term>Q9 At what instant did the UK leave?</term><description><see cref="Question09_TheUkLeftAtMidnightBrusselsTime"/></description></item>
/// <item><term>Q10 Was the transition extended? (the UK's refusal; the option abandoned, never used)</term><description><see cref="Question10_TheUkRefusedToExtendTransition"/>, <see cref="Question10_TheExtensionOptionWasAbandonedNotMissed"/></description></item>
/// <item><term>Deadlines (dl-a50, dl-mv-by-0329, dl-transition-ext); Q1 When would the Treaties have ceased to apply without any extension?</term><description><see cref="Question01_WithoutExtensionThePeriodEndedAtMidnightBrusselsOn29March2019"/></description></item>
/// <item><term>Deadlines (dl-ep-elections, dl-benn, dl-eu-offers, dl-barnier-2w, dl-wa-october, dl-mv1, dl-transition-end, dl-tca-prov)</term><description><see cref="Deadlines_TheMissedDuesInOrder"/>, <see cref="Deadlines_TheMeaningfulVoteWasPostponedNotMissed"/>, <see cref="Deadlines_OtherOutcomesAreTheSheets"/>, <see cref="Rounds_TheFinalPhase2TalksMissedTheOctoberTarget"/></description></item>
/// <item><term>Q2 Was each extension decided before the deadline it replaced?</term><description><see cref="Question02_EachExtensionWasDecidedBeforeTheDayItReplaced"/></description></item>
/// <item><term>Q3 Why did the 2019-05-22 extension branch not apply?</term><description><see cref="Question03_TheTwentySecondOfMayBranchFailedOnCommonsApproval"/></description></item>
/// <item><term>Q4 Who could decide an extension and by what rule?</term><description><see cref="Question04_TheEuropeanCouncilExtendsInAgreementWithTheUk"/></description></item>
/// <item><term>Agreement lifecycle: the Withdrawal Agreement</term><description><see cref="Lifecycle_TheWithdrawalAgreementWasEndorsedTwiceRejectedThreeTimesThenSignedAndConcluded"/>, <see cref="Lifecycle_TheWithdrawalAgreementEnteredIntoForceOnTheFirstOfFebruaryOnceBothHadConsented"/>, <see cref="Lifecycle_TheTransitionEndedOnTheThirtyFirstOfDecember2020"/>, <see cref="Lifecycle_TheUnionAuthorisedEachTextsSignatureAndTheParliamentsCommitteeRecommendedConsent"/></description></item>
/// <item><term>Agreement lifecycle: the Trade and Cooperation Agreement</term><description><see cref="Lifecycle_TheTcaAppliedProvisionallyFromNewYearAndEnteredIntoForceOnTheFirstOfMay"/>, <see cref="Lifecycle_TheParliamentsConsentToTheTcaIsDatedDifferentlyBySources"/></description></item>
/// <item><term>Agreement lifecycle: the laws of January 2020</term><description><see cref="Lifecycle_TheLawsOfJanuary2020_BennActRepealedAndTheWithdrawalAgreementActCommenced"/></description></item>
/// <item><term>The case as a whole</term><description><see cref="Case_BuildsWithoutAnyRefusedFact"/></description></item>
/// </list>
/// </remarks>
public sealed class Article50AcceptanceTests
{
    private static readonly NegotiationCase Talks = SampleScenarios.Article50;

    [Fact]
    public void Case_BuildsWithoutAnyRefusedFact()
    {
        SampleScenarios.Article50Scenario.Try().Errors.Should().BeEmpty();
        Talks.Validate().Errors.Where(e => e.Severity == FluentValidation.Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Parties_TheEuHas27MembersFromTheFirstOfFebruary2020()
    {
        Talks.MembersOf(new PartyId("eu"), new LocalDate(2020, 1, 31)).Should().HaveCount(28).And.Contain(new PartyId("uk"));
        Talks.MembersOf(new PartyId("eu"), new LocalDate(2020, 2, 1)).Should().HaveCount(27).And.NotContain(new PartyId("uk"));
    }

    [Fact]
    public void Parties_TheBodiesOfTheUnionAndOfTheUkAreItsParts()
    {
        static PartyId P(string id) => new(id);

        Talks.PartsOf(P("eu")).Should().Equal(P("council-eu"), P("european-commission"), P("european-council"), P("european-parliament"));
        Talks.PartsOf(P("uk")).Should().Equal(P("dexeu"), P("uk-government"), P("uk-parliament"));
        Talks.PartsOf(P("uk-parliament")).Should().Equal(P("house-of-commons"));
        Talks.EnclosingParties(P("tf50")).Should().Equal(P("european-commission"), P("eu"));
        Talks.EnclosingParties(P("taskforce-europe")).Should().Equal(P("uk-government"), P("uk"));
        Talks.EnclosingParties(P("ep-brexit-steering-group")).Should().Equal(P("european-parliament"), P("eu"));
        Talks.EnclosingParties(P("wa-joint-committee")).Should().BeEmpty("a joint body is part of neither side");
        Talks.Parties[P("european-council")].Should().BeOfType<Organisation>().Which.OrganisationKind.Should().Be(OrganisationKind.Institution);
        Talks.Parties[P("dup")].Should().BeOfType<Organisation>().Which.OrganisationKind.Should().Be(OrganisationKind.PoliticalParty);
    }

    [Fact]
    public void Question07_BrexitSecretaryOnTheDayOfTheAgreementAndTheDayAfter()
    {
        static IEnumerable<string> SecretaryOn(LocalDate day) => Talks.Representatives.Values
            .Where(r => r.Office == "Secretary of State for Exiting the EU" && r.Term.Covers(day))
            .Select(r => r.Name);

        SecretaryOn(new LocalDate(2018, 11, 14)).Should().Equal("Dominic Raab");
        SecretaryOn(new LocalDate(2018, 11, 15)).Should().ContainSingle().Which.Should().Be("Dominic Raab", "he resigned that day");
        SecretaryOn(new LocalDate(2018, 11, 16)).Should().Equal("Stephen Barclay");
    }

    [Fact]
    public void Documents_TheLetterWasHandedOverByBarrowToTusk()
    {
        var letter = Talks.Documents[new DocumentId("doc-a50-letter")];

        letter.HandedOver.Should().Be(Moment.On(new LocalDate(2017, 3, 29)));
        letter.Handover.Should().Be(new Handover(new RepresentativeId("tim-barrow"), new RepresentativeId("donald-tusk")));
        Talks.Documents[new DocumentId("doc-joint-report")].Handover!.Round.Should().Be(new RoundId("s2017-12-08"));
    }

    [Fact]
    public void Documents_TheStrasbourgInstrumentsInterpretTheDraftAgreement()
    {
        var instruments = Talks.Documents[new DocumentId("doc-strasbourg-instruments")];

        instruments.Interprets.Should().Equal(new DocumentId("doc-draft-wa"));
        instruments.RepliesTo.Should().BeNull();
    }

    [Fact]
    public void Question08_TheOctober2019RevisionChangedTheProtocolAndArticles184And185()
    {
        var wa = new DocumentId("doc-draft-wa");
        Talks.Documents[wa].Revisions.Select(r => r.Presented.EarliestDate.ToString("uuuu-MM-dd", null))
            .Should().Equal("2018-02-28", "2018-03-15", "2018-03-19", "2018-11-14", "2019-10-17", "2020-01-24");

        var october = Talks.CompareRevisions(wa, 4, 5);

        october.Changed.Select(c => c.Article).Should().BeEquivalentTo("185", "protocol-ie-ni");
        october.Changed.Single(c => c.Article == "protocol-ie-ni").After.Text.Should().Contain("consent of the Northern Ireland Assembly");
        october.Added.Select(p => p.Article).Should().Equal("184");
        october.Removed.Should().BeEmpty();
        Talks.CompareRevisions(wa, 5, 6).IsEmpty.Should().BeTrue("the signed text has the same content");
    }

    [Fact]
    public void Demands_OutcomesAreQueryable()
    {
        Talks.SettlementOf(new DemandId("d-uk-parallel"))!.Outcome.Should().Be(DemandOutcome.NotMet);
        Talks.SettlementOf(new DemandId("d-citizens-rights"))!.By.Should().Be(new ProvisionRef(new DocumentId("doc-joint-report"), 1, "citizens"));
        Talks.SettlementOf(new DemandId("d-eu-ni-backstop"))!.Outcome.Should().Be(DemandOutcome.Overtaken);
        Talks.StatusOf(new DemandId("d-eu-phasing"), new PartyId("uk")).Should().Be(DemandStatus.Settled);
        Talks.AsOf(new LocalDate(2018, 3, 18)).StatusOf(new DemandId("d-uk-transition"), new PartyId("eu")).Should().Be(DemandStatus.Tabled);
        Talks.SettlementOf(new DemandId("d-uk-transition")).Should().BeEquivalentTo(new
        {
            Outcome = DemandOutcome.Met,
            Settled = Moment.On(new LocalDate(2018, 3, 19)),
            By = new ProvisionRef(new DocumentId("doc-draft-wa"), 3, "126"),
        });
        Talks.StanceOn(new PartyId("eu"), SubjectRef.Demand(new DemandId("d-uk-transition"))).Stance.Should().Be(Stance.Accepts);
        Talks.SettlementOf(new DemandId("d-naaea"))!.By.Should().Be(new ProvisionRef(new DocumentId("doc-joint-report"), 1, "naaea"), "the Joint Report carries the caveat");

        // In the spring of 2019, with the WA agreed but not ratified, two demands on the UK were still open; by the end none.
        Talks.AsOf(new LocalDate(2019, 6, 1)).OpenDemands().AddressedTo(new PartyId("uk")).Select(d => d.Id.Value)
            .Should().BeEquivalentTo("d-no-hard-border", "d-eu-no-reopening");
        Talks.OpenDemands().Should().BeEmpty("the sheet gives every demand's outcome");
    }

    [Fact]
    public void Demands_TheBackstopWasReplacedInOctober2019()
    {
        var revisedProtocol = new ProvisionRef(new DocumentId("doc-draft-wa"), 5, "protocol-ie-ni");

        Talks.ConflictingDemands(new DemandId("d-uk-backstop-exit")).Select(d => d.Id.Value).Should().Equal("d-eu-no-reopening");
        foreach (var (demand, outcome) in new[] { ("d-no-hard-border", DemandOutcome.Met), ("d-uk-backstop-exit", DemandOutcome.Overtaken), ("d-eu-no-reopening", DemandOutcome.Overtaken) })
        {
            var settlement = Talks.SettlementOf(new DemandId(demand))!;
            (settlement.Outcome, settlement.By, settlement.Settled).Should().Be((outcome, revisedProtocol, Moment.On(new LocalDate(2019, 10, 17))), demand);
        }

        Talks.SettlementOf(new DemandId("d-uk-fta"))!.By.Should().Be(new ProvisionRef(new DocumentId("doc-tca"), 1, "trade"));
        Talks.Demands[new DemandId("d-uk-fta")].Source.Should().Be(DemandSource.InProvision(new DocumentId("doc-political-declaration"), 2, "fta"));
    }

    [Fact]
    public void Demands_PhasingConflictsWithParallelTalks() =>
        Talks.ConflictingDemands(new DemandId("d-uk-parallel")).Select(d => d.Id).Should().Equal(new DemandId("d-eu-phasing"));

    [Fact]
    public void Demands_NoHardBorderIsCoAuthoredByIreland()
    {
        var demand = Talks.Demands[new DemandId("d-no-hard-border")];

        (demand.Author, demand.CoAuthors.Single()).Should().Be((new PartyId("eu27"), new PartyId("ireland")));
        Talks.ProvisionsCarrying(demand.Id).Should().Contain(new ProvisionRef(new DocumentId("doc-euco-guidelines-2017-04"), 1, "ireland"));
    }

    [Fact]
    public void Demands_TheBradyAmendmentIsDatedDifferentlyBySources()
    {
        var disputed = Talks.DisputedDates().Should().ContainSingle(d => d.Fact is DemandTabled).Subject;

        disputed.Fact.Should().BeOfType<DemandTabled>().Which.Demand.Id.Should().Be(new DemandId("d-uk-backstop-exit"));
        disputed.Accepted.Should().Be(Moment.On(new LocalDate(2019, 1, 29)));
        disputed.Reports.Select(r => r.Claimed).Should().Equal(Moment.On(new LocalDate(2019, 1, 29)), Moment.On(new LocalDate(2019, 1, 30)));
    }

    [Fact]
    public void Question05_Round4WasPostponedByAWeekOnTwelveSeptember()
    {
        var round4 = Talks.Rounds[new RoundId("r2017-4")];
        var postponement = round4.History.Single(h => h.Status == RoundStatus.Postponed);

        postponement.At.Should().Be(Moment.On(new LocalDate(2017, 9, 12)));
        postponement.Reason.Should().Contain("Florence speech");
        Talks.AsOf(new LocalDate(2017, 9, 11)).Rounds[round4.Id].Planned.Should().Be(Moment.On(new LocalDate(2017, 9, 18)));
        round4.Planned.Should().Be(Moment.On(new LocalDate(2017, 9, 25)));
        (round4.ActualStart, round4.ActualEnd).Should().Be((Moment.On(new LocalDate(2017, 9, 25)), Moment.On(new LocalDate(2017, 9, 28))));
    }

    [Fact]
    public void Rounds_Round2HasSessionsAndIsInProgressOnEachOfItsDays()
    {
        var sessions = Talks.Rounds.Values.Where(r => r.PartOf == new RoundId("r2017-2")).ToList();
        sessions.Select(r => r.Kind).Should().Contain([RoundKind.Plenary, RoundKind.CoordinatorsMeeting, RoundKind.ExpertTalks, RoundKind.PressConference]);
        Talks.Rounds[new RoundId("r2017-2-principals")].Start.Should().Be(Moment.InZone(new LocalDateTime(2017, 7, 17, 9, 15), "Europe/Brussels"));

        // On Tuesday the round and its coordinators' and groups' sessions are certainly in progress; on Wednesday, the last
        // day of the groups, they may have ended before any given hour, so only "possibly" for the groups at hour level.
        var tuesday = new LocalDate(2017, 7, 18);
        Talks.RoundsIn(new DateInterval(tuesday, tuesday), "Europe/Brussels")
            .Where(r => r.Within == Truth.Yes).Select(r => r.Round.Id.Value)
            .Should().BeEquivalentTo("r2017-2", "r2017-2-coordinators", "r2017-2-groups");
        var thursday = new LocalDate(2017, 7, 20);
        Talks.RoundsIn(new DateInterval(thursday, thursday), "Europe/Brussels").Select(r => r.Round.Id.Value)
            .Should().NotContain("r2017-2-groups", "the groups met Monday to Wednesday");
        Talks.Rounds[new RoundId("r2017-2")].CalendarDays.Should().Be(4);
        Talks.Rounds[new RoundId("r2017-2")].Attendance.Select(a => a.Person).Should().Equal(new RepresentativeId("david-davis"));
    }

    [Fact]
    public void Rounds_TheJointCommitteeIsCoChairedByGoveAndSefcovic()
    {
        var committee = Talks.Rounds[new RoundId("jc2020-06-12")];

        committee.Channel.Should().Be(RoundChannel.VideoCall);
        committee.Roles.Where(r => r.Kind == RoleKind.CoChair).Select(r => r.Person!.Value.Value).Should().Equal("michael-gove", "maros-sefcovic");
        Talks.Rounds[new RoundId("euco-2017-12-15")].ChairPerson.Should().Be(new RepresentativeId("donald-tusk"));
    }

    [Fact]
    public void Question06_SufficientProgressOn15DecemberUnlockedPhase2()
    {
        var progress = Talks.Developments[new DevelopmentId("sufficient-progress")];
        progress.Occurred.Should().Be(Moment.On(new LocalDate(2017, 12, 15)));
        Talks.Rounds[new RoundId("euco-2017-10-20")].Outcome!.Summary.Should().StartWith("Progress not sufficient");

        var phase2 = Talks.Rounds[new RoundId("r2018-03")];
        phase2.Precondition.Should().Be(Precondition.DevelopmentOccurred(progress.Id));
        Talks.CanStart(phase2.Id).Conditions!.Met.Should().Be(Truth.Yes);
        Talks.AsOf(new LocalDate(2017, 12, 1)).Developments.Should().NotContainKey(progress.Id, "in October progress was not yet sufficient");
        Talks.SettlementOf(new DemandId("d-eu-phasing"))!.Settled.Should().Be(Moment.On(new LocalDate(2017, 12, 15)));
    }

    [Fact]
    public void Preconditions_FutureRelationshipTalksOnlyAfterTheUkLeft()
    {
        var readiness = Talks.CanStart(new RoundId("fr2020-1"));

        readiness.CanStart.Should().Be(Truth.Yes);
        Talks.Rounds[new RoundId("fr2020-1")].Precondition.Should().Be(Precondition.DevelopmentOccurred(new DevelopmentId("uk-leaves")));
        Talks.Rounds[new RoundId("r2017-1")].Precondition.Should().NotBeNull("no negotiation without notification and authorisation");
    }

    [Fact]
    public void Statements_MayRejectedTheNorthernIrelandBackstop()
    {
        var stance = Talks.StanceOn(new PartyId("uk"), SubjectRef.Demand(new DemandId("d-eu-ni-backstop")));

        stance.Stance.Should().Be(Stance.Rejects);
        Talks.Statements[stance.Position!.Statement].Speaker.Should().Be(new RepresentativeId("theresa-may"));
        Talks.Statements[new StatementId("st-14")].Kind.Should().Be(StatementKind.Announcement);
    }

    [Fact]
    public void Question09_TheUkLeftAtMidnightBrusselsTime()
    {
        var left = Talks.Log.OfType<MembershipEnded>().Single(f => f.Member == new PartyId("uk"));

        left.Occurred.Instant.Should().Be(Moment.InZone(new LocalDateTime(2020, 2, 1, 0, 0), "Europe/Brussels").Instant);
        left.Occurred.Instant.Should().Be(Instant.FromUtc(2020, 1, 31, 23, 0), "GMT is UTC in January");
        left.Left.Should().Be(new LocalDate(2020, 2, 1));

        // The third extension ran to 2020-01-31 or ended earlier, at the end of the month ratification was completed in:
        // completed on 2020-01-30, so the period ended on 2020-01-31 at 24:00 Brussels time.
        var period = new DeadlineId("dl-a50");
        Talks.Deadlines[period].Extensions[^1].EarlyEnd.Should().Be(EarlyEnd.EndOfMonthMet);
        Talks.DueOn(period, new LocalDate(2020, 1, 31)).Should().Be(new LocalDate(2020, 1, 31));
        Talks.Deadlines[period].DueEndsAt(new LocalDate(2020, 1, 31)).Should().Be(left.Occurred.Instant);
    }

    [Fact]
    public void Question10_TheUkRefusedToExtendTransition()
    {
        var extension = new DemandId("d-eu-transition-extension");

        Talks.AsOf(new LocalDate(2020, 6, 30)).StatusOf(extension, new PartyId("uk")).Should().Be(DemandStatus.Rejected);
        Talks.StanceOn(new PartyId("uk"), SubjectRef.Demand(extension)).Position!.Since.Should().Be(Moment.On(new LocalDate(2020, 6, 12)));
        Talks.SettlementOf(extension).Should().BeEquivalentTo(new { Outcome = DemandOutcome.NotMet, Settled = Moment.On(new LocalDate(2020, 7, 1)) }, "the option lapsed on 1 July");
    }

    private static readonly DeadlineId Article50Period = new("dl-a50");

    [Fact]
    public void Question01_WithoutExtensionThePeriodEndedAtMidnightBrusselsOn29March2019()
    {
        var period = Talks.Deadlines[Article50Period];

        period.Set.Should().Be(Moment.On(new LocalDate(2017, 3, 29)), "the clock started on notification");
        period.DueRule.Should().Be(new DueRule(new DevelopmentId("uk-notification"), Period.FromYears(2)), "TEU Art. 50(3): two years after notification");
        period.DueRule!.DueFor(Talks.Developments[period.DueRule.After].Occurred).Should().Be((new LocalDate(2019, 3, 29), new LocalDate(2019, 3, 29)));
        period.Due.Should().Be(new LocalDate(2019, 3, 29), "the case refuses a day the rule does not give");
        period.DueEndsAt(period.Due).Should().Be(Instant.FromUtc(2019, 3, 29, 23, 0), "24:00 Brussels (CET) is 23:00 GMT");
        period.DueAsOf(new LocalDate(2019, 3, 21)).Should().Be(period.Due, "nothing had been extended before 22 March 2019");
    }

    [Fact]
    public void Question02_EachExtensionWasDecidedBeforeTheDayItReplaced()
    {
        var period = Talks.Deadlines[Article50Period];
        var replaced = period.Dues.ToList();

        period.Extensions.Select((e, i) => (Decided: e.Decided.EarliestDate, Replaced: replaced[i], e.NewDue)).Should().Equal(
            (new LocalDate(2019, 3, 22), new LocalDate(2019, 3, 29), new LocalDate(2019, 4, 12)),
            (new LocalDate(2019, 4, 11), new LocalDate(2019, 4, 12), new LocalDate(2019, 10, 31)),
            (new LocalDate(2019, 10, 29), new LocalDate(2019, 10, 31), new LocalDate(2020, 1, 31)));
        period.Extensions.Select((e, i) => e.Decided.IsBefore(Moment.On(replaced[i]))).Should().AllSatisfy(t => t.Should().Be(Truth.Yes));
        period.MissedDues(new LocalDate(2021, 1, 1)).Should().BeEmpty("no day in force passed unmet");
        period.OutcomeOn(new LocalDate(2020, 2, 1)).Should().Be(DeadlineOutcome.Met, "the WA was ratified on 30 January and entered into force at the period's end");
        period.DueEndsAt(period.CurrentDue).Should().Be(Instant.FromUtc(2020, 1, 31, 23, 0));
    }

    [Fact]
    public void Question03_TheTwentySecondOfMayBranchFailedOnCommonsApproval()
    {
        var branch = new DueBranch(new LocalDate(2019, 5, 22), new DeadlineId("dl-mv-by-0329"));

        Talks.DueBranches(Article50Period, new LocalDate(2019, 3, 25)).Should().Equal(
            new DueBranchOutcome(Article50Period, new LocalDate(2019, 4, 12), branch, DeadlineOutcome.Pending, Truth.Undetermined));
        Talks.DueBranches(Article50Period, new LocalDate(2019, 3, 30)).Should().Equal(
            new DueBranchOutcome(Article50Period, new LocalDate(2019, 4, 12), branch, DeadlineOutcome.Missed, Truth.No));
        Talks.DueOn(Article50Period, new LocalDate(2019, 3, 30)).Should().Be(new LocalDate(2019, 4, 12));
        Talks.Deadlines[branch.Condition].What.Should().Contain("Commons approval");
        Talks.MissedDues(new LocalDate(2019, 12, 31)).Where(m => m.Deadline == branch.Condition)
            .Should().Equal(new MissedDue(branch.Condition, new LocalDate(2019, 3, 29), Truth.Yes, null));
    }

    [Fact]
    public void Question04_TheEuropeanCouncilExtendsInAgreementWithTheUk()
    {
        var period = Talks.Deadlines[Article50Period];

        period.ExtendableBy.Should().Equal(new PartyId("european-council"), new PartyId("uk"));
        period.What.Should().Contain("unless the European Council, in agreement with the UK, unanimously extends");
        period.Extensions.Should().AllSatisfy(e =>
        {
            e.By.Should().Be(new PartyId("european-council"));
            e.JointlyWith.Should().Equal(new PartyId("uk"));
        });
        Talks.Validate().Errors.Should().NotContain(e => e.ErrorCode == ErrorCodes.ExtensionWithoutRequiredParty);
    }

    [Fact]
    public void Question10_TheExtensionOptionWasAbandonedNotMissed()
    {
        var option = Talks.Deadlines[new DeadlineId("dl-transition-ext")];

        option.Extensions.Should().BeEmpty();
        option.Met.Should().BeNull("no Joint Committee decision was taken");
        option.OutcomeOn(new LocalDate(2020, 7, 1)).Should().Be(DeadlineOutcome.Abandoned);
        option.Closure!.On.Should().Be(Moment.On(new LocalDate(2020, 6, 12)));
        option.MissedDues(new LocalDate(2020, 7, 1)).Should().BeEmpty("it was abandoned before its last day, not missed");
        option.DueEndsAt(option.Due).Should().Be(Instant.FromUtc(2020, 6, 30, 22, 0), "the option closed before 1 July, Brussels time");
    }

    [Fact]
    public void Rounds_TheEuropeanCouncilMetFourTimesIn2019_InOrder()
    {
        var year = new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));
        var meetings = Talks.RoundsIn(year, "Europe/Brussels").Select(r => r.Round).Where(r => r.Kind == RoundKind.InternalDecision).ToList();

        meetings.Select(r => (r.Id.Value, r.ActualStart!.Value.EarliestDate.ToString("uuuu-MM-dd", null))).Should().Equal(
            ("euco-2019-03-21", "2019-03-21"), ("euco-2019-04-10", "2019-04-10"), ("euco-2019-10-17", "2019-10-17"), ("wp-2019-10-28", "2019-10-28"));
        meetings.Should().AllSatisfy(r => r.ChairPerson.Should().Be(new RepresentativeId("donald-tusk"), "Tusk chaired until 2019-11-30"));
        meetings.Select(r => r.Outcome!.Summary).Should().Equal(
            "Extension agreed in principle (to 2019-05-22 or 2019-04-12).", "Extension to 2019-10-31.",
            "Revised WA endorsed; revised Political Declaration approved.", "Extension to 2020-01-31.");

        var writtenProcedure = meetings[^1];
        writtenProcedure.Channel.Should().Be(RoundChannel.WrittenExchange);
        (writtenProcedure.ActualStart, writtenProcedure.ActualEnd).Should().Be((Moment.On(new LocalDate(2019, 10, 28)), Moment.On(new LocalDate(2019, 10, 29))), "agreed on 28 October, adopted on 29 October");
        writtenProcedure.Outcome!.DocumentsHandedOver.Should().Equal(new DocumentId("doc-ext-decision-3"));
        Talks.Rounds[new RoundId("gac-2020-02-25")].ChairPerson.Should().BeNull("Tusk's term ended on 2019-11-30");
    }

    [Fact]
    public void Rounds_TheEarlierEuropeanCouncilsConcludedWithTheirOutputs()
    {
        Talks.Rounds[new RoundId("euco-2018-03-23")].Outcome!.DocumentsHandedOver.Should().Equal(new DocumentId("doc-euco-guidelines-2018-03"));
        Talks.Rounds[new RoundId("euco-2018-10-17")].Title.Should().Contain("working dinner");
        Talks.Rounds[new RoundId("euco-2018-10-17")].Outcome!.Summary.Should().StartWith("Not enough progress");
        Talks.Rounds[new RoundId("euco-2018-11-25")].Outcome!.Statements.Should().Equal(new StatementId("st-12"));
        Talks.Rounds[new RoundId("gac-2020-02-25")].Outcome!.Summary.Should().Contain("Mandate");
    }

    [Fact]
    public void Rounds_InProgressInOctober2019()
    {
        var october = new DateInterval(new LocalDate(2019, 10, 1), new LocalDate(2019, 10, 31));

        Talks.RoundsIn(october, "Europe/Brussels").Select(r => (r.Round.Id.Value, r.Within)).Should().Equal(
            ("r2019-10", Truth.Yes), ("euco-2019-10-17", Truth.Yes), ("wp-2019-10-28", Truth.Yes));

        // The intensive talks ran ~11 to 17 October, day precision UNCONFIRMED: their start is a window, not a day.
        var intensive = Talks.Rounds[new RoundId("r2019-10")];
        intensive.ActualStart!.Value.Window.Should().Be(DateWindow.Between(new LocalDate(2019, 10, 11), new LocalDate(2019, 10, 17)));
        intensive.ActualEnd.Should().Be(Moment.On(new LocalDate(2019, 10, 17)));
        intensive.Sides.Select(side => side.Delegation!.Head!.Value.Value).Should().Equal("michel-barnier", "david-frost");
        var tenth = new LocalDate(2019, 10, 10);
        Talks.RoundsIn(new DateInterval(tenth, tenth), "Europe/Brussels").Should().BeEmpty();
    }

    [Fact]
    public void Rounds_TheFinalPhase2TalksMissedTheOctoberTarget()
    {
        var talks = Talks.Rounds[new RoundId("r2018-11")];

        talks.Kind.Should().Be(RoundKind.ExpertTalks);
        talks.Sides.Select(side => side.Delegation!.Head!.Value.Value).Should().Equal("sabine-weyand", "olly-robbins");
        talks.Planned.Window.Should().Be(DateWindow.In(new YearMonth(2018, 10)));
        talks.Outcome!.Summary.Should().Contain("2018-11-14");

        var target = Talks.Deadlines[new DeadlineId("dl-wa-october")];
        target.OutcomeOn(new LocalDate(2018, 12, 1)).Should().Be(DeadlineOutcome.Missed);
        target.Met.Should().Be(Moment.On(new LocalDate(2018, 11, 14)), "the text was agreed a fortnight late");
    }

    [Fact]
    public void Coordinators_WeyandUntil31May2019_RobbinsUntilSometimeIn2019()
    {
        static IEnumerable<(string Holder, Truth Held)> Coordinator(string side, LocalDate day) =>
            Talks.RoleHolders(RoleKind.Coordinator, new PartyId(side), day).Select(t => (t.Role.Person!.Value.Value, t.HeldOn(day)));

        var agreement = new LocalDate(2018, 11, 14);
        Coordinator("eu", agreement).Should().Equal(("sabine-weyand", Truth.Yes));
        Coordinator("uk", agreement).Should().Equal(("olly-robbins", Truth.Yes));

        Coordinator("eu", new LocalDate(2019, 5, 31)).Should().Equal(("sabine-weyand", Truth.Yes));
        Coordinator("eu", new LocalDate(2019, 6, 1)).Should().BeEmpty("she became Director-General for Trade");
        Coordinator("uk", new LocalDate(2019, 6, 1)).Should().Equal([("olly-robbins", Truth.Undetermined)], "he left in 2019, month UNCONFIRMED");
        Coordinator("uk", new LocalDate(2020, 1, 1)).Should().BeEmpty();
        Talks.RoleHistory(RoleKind.Coordinator, new PartyId("eu")).Single().Began.Should().Be(Moment.On(new LocalDate(2017, 6, 19)), "the structure was agreed at round 1");
    }

    [Fact]
    public void Deadlines_TheMissedDuesInOrder()
    {
        // dl-barnier-2w: when the UK responded is UNCONFIRMED (met by the Joint Report), and dl-tca-prov's extension was
        // decided at an UNCONFIRMED date around its first day: both undetermined, not certain misses.
        Talks.MissedDues(new LocalDate(2021, 12, 31)).Select(m => (m.Deadline.Value, m.Due.ToString("uuuu-MM-dd", null), m.Certainty)).Should().Equal(
            ("dl-barnier-2w", "2017-11-24", Truth.Undetermined),
            ("dl-eu-offers", "2017-12-04", Truth.Yes),
            ("dl-wa-october", "2018-10-31", Truth.Yes),
            ("dl-mv-by-0329", "2019-03-29", Truth.Yes),
            ("dl-tca-prov", "2021-02-28", Truth.Undetermined));

        var offers = Talks.Deadlines[new DeadlineId("dl-eu-offers")];
        offers.Extensions.Should().BeEmpty("the slip to 2017-12-08 was de facto, not decided");
        offers.Met.Should().Be(Moment.On(new LocalDate(2017, 12, 8)));
        offers.OutcomeOn(new LocalDate(2017, 12, 31)).Should().Be(DeadlineOutcome.Missed);
    }

    [Fact]
    public void Deadlines_TheMeaningfulVoteWasPostponedNotMissed()
    {
        var vote = Talks.Deadlines[new DeadlineId("dl-mv1")];

        vote.Dues.Should().Equal(new LocalDate(2018, 12, 11), new LocalDate(2019, 1, 15));
        vote.Extensions.Single().Decided.Should().Be(Moment.On(new LocalDate(2018, 12, 10)), "postponed the day before");
        vote.OutcomeOn(new LocalDate(2019, 1, 16)).Should().Be(DeadlineOutcome.Met, "held on the day it was moved to (and lost 202–432)");
        vote.MissedDues(new LocalDate(2019, 2, 1)).Should().BeEmpty();
    }

    [Fact]
    public void Deadlines_OtherOutcomesAreTheSheets()
    {
        DeadlineOutcome On(string id, int y, int m, int d) => Talks.Deadlines[new DeadlineId(id)].OutcomeOn(new LocalDate(y, m, d));

        On("dl-ep-elections", 2019, 6, 1).Should().Be(DeadlineOutcome.Met);
        Talks.Deadlines[new DeadlineId("dl-ep-elections")].Met!.Value.Window.Should().Be(DateWindow.Between(new LocalDate(2019, 5, 23), new LocalDate(2019, 5, 26)), "the UK's polling day is UNCONFIRMED");
        On("dl-benn", 2019, 10, 20).Should().Be(DeadlineOutcome.Met, "the request was sent on the day the Letwin amendment triggered it");
        On("dl-transition-end", 2021, 1, 1).Should().Be(DeadlineOutcome.Met);
        Talks.Deadlines[new DeadlineId("dl-transition-end")].Met.Should().Be(Moment.At(Instant.FromUtc(2020, 12, 31, 23, 0)));
        Talks.Deadlines[new DeadlineId("dl-transition-end")].DueEndsAt(new LocalDate(2020, 12, 31)).Should().Be(Instant.FromUtc(2020, 12, 31, 23, 0));

        var provisional = Talks.Deadlines[new DeadlineId("dl-tca-prov")];
        provisional.Dues.Should().Equal(new LocalDate(2021, 2, 28), new LocalDate(2021, 4, 30));
        provisional.Extensions.Single().Decided.Window.Should().Be(DateWindow.Between(new LocalDate(2020, 12, 24), new LocalDate(2021, 4, 30)), "the decision's date is UNCONFIRMED");
        provisional.OutcomeOn(new LocalDate(2021, 5, 1)).Should().Be(DeadlineOutcome.Overtaken, "superseded by entry into force");
        provisional.MissedDues(new LocalDate(2021, 12, 31)).Select(m => m.Due).Should().NotContain(new LocalDate(2021, 4, 30), "closed before its last day");
    }

    [Fact]
    public void Developments_OfTheNineteenthOfOctober2019()
    {
        var saturday = new LocalDate(2019, 10, 19);
        var day = Talks.Timeline(saturday, saturday).Where(e => e.InPeriod == Truth.Yes).Select(e => e.Fact).ToList();

        day.OfType<DevelopmentOccurred>().Select(f => f.Development.Id.Value).Should().Equal("letwin-amendment");
        day.OfType<DemandTabled>().Select(f => f.Demand.Id.Value).Should().Equal("d-ext-request-3");
        day.OfType<DeadlineMet>().Select(f => f.Deadline.Value).Should().Equal("dl-benn");
        day.OfType<StatementMade>().Select(f => f.Statement.Id.Value).Should().Equal("st-13");
        Talks.StanceOn(new PartyId("uk"), SubjectRef.Demand(new DemandId("d-ext-request-3"))).Stance.Should().Be(Stance.Rejects, "Johnson was against the request the law made him send");
    }

    [Fact]
    public void Developments_TheSheetsRowsWithTheirPrecision()
    {
        Talks.Developments.Keys.Select(k => k.Value).Should().Contain(
        [
            "referendum-2016", "may-pm-2016", "barnier-appointed", "notification-act-2017", "uk-election-2017", "florence-speech",
            "mansion-house-speech", "chequers-plan", "davis-resigns", "johnson-resigns", "chequers-white-paper", "raab-mcvey-resign",
            "may-confidence-vote", "no-confidence-2019", "no-deal-vote", "indicative-votes-1", "indicative-votes-2", "ep-elections-2019",
            "may-resignation-announced", "johnson-pm", "benn-act", "letwin-amendment", "wa-bill-second-reading-1", "uk-election-2019",
            "wa-bill-second-reading-2", "covid-19",
        ]);
        Talks.Developments[new DevelopmentId("covid-19")].Occurred.Window.Should().Be(DateWindow.In(new YearMonth(2020, 3)));
        Talks.Developments[new DevelopmentId("may-confidence-vote")].Occurred.Window.Should().Be(DateWindow.In(new YearMonth(2018, 12)), "day 12 is UNCONFIRMED");
        string[] Of(DevelopmentKind kind) => [.. Talks.Developments.Values.Where(d => d.Kind == kind).OrderBy(d => d.Occurred.EarliestDate).Select(d => d.Id.Value)];
        Of(DevelopmentKind.Election).Should().Equal("referendum-2016", "uk-election-2017", "ep-elections-2019", "uk-election-2019");
        Of(DevelopmentKind.ParliamentaryVote).Should().Equal(
            "no-confidence-2019", "no-deal-vote", "indicative-votes-1", "indicative-votes-2", "letwin-amendment", "wa-bill-second-reading-1", "wa-bill-second-reading-2",
            "ep-afco-consent-vote");
        Of(DevelopmentKind.Resignation).Should().Equal("davis-resigns", "johnson-resigns", "raab-mcvey-resign", "may-resignation-announced");
        Of(DevelopmentKind.Speech).Should().Equal("florence-speech", "mansion-house-speech");
        Of(DevelopmentKind.Legislation).Should().Equal("notification-act-2017", "benn-act", "benn-act-repealed", "euwaa-2020-commenced");
        Of(DevelopmentKind.Appointment).Should().Equal("may-pm-2016", "barnier-appointed", "johnson-pm");
    }

    [Fact]
    public void Documents_TheExtensionLettersCarryTheThreeRequests()
    {
        var letters = Talks.Documents[new DocumentId("doc-uk-extension-letters")];

        letters.Revisions.Select(r => r.Presented.EarliestDate.ToString("uuuu-MM-dd", null)).Should().Equal("2019-03-20", "2019-04-05", "2019-10-19");
        letters.Handover.Should().Be(new Handover(new RepresentativeId("theresa-may"), new RepresentativeId("donald-tusk")));
        Talks.DemandsCarriedBy(letters.Id).Select(d => d.Id.Value).Should().Equal("d-ext-request-1", "d-ext-request-2", "d-ext-request-3");
        Talks.DemandsCarriedBy(letters.Id).Select(d => Talks.SettlementOf(d.Id)!).Select(x => (x.Outcome, x.By!.Value.Document.Value))
            .Should().Equal((DemandOutcome.Compromise, "doc-ext-decision-1"), (DemandOutcome.Compromise, "doc-ext-decision-2"), (DemandOutcome.Met, "doc-ext-decision-3"));
        Talks.StanceOn(new PartyId("eu"), SubjectRef.Demand(new DemandId("d-ext-request-3"))).Position!.Statement.Should().Be(new StatementId("st-14"));
    }

    [Fact]
    public void Documents_EachHasTheKindThatFits()
    {
        DocumentKind KindOf(string id) => Talks.Documents[new DocumentId(id)].Kind;

        KindOf("doc-council-directives-2018-01").Should().Be(DocumentKind.Guidelines);
        KindOf("doc-euco-guidelines-2018-03").Should().Be(DocumentKind.Guidelines);
        Talks.Documents.Values.Where(d => d.Kind == DocumentKind.Decision).Select(d => d.Id.Value).Should().BeEquivalentTo(
            "doc-council-directives-2017-05", "doc-ext-decision-1", "doc-ext-decision-2", "doc-ext-decision-3", "doc-council-conclusion-decision");
        Talks.Documents.Values.Where(d => d.Kind == DocumentKind.Law).Select(d => d.Id.Value).Should().BeEquivalentTo("doc-benn-act", "doc-euwaa-2020");
        KindOf("doc-political-declaration").Should().Be(DocumentKind.Declaration);
        KindOf("doc-tca").Should().Be(DocumentKind.Treaty);
        KindOf("doc-uk-position-papers-2017-08").Should().Be(DocumentKind.PositionPaper);
        KindOf("doc-uk-extension-letters").Should().Be(DocumentKind.Letter);

        Talks.Documents[new DocumentId("doc-uk-position-papers-2017-08")].Revisions.Select(r => r.Presented.EarliestDate.Day).Should().Equal(15, 16, 21, 22, 23, 24);
        var declaration = new DocumentId("doc-political-declaration");
        Talks.Documents[declaration].Revisions.Select(r => r.Presented.EarliestDate.ToString("uuuu-MM-dd", null)).Should().Equal("2018-11-22", "2019-10-17");
        Talks.CompareRevisions(declaration, 1, 2).Added.Select(p => p.Article).Should().Equal("fta"); // Q8: the PD's FTA model
    }

    [Fact]
    public void Statements_AllSixteenWithTheirStances()
    {
        Talks.Statements.Keys.Select(k => k.Value).Where(k => k.StartsWith("st-", StringComparison.Ordinal)).Should().BeEquivalentTo(Enumerable.Range(1, 16).Select(i => $"st-{i:00}"));

        Stance StanceOf(string party, SubjectRef subject) => Talks.StanceOn(new PartyId(party), subject).Stance;
        var wa = SubjectRef.Document(new DocumentId("doc-draft-wa"));
        StanceOf("eu", SubjectRef.Demand(new DemandId("d-eu-phasing"))).Should().Be(Stance.Accepts, "st-01 supports the phasing");
        StanceOf("eu", SubjectRef.Document(new DocumentId("doc-joint-report"))).Should().Be(Stance.Accepts, "st-07 welcomes the Joint Report");
        StanceOf("eu", wa).Should().Be(Stance.Accepts, "st-12 endorses the WA");
        StanceOf("european-parliament", wa).Should().Be(Stance.Accepts, "st-15: consent given");
        Talks.Statements[new StatementId("st-03")].About.Should().Equal(SubjectRef.Demand(new DemandId("d-financial-settlement")), SubjectRef.Demand(new DemandId("d-citizens-rights")));
        Talks.Statements[new StatementId("st-06")].About.Should().Contain(SubjectRef.Deadline(new DeadlineId("dl-barnier-2w")));
        Talks.Statements[new StatementId("st-10")].About.Should().Equal(SubjectRef.Development(new DevelopmentId("chequers-plan")));
    }

    [Fact]
    public void Statements_RaabsWordsOfNovember2018SupportTheBackstopExitTabledInJanuary2019()
    {
        // st-11 (2018-11-15): "supports d-uk-backstop-exit", a demand tabled only on 2019-01-29; the demand names it.
        var exit = new DemandId("d-uk-backstop-exit");
        var st11 = new StatementId("st-11");

        Talks.Demands[exit].Formalises.Should().Equal(st11);
        var said = Talks.StatementsOn(exit).Should().ContainSingle().Which;
        said.Id.Should().Be(st11);
        said.Speaker.Should().Be(new RepresentativeId("dominic-raab"));
        said.Party.Should().Be(Talks.Demands[exit].Author, "the UK's own words, which its later demand formalises: support");
        said.Made.IsBefore(Talks.DemandLifecycles[exit].Tabled).Should().Be(Truth.Yes);
        Talks.AsOf(new LocalDate(2018, 12, 31)).Demands.Should().NotContainKey(exit, "in 2018 the statement stood alone");
    }

    private static Agreement WithdrawalAgreement => Talks.Agreements[new AgreementId("wa")];

    private static Agreement TradeAndCooperation => Talks.Agreements[new AgreementId("tca")];

    private static IEnumerable<Development> Developments => Talks.Developments.Values;

    [Fact]
    public void Lifecycle_TheWithdrawalAgreementWasEndorsedTwiceRejectedThreeTimesThenSignedAndConcluded()
    {
        var wa = WithdrawalAgreement;

        wa.Text.Should().Be(new DocumentId("doc-draft-wa"));
        wa.Parties.Should().Equal(new PartyId("eu"), new PartyId("uk"));
        wa.Adopted.Should().BeNull("a draft that was endorsed, voted on, signed and concluded, never adopted");
        wa.Steps.Select(s => (s.Kind, s.On.ToString("uuuu-MM-dd", null), s.Party!.Value.Value)).Should().Equal(
            (AgreementStepKind.Endorsement, "2018-11-25", "eu"),
            (AgreementStepKind.Rejection, "2019-01-15", "uk"),
            (AgreementStepKind.Rejection, "2019-03-12", "uk"),
            (AgreementStepKind.Rejection, "2019-03-29", "uk"),
            (AgreementStepKind.Endorsement, "2019-10-17", "eu"),
            (AgreementStepKind.Endorsement, "2020-01-23", "uk"),
            (AgreementStepKind.Signature, "2020-01-24", "eu"),
            (AgreementStepKind.Signature, "2020-01-24", "uk"),
            (AgreementStepKind.Endorsement, "2020-01-29", "eu"),
            (AgreementStepKind.Ratification, "2020-01-29", "uk"),
            (AgreementStepKind.Ratification, "2020-01-30", "eu"));
        wa.StepsOf(new PartyId("uk")).Where(s => s.Kind.IsConsent()).Should().ContainSingle("the meaningful votes lost are rejections, not approvals");
    }

    [Fact]
    public void Lifecycle_TheWithdrawalAgreementEnteredIntoForceOnTheFirstOfFebruaryOnceBothHadConsented()
    {
        var inForce = new LocalDate(2020, 2, 1);

        var wa = new AgreementId("wa");

        // Art. 185: the day after the end of the Art. 50(3) period as extended (dl-a50), once both parties have consented.
        WithdrawalAgreement.EntryIntoForce.Should().Be(MilestoneRule.AllOf(
            MilestoneRule.After(new DeadlineId("dl-a50"), Period.FromDays(1)),
            MilestoneRule.After(AgreementStepKind.Ratification, Period.Zero, count: 2)));
        Talks.EntryIntoForceDate(wa, new LocalDate(2021, 12, 31)).Should().Be(inForce);
        Talks.MilestoneDate(wa, MilestoneKind.EntryIntoForce, new LocalDate(2021, 12, 31)).Should().Be(inForce);
        Talks.DueOn(new DeadlineId("dl-a50"), new LocalDate(2021, 12, 31)).Should().Be(new LocalDate(2020, 1, 31), "the period as extended");
        Talks.AsOf(new LocalDate(2020, 1, 29)).EntryIntoForceDate(wa, new LocalDate(2020, 1, 29))
            .Should().BeNull("only the UK had consented: the Council concluded on 2020-01-30");
        Talks.AsOf(new LocalDate(2020, 1, 30)).EntryIntoForceDate(wa, new LocalDate(2020, 1, 30))
            .Should().Be(inForce, "both parties had notified before the period as extended ended on 2020-01-31");
        WithdrawalAgreement.EntryIntoForceDate(Developments, new LocalDate(2021, 12, 31))
            .Should().BeNull("the agreement alone does not know the period's extensions; the case does");
    }

    [Fact]
    public void Lifecycle_TheTransitionEndedOnTheThirtyFirstOfDecember2020() =>
        WithdrawalAgreement.MilestoneDate(MilestoneKind.TransitionEnd, Developments, new LocalDate(2021, 12, 31)).Should().Be(new LocalDate(2020, 12, 31));

    [Fact]
    public void Lifecycle_TheTcaAppliedProvisionallyFromNewYearAndEnteredIntoForceOnTheFirstOfMay()
    {
        var tca = TradeAndCooperation;
        var asOf = new LocalDate(2021, 12, 31);

        tca.Text.Should().Be(new DocumentId("doc-tca"));
        tca.Steps.Select(s => (s.Kind, s.On.ToString("uuuu-MM-dd", null), s.Party?.Value, s.Count)).Should().Equal(
            (AgreementStepKind.Conclusion, "2020-12-24", null, 1),
            (AgreementStepKind.Signature, "2020-12-30", null, 3),
            (AgreementStepKind.Endorsement, "2020-12-30", "uk", 1),
            (AgreementStepKind.Endorsement, "2021-04-27", "eu", 1),
            (AgreementStepKind.Ratification, "2021-04-29", "eu", 1));
        tca.MilestoneDate(MilestoneKind.ProvisionalApplication, Developments, asOf).Should().Be(new LocalDate(2021, 1, 1));
        tca.EntryIntoForceDate(Developments, asOf).Should().Be(new LocalDate(2021, 5, 1));
    }

    [Fact]
    public void Lifecycle_TheParliamentsConsentToTheTcaIsDatedDifferentlyBySources()
    {
        var consent = Talks.DisputedDates().Should().ContainSingle(d => d.Fact is AgreementStepTaken).Subject;

        consent.Fact.Should().BeOfType<AgreementStepTaken>().Which.Step.Should().Be(AgreementStepKind.Endorsement);
        consent.Accepted.Should().Be(Moment.On(new LocalDate(2021, 4, 27)), "the day of the vote");
        consent.Reports.Select(r => r.Claimed).Should().Equal(Moment.On(new LocalDate(2021, 4, 27)), Moment.On(new LocalDate(2021, 4, 28)));
    }

    [Fact]
    public void Lifecycle_TheLawsOfJanuary2020_BennActRepealedAndTheWithdrawalAgreementActCommenced()
    {
        var laws = Developments.Where(d => d.Kind == DevelopmentKind.Legislation && d.Occurred.EarliestDate.Year == 2020)
            .OrderBy(d => d.Occurred.EarliestDate).ToList();

        laws.Select(d => (d.Id.Value, d.Occurred)).Should().Equal(
            ("benn-act-repealed", Moment.On(new LocalDate(2020, 1, 23))),
            ("euwaa-2020-commenced", Moment.On(new LocalDate(2020, 1, 31))));
    }

    [Fact]
    public void Lifecycle_TheUnionAuthorisedEachTextsSignatureAndTheParliamentsCommitteeRecommendedConsent()
    {
        var council = Developments.Where(d => d.Actors.Contains(new PartyId("council-eu")) && d.Id.Value.StartsWith("council-signing-decision", StringComparison.Ordinal))
            .OrderBy(d => d.Occurred.EarliestDate).ToList();

        council.Select(d => d.Id.Value).Should().Equal("council-signing-decision-2019", "council-signing-decision-2019-revised");
        council[0].Occurred.Should().Be(Moment.On(new LocalDate(2019, 1, 11)));
        council[1].Occurred.IsPrecise.Should().BeFalse("the sheet's ~2019-10-20 is UNCONFIRMED");
        council[1].Occurred.EarliestDate.Should().Be(new LocalDate(2019, 10, 18));
        council[1].Occurred.LatestDate.Should().BeLessThan(new LocalDate(2020, 1, 24), "the revised text was signed on 2020-01-24");

        var committee = Developments.Single(d => d.Id.Value == "ep-afco-consent-vote");
        committee.Kind.Should().Be(DevelopmentKind.ParliamentaryVote);
        committee.Occurred.Should().Be(Moment.On(new LocalDate(2020, 1, 23)));
        committee.Actors.Should().Equal(new PartyId("european-parliament"));
    }
}
