using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Scenarios;

/// <summary>
/// One test per bullet of issue 11's "Why" (part A: roles and structure, statements, demands, documents, sources,
/// interfaces with outside data), and the parts of those bullets first left untested (a precondition replaced, a
/// statement about an agreement, an acceptance made unconditional, the document kinds): each says what a user of real,
/// multi-month talks needs and failed before. tests/README.md maps every bullet to its tests.
/// </summary>
public sealed class RealTalksConceptsTests
{
    private static readonly NegotiationCase Case = TestWorld.Case;
    private static readonly LocalDate Day = new(2022, 1, 10);
    private static readonly Venue Geneva = new("Geneva", "Europe/Zurich");

    [Fact]
    public void Chair_APersonAndRolesOfParties_AreRecorded()
    {
        // Given a round chaired by a person, hosted by one party, observed by another, with a coordinator for one side
        var round = TestWorld.Bilateral() with
        {
            ChairPerson = TestWorld.Sherman,
            Roles = [RoundRole.OfParty(RoleKind.Host, TestWorld.Germany), RoundRole.OfParty(RoleKind.Observer, TestWorld.Eu), RoundRole.OfPerson(RoleKind.Coordinator, TestWorld.Ryabkov) with { For = TestWorld.Russia }],
        };

        var negotiation = Case.ShouldAccept(Given.RoundPlanned(round));

        var stored = negotiation.Rounds[TestWorld.BilateralId];
        stored.ChairPerson.Should().Be(TestWorld.Sherman);
        stored.Roles.Select(r => r.Kind).Should().Equal(RoleKind.Host, RoleKind.Observer, RoleKind.Coordinator);
        stored.Roles[2].For.Should().Be(TestWorld.Russia);
    }

