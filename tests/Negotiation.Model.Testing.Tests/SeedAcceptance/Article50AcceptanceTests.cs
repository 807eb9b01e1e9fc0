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
/// <item><term>Representatives</term><description><see cref="Question07_BrexitSecretaryOnTheDayOfTheAgreementAndTheDayAfter"/></description></item>
/// <item><term>Documents (letter, guidelines, Joint Report, Strasbourg instruments)</term><description><see cref="Documents_TheLetterWasHandedOverByBarrowToTusk"/>, <see cref="Documents_TheStrasbourgInstrumentsInterpretTheDraftAgreement"/></description></item>
/// <item><term>Revisions of doc-draft-wa; Q8 What changed in the October 2019 revision?</term><description><see cref="Question08_TheOctober2019RevisionChangedTheProtocolAndArticles184And185"/></description></item>
/// <item><term>Demands and proposals</term><description><see cref="Demands_OutcomesAreQueryable"/>, <see cref="Demands_PhasingConflictsWithParallelTalks"/>, <see cref="Demands_NoHardBorderIsCoAuthoredByIreland"/>, <see cref="Demands_TheBradyAmendmentIsDatedDifferentlyBySources"/></description></item>
/// <item><term>Rounds; Q5 Which round was postponed, from when to when, and why?</term><description><see cref="Question05_Round4WasPostponedByAWeekOnTwelveSeptember"/>, <see cref="Rounds_Round2HasSessionsAndIsInProgressOnEachOfItsDays"/>, <see cref="Rounds_TheJointCommitteeIsCoChairedByGoveAndSefcovic"/></description></item>
/// <item><term>Preconditions; Q6 When was "sufficient progress" found and what did it unlock?</term><description><see cref="Question06_SufficientProgressOn15DecemberUnlockedPhase2"/>, <see cref="Preconditions_FutureRelationshipTalksOnlyAfterTheUkLeft"/></description></item>
/// <item><term>Statements</term><description><see cref="Statements_MayRejectedTheNorthernIrelandBackstop"/></description></item>
/// <item><term>Q9 At what instant did the UK leave?</term><description><see cref="Question09_TheUkLeftAtMidnightBrusselsTime"/></description></item>
/// <item><term>Q10 Was the transition extended? (the UK's refusal; the option abandoned, never used)</term><description><see cref="Question10_TheUkRefusedToExtendTransition"/>, <see cref="Question10_TheExtensionOptionWasAbandonedNotMissed"/></description></item>
/// <item><term>Deadlines (dl-a50, dl-mv-by-0329, dl-transition-ext); Q1 When would the Treaties have ceased to apply without any extension?</term><description><see cref="Question01_WithoutExtensionThePeriodEndedAtMidnightBrusselsOn29March2019"/></description></item>
/// <item><term>Q2 Was each extension decided before the deadline it replaced?</term><description><see cref="Question02_EachExtensionWasDecidedBeforeTheDayItReplaced"/></description></item>
/// <item><term>Q3 Why did the 2019-05-22 extension branch not apply?</term><description><see cref="Question03_TheTwentySecondOfMayBranchFailedOnCommonsApproval"/></description></item>
/// <item><term>Q4 Who could decide an extension and by what rule?</term><description><see cref="Question04_TheEuropeanCouncilExtendsInAgreementWithTheUk"/></description></item>
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
        Talks.StatusOf(new DemandId("d-uk-transition"), new PartyId("eu")).Should().Be(DemandStatus.Accepted);
        Talks.OpenDemands().AddressedTo(new PartyId("uk")).Select(d => d.Id.Value)
            .Should().BeEquivalentTo("d-naaea", "d-no-hard-border", "d-eu-lpf", "d-eu-transition-extension");
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
        var disputed = Talks.DisputedDates().Should().ContainSingle().Subject;

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
    }

    [Fact]
    public void Question10_TheUkRefusedToExtendTransition()
    {
        Talks.StatusOf(new DemandId("d-eu-transition-extension"), new PartyId("uk")).Should().Be(DemandStatus.Rejected);
        Talks.StanceOn(new PartyId("uk"), SubjectRef.Demand(new DemandId("d-eu-transition-extension"))).Position!.Since
            .Should().Be(Moment.On(new LocalDate(2020, 6, 12)));
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
        Talks.MissedDues(new LocalDate(2019, 12, 31)).Should().Equal(new MissedDue(branch.Condition, new LocalDate(2019, 3, 29), Truth.Yes, null));
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
}