    [Fact]
    public void Roles_CoordinatorOfAGroupChangesOverTime_EachDayHasItsHolder()
    {
        // Given France coordinates the EU's side from January, then hands over to Germany on 1 July, and the OSCE mediates
        var france = RoundRole.OfParty(RoleKind.Coordinator, TestWorld.France) with { For = TestWorld.Eu };
        var germany = RoundRole.OfParty(RoleKind.Coordinator, TestWorld.Germany) with { For = TestWorld.Eu };
        var negotiation = Case.ShouldAccept(Given.RoleTaken(france, new LocalDate(2022, 1, 1)))
            .ShouldAccept(Given.RoleTaken(RoundRole.OfParty(RoleKind.Mediator, TestWorld.UnitedKingdom), new LocalDate(2022, 1, 1)))
            .ShouldAccept(Given.RoleLeft(france, new LocalDate(2022, 7, 1)))
            .ShouldAccept(Given.RoleTaken(germany, new LocalDate(2022, 7, 1)));

        // Then who coordinated the EU depends on the day, the role has a history, and the mediator is a role of the whole
        // negotiation, not of a round
        negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Eu, new LocalDate(2022, 3, 1)).Single().Role.Party.Should().Be(TestWorld.France);
        negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Eu, new LocalDate(2022, 9, 1)).Single().Role.Party.Should().Be(TestWorld.Germany);
        negotiation.RoleHistory(RoleKind.Coordinator, TestWorld.Eu).Select(t => t.Role.Party).Should().Equal(TestWorld.France, TestWorld.Germany);
        negotiation.RoleHolders(RoleKind.Mediator, null, new LocalDate(2022, 9, 1)).Single().Role.Party.Should().Be(TestWorld.UnitedKingdom);
    }

    [Fact]
    public void Formats_TrilateralKindsSessionsAndDelegations_AreExpressible()
    {
        // Given a trilateral round of kind ministerial meeting with an expert session inside it; the EU's side has German
        // and French delegates and no named head
        var berlin = new Representative(new RepresentativeId("baerbock"), "Annalena Baerbock", "Foreign Minister", TestWorld.Germany, new TermOfOffice(new LocalDate(2021, 12, 8)));
        var negotiation = Case.ShouldAccept(Given.RepresentativeAppointed(berlin, new LocalDate(2021, 12, 8)));
        var trilateral = new Round(new RoundId("trilateral"), RoundFormat.Trilateral, [TestWorld.Russia, TestWorld.UnitedStates, new RoundSide(TestWorld.Eu, Delegation.WithoutHead(berlin.Id, TestWorld.Borrell))], Day)
        {
            Kind = RoundKind.MinisterialMeeting,
        };
        var session = new Round(new RoundId("trilateral-experts"), RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.UnitedStates], Day)
        {
            Kind = RoundKind.ExpertTalks,
            PartOf = trilateral.Id,
        };

        negotiation = negotiation.ShouldAccept(Given.RoundPlanned(trilateral)).ShouldAccept(Given.RoundPlanned(session));

        // Then the sub-meeting belongs to its round, and the delegation has its members without a head
        negotiation.Rounds[session.Id].PartOf.Should().Be(trilateral.Id);
        negotiation.Rounds[trilateral.Id].Sides[2].Delegation!.Head.Should().BeNull();
        negotiation.Rounds[trilateral.Id].Sides[2].Delegation!.Everyone.Should().Equal(berlin.Id, TestWorld.Borrell);
    }

    [Fact]
    public void RoundHeld_SomeoneJoinsLate_IsRecordedWithTheTime()
    {
        var start = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich");
        var joined = Moment.InZone(new LocalDateTime(2022, 1, 10, 14, 0), "Europe/Zurich");
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(start)))
            .ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, start, Moment.InZone(new LocalDateTime(2022, 1, 10, 18, 0), "Europe/Zurich")) with
            {
                Attendance = [new Attendance(TestWorld.Lavrov, joined), new Attendance(TestWorld.Ryabkov)],
            });

        var attendance = negotiation.Rounds[TestWorld.BilateralId].Attendance;
        attendance.Where(a => a.JoinedLate).Select(a => (a.Person, a.Joined)).Should().Equal((TestWorld.Lavrov, (Moment?)joined));
    }

    [Fact]
    public void RoundsIn_AWeekLongRound_IsInProgressOnEachOfItsDays()
    {
        // Given a round held in Geneva from 10 to 14 January, known to the day
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(Day) with { Venue = Geneva }))
            .ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, Day, Day.PlusDays(4)));

        // Then on 12 January (Geneva time) it is in progress, though it started two days earlier; on the 15th it is over
        var wednesday = new LocalDate(2022, 1, 12);
        negotiation.RoundsIn(new DateInterval(wednesday, wednesday), "Europe/Zurich").Should().ContainSingle().Which.Within.Should().Be(Truth.Yes);
        negotiation.RoundsIn(new DateInterval(Day.PlusDays(5), Day.PlusDays(5)), "Europe/Zurich").Should().BeEmpty();
    }

    [Fact]
    public void RoundsIn_ADayInGeneva_IsASpanOfInstantsInNewYorkTime()
    {
        // Given a round on 10 January in Geneva at an unknown hour
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(Day) with { Venue = Geneva }));

        // Then the day in Geneva runs from 18:00 on 9 January to 18:00 on 10 January in New York: 9 January in New York may
        // hold it; 11 January in New York cannot; the whole of 9 and 10 January in New York certainly holds its start
        negotiation.RoundsIn(new DateInterval(Day.PlusDays(-1), Day.PlusDays(-1)), "America/New_York").Single().Within.Should().Be(Truth.Undetermined);
        negotiation.RoundsIn(new DateInterval(Day.PlusDays(1), Day.PlusDays(1)), "America/New_York").Should().BeEmpty();
        negotiation.RoundsIn(new DateInterval(Day.PlusDays(-1), Day), "America/New_York").Single().Within.Should().Be(Truth.Yes);
    }

    [Fact]
    public void Duration_AcrossTheEndOfSummerTime_CountsTheHoursThatPassed()
    {
        // Given a round in Brussels from 18:00 on Saturday 26 October 2019 to 18:00 on Sunday (clocks went back at 03:00)
        var start = Moment.InZone(new LocalDateTime(2019, 10, 26, 18, 0), "Europe/Brussels");
        var end = Moment.InZone(new LocalDateTime(2019, 10, 27, 18, 0), "Europe/Brussels");
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(start) with { PlannedEnd = end }, new LocalDate(2019, 10, 1)));

        var round = negotiation.Rounds[TestWorld.BilateralId];
        round.Duration.Should().Be(Duration.FromHours(25));
        round.CalendarDays.Should().Be(2);
    }

    [Fact]
    public void HeldAndConcluded_AConcludedRound_IsBoth()
    {
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(Day)))
            .ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, Day))
            .ShouldAccept(Given.RoundConcluded(TestWorld.BilateralId, Day));

        var round = negotiation.Rounds[TestWorld.BilateralId];
        (round.IsHeld, round.IsConcluded).Should().Be((true, true));
    }

    [Fact]
    public void Preconditions_ChangedAfterPlanning_AreDatedAndKnownFromTheirRecordDate()
    {
        // Given the NATO round planned requiring the bilateral round; on 3 January it also requires a named development;
        // on 5 January every precondition is dropped
        var buildUp = new Development(new DevelopmentId("pullback"), DevelopmentKind.Other, "Troops pulled back.");
        var added = Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, Precondition.RoundHeld(TestWorld.BilateralId) & Precondition.DevelopmentOccurred(buildUp.Id), new LocalDate(2022, 1, 3), "Only after a pull-back.");
        var dropped = Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, null, new LocalDate(2022, 1, 5));
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.RoundPlanned(TestWorld.NatoRound()))
            .ShouldAccept(Given.DevelopmentOccurred(buildUp, new LocalDate(2022, 1, 2)))
            .ShouldAccept(added);

        // Then while the named development's precondition stands, the round waits for the bilateral round only
        negotiation.Rounds[TestWorld.NatoRoundId].PreconditionChanges.Should().ContainSingle().Which.Reason.Should().Be("Only after a pull-back.");
        negotiation.CanStart(TestWorld.NatoRoundId).Conditions!.Because.Should().HaveCount(2);

        var later = negotiation.ShouldAccept(dropped);
        later.Rounds[TestWorld.NatoRoundId].Precondition.Should().BeNull();
        later.Rounds[TestWorld.NatoRoundId].PreconditionChanges.Select(c => c.IsDrop).Should().Equal(false, true);
        later.KnownOn(added.Recorded).Rounds[TestWorld.NatoRoundId].Precondition.Should().NotBeNull("the drop was not known yet");
    }

    [Fact]
    public void Statement_DifferentStancesOnDifferentDemands_EachWithItsCondition()
    {
        // Given three Russian demands of NATO, and one NATO statement that rejects one, is open on another and accepts the
        // third on a condition
        var statement = new Statement(new StatementId("nato-answer"), TestWorld.Nato, StatementKind.Assessment, "Our answer.")
        {
            Stances =
            [
                new StanceTaken(SubjectRef.Demand(new DemandId("d1")), Stance.Rejects),
                new StanceTaken(SubjectRef.Demand(new DemandId("d2")), Stance.OpenToDiscuss),
                new StanceTaken(SubjectRef.Demand(new DemandId("d3")), Stance.Accepts) { Condition = "if Russia does the same" },
            ],
        };
        var negotiation = Case.ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1")))
            .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d2")))
            .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d3")))
            .ShouldAccept(Given.StatementMade(statement, Day));

        // Then each demand follows its own stance, and the conditional acceptance keeps the third open
        negotiation.StatusOf(new DemandId("d1"), TestWorld.Nato).Should().Be(DemandStatus.Rejected);
        negotiation.StatusOf(new DemandId("d2"), TestWorld.Nato).Should().Be(DemandStatus.UnderDiscussion);
        negotiation.StatusOf(new DemandId("d3"), TestWorld.Nato).Should().Be(DemandStatus.ConditionallyAccepted);
        negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(new DemandId("d3"))).Position!.Condition.Should().Be("if Russia does the same");
        negotiation.OpenDemands().AddressedTo(TestWorld.Nato).Count.Should().Be(3);
    }

    [Fact]
    public void ConditionalAcceptance_ConditionMet_SettlesTheDemandFromThatDate()
    {
        // Given NATO accepts Russia's demand on a condition on 10 January, and the condition is met on 1 February
        var statement = new Statement(new StatementId("nato-if"), TestWorld.Nato, StatementKind.Acceptance, "Yes, if Russia does the same.")
        {
            Stances = [new StanceTaken(SubjectRef.Demand(new DemandId("d1")), Stance.Accepts) { Condition = "if Russia does the same" }],
        };
        var negotiation = Case.ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1")))
            .ShouldAccept(Given.StatementMade(statement, Day))
            .ShouldAccept(Given.ConditionMet(statement.Id, SubjectRef.Demand(new DemandId("d1")), new LocalDate(2022, 2, 1)));

        // Then the demand was open until the condition was met, and accepted since
        negotiation.AsOf(new LocalDate(2022, 1, 31)).StatusOf(new DemandId("d1"), TestWorld.Nato).Should().Be(DemandStatus.ConditionallyAccepted);
        negotiation.StatusOf(new DemandId("d1"), TestWorld.Nato).Should().Be(DemandStatus.Accepted);
        negotiation.OpenDemands().AddressedTo(TestWorld.Nato).Should().BeEmpty();
    }

    [Fact]
    public void Demand_InAPackage_ThePackageIsAnEntityWithItsDemandsAndStatus()
    {
        // Given Russia tables two demands of NATO as the package "guarantees", and NATO rejects one of them
        var negotiation = Case.ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1") with { Package = "guarantees" }))
            .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d2") with { Package = "guarantees" }))
            .ShouldAccept(Given.StatementMade(new Statement(new StatementId("nato-no"), TestWorld.Nato, StatementKind.Rejection, "No.") { Stances = [new StanceTaken(SubjectRef.Demand(new DemandId("d2")), Stance.Rejects)] }, Day));

        // Then the package has its author and demands, and is rejected all or nothing
        var package = negotiation.Package("guarantees")!;
        package.Author.Should().Be(TestWorld.Russia);
        package.Demands.Should().Equal(new DemandId("d1"), new DemandId("d2"));
        negotiation.PackageStatus(package, TestWorld.Nato).Should().Be(DemandStatus.Rejected);
    }

    [Fact]
    public void Statement_AnAnnouncementAboutADeadlineAndAnAgreement_IsRecorded()
    {
        var negotiation = Case.ShouldAccept(Given.DeadlineSet(new Deadline(new DeadlineId("reply"), TestWorld.Russia, "A written reply", new LocalDate(2022, 1, 31))))
            .ShouldAccept(Given.StatementMade(new Statement(new StatementId("us-announces"), TestWorld.UnitedStates, StatementKind.Announcement, "We will answer in writing.")
            {
                About = [SubjectRef.Deadline(new DeadlineId("reply"))],
            }, Day));

        negotiation.Statements[new StatementId("us-announces")].About.Should().Equal(SubjectRef.Deadline(new DeadlineId("reply")));
    }

    [Fact]
    public void Demand_CarriedByProvisionsOfTwoDocuments_WithCoAuthorConflictAndSettlement()
    {
        // Given Russia's demand, co-authored, carried by its draft and by a later joint text; a US demand that conflicts
        var draft = TestWorld.RussianDraft("draft");
        var joint = new Document(new DocumentId("joint-text"), DocumentKind.Treaty, "Joint text", [TestWorld.Russia, TestWorld.Nato], [TestWorld.Nato]);
        var demand = TestWorld.RussianDemand("guarantees") with
        {
            CoAuthors = [TestWorld.Georgia],
            Source = DemandSource.InProvision(draft.Id, 1, "1"),
            AlsoCarriedBy = [new ProvisionRef(joint.Id, 1, "7")],
        };
        var openDoor = new Demand(new DemandId("open-door"), TestWorld.UnitedStates, [TestWorld.Russia], "Respect the open door.") { ConflictsWith = [demand.Id] };
        var negotiation = Case.ShouldAccept(Given.DocumentPresented(draft, new LocalDate(2021, 12, 15), new Provision("1", "Guarantees.")))
            .ShouldAccept(Given.DocumentPresented(joint, new LocalDate(2021, 12, 20), new Provision("7", "Guarantees, jointly.")))
            .ShouldAccept(Given.DemandTabled(demand))
            .ShouldAccept(Given.DemandTabled(openDoor));

        negotiation.ProvisionsCarrying(demand.Id).Select(p => p.Document).Should().Equal(draft.Id, joint.Id);
        negotiation.ConflictingDemands(demand.Id).Select(d => d.Id).Should().Equal(openDoor.Id);

        // When it is settled by the joint text's article 7, as a compromise
        var settled = negotiation.ShouldAccept(Given.DemandSettled(demand.Id, DemandOutcome.Compromise, Day, new ProvisionRef(joint.Id, 1, "7")));

        // Then its outcome can be asked, and it is no longer open
        settled.StatusOf(demand.Id, TestWorld.Nato).Should().Be(DemandStatus.Settled);
        settled.SettlementOf(demand.Id)!.By.Should().Be(new ProvisionRef(joint.Id, 1, "7"));
        settled.OpenDemands().Ids.Should().NotContain(demand.Id);
    }

    [Fact]
    public void Documents_AnnexInterpretationHandoverAndLeak_AreRecorded()
    {
        var draft = TestWorld.RussianDraft("draft");
        var annex = new Document(new DocumentId("annex"), DocumentKind.Annex, "Annex", [TestWorld.Russia], [TestWorld.Nato]) { PartOf = draft.Id };
        var reading = new Document(new DocumentId("reading"), DocumentKind.Declaration, "Joint reading", [TestWorld.Russia, TestWorld.Nato], []) { Interprets = [draft.Id], Visibility = Visibility.Public };
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.DocumentPresented(draft, new LocalDate(2021, 12, 15)) with { Handover = new Handover(TestWorld.Ryabkov, TestWorld.Sherman, TestWorld.BilateralId) })
            .ShouldAccept(Given.DocumentPresented(annex, new LocalDate(2021, 12, 16)))
            .ShouldAccept(Given.DocumentPresented(reading, new LocalDate(2021, 12, 20)))
            .ShouldAccept(Given.DocumentDisclosed(draft.Id, new LocalDate(2021, 12, 17), Disclosure.Leaked) with { LeakedBy = TestWorld.UnitedStates });

        negotiation.Documents[annex.Id].PartOf.Should().Be(draft.Id);
        negotiation.Documents[reading.Id].Interprets.Should().Equal(draft.Id);
        negotiation.Documents[reading.Id].RepliesTo.Should().BeNull("a reading of a text is not a reply to it");
        negotiation.Documents[draft.Id].Handover.Should().Be(new Handover(TestWorld.Ryabkov, TestWorld.Sherman, TestWorld.BilateralId));
        negotiation.Documents[draft.Id].LeakedBy.Should().Be(TestWorld.UnitedStates);
    }

    [Fact]
    public void Reports_SourcesClaimingDifferentDates_AreAllKept()
    {
        // Given a demand the case dates 29 January, which another outlet dates 30 January
        var fact = Given.DemandTabled(TestWorld.RussianDemand("guarantees"), new LocalDate(2022, 1, 29)) with
        {
            Reports = [new Report(new Source("Other outlet", new LocalDate(2022, 1, 31)), new LocalDate(2022, 1, 30))],
        };
        var negotiation = Case.ShouldAccept(fact);

        var disputed = negotiation.DisputedDates().Should().ContainSingle().Subject;
        disputed.Accepted.Should().Be(Moment.On(new LocalDate(2022, 1, 29)));
        disputed.Reports.Select(r => r.Claimed).Should().Equal(Moment.On(new LocalDate(2022, 1, 29)), Moment.On(new LocalDate(2022, 1, 30)));
        disputed.Sources.Should().Equal(Stamp.SourceFor(new LocalDate(2022, 1, 29)).Outlet, "Other outlet");
    }

    [Fact]
    public void Preconditions_ReplacedAfterPlanning_TheNewOneDecidesFromItsDate()
    {
        // Given the NATO round planned to wait for the bilateral round; on 3 January that is replaced by "not before
        // 15 January"
        var replaced = Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, Precondition.NotBefore(new LocalDate(2022, 1, 15)), new LocalDate(2022, 1, 3), "Not before mid-January instead.");
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.RoundPlanned(TestWorld.NatoRound()))
            .ShouldAccept(replaced);

        // Then the change is a replacement (neither an addition nor a drop), dated, and the new precondition decides
        var change = negotiation.Rounds[TestWorld.NatoRoundId].PreconditionChanges.Should().ContainSingle().Subject;
        (change.IsAddition, change.IsDrop).Should().Be((false, false));
        change.Before.Should().Be(Precondition.RoundHeld(TestWorld.BilateralId));
        change.After.Should().Be(Precondition.NotBefore(new LocalDate(2022, 1, 15)));
        negotiation.Rounds[TestWorld.NatoRoundId].Precondition.Should().Be(Precondition.NotBefore(new LocalDate(2022, 1, 15)));
        negotiation.AsOf(new LocalDate(2022, 1, 2)).Rounds[TestWorld.NatoRoundId].Precondition.Should().Be(Precondition.RoundHeld(TestWorld.BilateralId));
    }

    [Fact]
    public void Statement_AboutAnAgreement_IsRecordedAndMustNameAKnownOne()
    {
        // Given an agreement on Russia's draft, and a US statement about it
        var draft = TestWorld.RussianDraft("draft");
        var agreement = new Agreement(new AgreementId("treaty"), draft.Id, [TestWorld.Russia, TestWorld.Nato], MilestoneRule.On(new LocalDate(2022, 6, 1)));
        var about = new Statement(new StatementId("us-on-treaty"), TestWorld.UnitedStates, StatementKind.Assessment, "That treaty will not happen.")
        {
            About = [SubjectRef.Agreement(agreement.Id)],
        };
        var negotiation = Case.ShouldAccept(Given.DocumentPresented(draft, new LocalDate(2021, 12, 15)))
            .ShouldAccept(Given.AgreementDrafted(agreement, new LocalDate(2021, 12, 20)));

        negotiation.ShouldAccept(Given.StatementMade(about, Day)).Statements[about.Id].About.Should().Equal(SubjectRef.Agreement(agreement.Id));
        Case.ShouldRefuse(Given.StatementMade(about, Day), ErrorCodes.UnknownAgreement, "Statements[us-on-treaty].About[0]");
    }

    [Fact]
    public void ConditionalAcceptance_LaterAcceptedWithoutCondition_SettlesTheDemandFromThen()
    {
        // Given NATO accepts Russia's demand on a condition on 10 January, then without condition on 20 January
        var conditional = new Statement(new StatementId("nato-if"), TestWorld.Nato, StatementKind.Acceptance, "Yes, if Russia does the same.")
        {
            Stances = [new StanceTaken(SubjectRef.Demand(new DemandId("d1")), Stance.Accepts) { Condition = "if Russia does the same" }],
        };
        var unconditional = new Statement(new StatementId("nato-yes"), TestWorld.Nato, StatementKind.Acceptance, "Yes.")
        {
            About = [SubjectRef.Demand(new DemandId("d1"))],
        };
        var negotiation = Case.ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1")))
            .ShouldAccept(Given.StatementMade(conditional, Day))
            .ShouldAccept(Given.StatementMade(unconditional, new LocalDate(2022, 1, 20)));

        // Then it was open, conditionally accepted, until the unconditional acceptance, and accepted since
        negotiation.AsOf(new LocalDate(2022, 1, 19)).StatusOf(new DemandId("d1"), TestWorld.Nato).Should().Be(DemandStatus.ConditionallyAccepted);
        negotiation.AsOf(new LocalDate(2022, 1, 19)).OpenDemands().AddressedTo(TestWorld.Nato).Ids.Should().Equal(new DemandId("d1"));
        negotiation.StatusOf(new DemandId("d1"), TestWorld.Nato).Should().Be(DemandStatus.Accepted);
        negotiation.OpenDemands().AddressedTo(TestWorld.Nato).Should().BeEmpty();
    }

    [Theory]
    [InlineData(DocumentKind.FactSheet)]
    [InlineData(DocumentKind.PlanOfAction)]
    [InlineData(DocumentKind.Resolution)]
    [InlineData(DocumentKind.Law)]
    [InlineData(DocumentKind.Report)]
    [InlineData(DocumentKind.Communique)]
    [InlineData(DocumentKind.Annex)]
    public void Documents_KindsOfRealTalks_AreRecordedAsSuch(DocumentKind kind)
    {
        // Given a document of the kind diplomatic reporting names (an annex is part of a document, so it names one)
        var draft = TestWorld.RussianDraft("draft");
        var document = new Document(new DocumentId("paper"), kind, "A paper", [TestWorld.Russia], [TestWorld.Nato]) { PartOf = kind == DocumentKind.Annex ? draft.Id : null };

        var negotiation = Case.ShouldAccept(Given.DocumentPresented(draft, new LocalDate(2021, 12, 15)))
            .ShouldAccept(Given.DocumentPresented(document, new LocalDate(2021, 12, 16)));

        negotiation.Documents[document.Id].Kind.Should().Be(kind);
    }
}
