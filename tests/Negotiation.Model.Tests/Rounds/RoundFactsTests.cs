using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Rounds;

public sealed class RoundFactsTests
{
    private const string Bilateral = "Rounds[ru-us-2022-01]";
    private const string NatoRound = "Rounds[ru-nato-2022-01]";

    private static readonly CommitmentId EuParticipation = new("us-eu-european-security");
    private static readonly Moment December = DateWindow.In(new YearMonth(2021, 12));
    private static readonly Moment February = DateWindow.In(new YearMonth(2022, 2));
    private static readonly Moment LateJanuary = DateWindow.LateIn(new YearMonth(2022, 1));

    /// <summary>The world with the bilateral round (early January) and the NATO round (January, after the bilateral).</summary>
    private static readonly NegotiationCase BothPlanned = TestWorld.Case.RecordOrThrow(
        Given.RoundPlanned(TestWorld.Bilateral()),
        Given.RoundPlanned(TestWorld.NatoRound()));

    /// <summary>The bilateral round planned for 10 to 13 January 2022.</summary>
    private static readonly Round FourDays = TestWorld.Bilateral(Moment.On(new LocalDate(2022, 1, 10))) with { PlannedEnd = Moment.On(new LocalDate(2022, 1, 13)) };

    /// <summary>The world with the US–EU understanding that European security is discussed with the EU.</summary>
    private static readonly NegotiationCase Committed = TestWorld.Case.RecordOrThrow(
        Given.CommitmentMade(new Commitment(EuParticipation, [TestWorld.UnitedStates, TestWorld.Eu], "Any discussion of European security happens with the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu)));

    [Fact]
    public void RoundConcluded_AfterALateReportShowsItsPreconditionsWereNotMet_IsAcceptedWithAWarning()
    {
        // Held on 10 January "only if no invasion"; an invasion of 5 January is reported afterwards. The round went ahead
        // as then known: concluding it is legal, and says the preconditions were broken later (it used to be refused as
        // if it were being held again).
        var guarded = TestWorld.Bilateral() with { Precondition = !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, TestWorld.Ukraine) };
        var invasion = new Development(new DevelopmentId("invasion"), DevelopmentKind.Invasion, "Invasion of Ukraine.") { Actors = [TestWorld.Russia], Targets = [TestWorld.Ukraine] };
        var reported = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(guarded),
            Given.RoundHeld(guarded.Id, TestWorld.Geneva),
            Given.DevelopmentOccurred(invasion, Moment.On(new LocalDate(2022, 1, 5))));

        var (concluded, warning) = reported.ShouldAcceptWithWarning(Given.RoundConcluded(guarded.Id, Moment.On(new LocalDate(2022, 1, 11))), ErrorCodes.PreconditionsBrokenLater, $"{Bilateral}.Precondition");

        concluded.Rounds[guarded.Id].Status.Should().Be(RoundStatus.Concluded);
        warning.ErrorMessage.Should().Contain("facts recorded since show they were not");
        concluded.Validate().Errors.Should().NotContain(e => e.Severity == FluentValidation.Severity.Error);
    }

    [Fact]
    public void RoundPlanned_Agreed_EntersAsAgreedWithItsFirstHistoryEntry()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()));

        var round = negotiation.Rounds[TestWorld.BilateralId];
        round.Status.Should().Be(RoundStatus.Agreed);
        round.History.Should().Equal(new RoundStatusChange(RoundStatus.Agreed, TestWorld.ArticleDay));
        round.Planned.Should().Be(Moment.Within(TestWorld.EarlyJanuary));
        round.Start.Should().Be(round.Planned);
        round.Sides.Should().Equal(TestWorld.Bilateral().Sides);
        round.Agenda.Should().Be(TestWorld.Bilateral().Agenda);
    }

    [Fact]
    public void RoundPlanned_NotAgreed_EntersAsProposed() =>
        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(), agreed: false)).Rounds[TestWorld.BilateralId].Status.Should().Be(RoundStatus.Proposed);

    [Fact]
    public void RoundPlanned_MultilateralWithAnOrganisationAsOneOfTwoSides_IsAccepted() =>
        TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.RoundPlanned(TestWorld.NatoRound()));

    [Fact]
    public void RoundPlanned_MultilateralOfThreeStates_IsAccepted() =>
        TestWorld.Case.ShouldAccept(Given.RoundPlanned(Round(RoundFormat.Multilateral, TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Germany)));

    [Fact]
    public void RoundPlanned_FullyDescribed_IsAccepted()
    {
        var round = TestWorld.Bilateral(TestWorld.Geneva) with
        {
            Title = "Strategic Stability Dialogue",
            Channel = RoundChannel.Meeting,
            Venue = new Venue("Geneva, US mission", "Europe/Zurich"),
            Chair = TestWorld.Russia,
            Sides =
            [
                new RoundSide(TestWorld.Russia, new Delegation(TestWorld.Ryabkov, [TestWorld.Lavrov])),
                new RoundSide(TestWorld.UnitedStates, new Delegation(TestWorld.Sherman)),
            ],
            Agenda = new Agenda { Topics = [TestWorld.ArmsControl] },
        };

        TestWorld.Case.ShouldAccept(Given.RoundPlanned(round));
    }

    [Fact]
    public void RoundPlanned_MediatorWhoIsNotASide_IsAccepted() =>
        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral() with { Chair = TestWorld.France, ChairRole = ChairRole.Mediator }));

    [Fact]
    public void RoundPlanned_TakenId_FailsWithDuplicateId() =>
        BothPlanned.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral()), ErrorCodes.DuplicateId, Bilateral);

    [Fact]
    public void RoundPlanned_UnknownSide_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(Round(RoundFormat.Bilateral, TestWorld.Russia, TestWorld.Atlantis)), ErrorCodes.UnknownParty, Bilateral + ".Sides[1].Party");

    [Fact]
    public void RoundPlanned_PartyNamedAsTwoSides_FailsWithDuplicateSide() =>
        TestWorld.Case.ShouldRefuseWith(
            Given.RoundPlanned(Round(RoundFormat.Bilateral, TestWorld.Russia, TestWorld.Russia)),
            (ErrorCodes.DuplicateEntry, Bilateral + ".Sides[1]"),
            (ErrorCodes.DuplicateSide, Bilateral + ".Sides"));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void RoundPlanned_BilateralWithoutExactlyTwoSides_FailsWithBilateralNeedsTwoSides(int count)
    {
        PartyId[] sides = [TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Germany];

        var error = TestWorld.Case.ShouldRefuse(Given.RoundPlanned(Round(RoundFormat.Bilateral, sides[..count])), ErrorCodes.BilateralNeedsTwoSides, Bilateral + ".Sides");

        error.ErrorMessage.Should().Contain($"this one has {count}");
    }

    [Fact]
    public void RoundPlanned_MultilateralOfTwoStates_FailsWithMultilateralNeedsMoreSides() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(Round(RoundFormat.Multilateral, TestWorld.Russia, TestWorld.UnitedStates)), ErrorCodes.MultilateralNeedsMoreSides, Bilateral + ".Sides");

    [Fact]
    public void RoundPlanned_ChairWhoIsNotASide_FailsWithChairNotParticipant() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Chair = TestWorld.France }), ErrorCodes.ChairNotParticipant, Bilateral + ".Chair");

    [Fact]
    public void RoundPlanned_UnknownChair_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Chair = TestWorld.Atlantis }), ErrorCodes.UnknownParty, Bilateral + ".Chair");

    [Fact]
    public void RoundPlanned_UnknownDelegate_FailsWithUnknownRepresentative() =>
        TestWorld.Case.ShouldRefuse(
            Given.RoundPlanned(TestWorld.Bilateral() with { Sides = [new RoundSide(TestWorld.Russia, new Delegation(new RepresentativeId("nobody"))), TestWorld.UnitedStates] }),
            ErrorCodes.UnknownRepresentative,
            Bilateral + ".Sides[0].Delegation[0]");

    [Fact]
    public void RoundPlanned_DelegateOfAnotherParty_FailsWithDelegateOfOtherParty()
    {
        var round = TestWorld.Bilateral() with
        {
            Sides = [TestWorld.Russia, new RoundSide(TestWorld.UnitedStates, new Delegation(TestWorld.Sherman, [TestWorld.Lavrov]))],
        };

        var error = TestWorld.Case.ShouldRefuse(Given.RoundPlanned(round), ErrorCodes.DelegateOfOtherParty, Bilateral + ".Sides[1].Delegation[1]");

        error.ErrorMessage.Should().Be("Sergei Lavrov represents 'russia', not 'united-states'.");
    }

    [Fact]
    public void RoundPlanned_VenueWithoutName_FailsWithNameRequired() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Venue = new Venue("", "Europe/Zurich") }), ErrorCodes.NameRequired, Bilateral + ".Venue.Name");

    [Fact]
    public void RoundPlanned_VenueInUnknownZone_FailsWithUnknownTimeZone() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Venue = new Venue("Geneva", "Europe/Geneva") }), ErrorCodes.UnknownTimeZone, Bilateral + ".Venue.ZoneId");

    [Fact]
    public void RoundPlanned_UnknownAgendaTopic_FailsWithUnknownTopic() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Agenda = new Agenda { Topics = [new TopicId("space")] } }), ErrorCodes.UnknownTopic, Bilateral + ".Agenda.Topics[0]");

    [Fact]
    public void RoundPlanned_UnknownAgendaDocument_FailsWithUnknownDocument() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Agenda = new Agenda { Documents = [new DocumentId("draft")] } }), ErrorCodes.UnknownDocument, Bilateral + ".Agenda.Documents[0]");

    [Fact]
    public void RoundPlanned_UnknownAgendaDemand_FailsWithUnknownDemand() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Agenda = new Agenda { Demands = [new DemandId("demand")] } }), ErrorCodes.UnknownDemand, Bilateral + ".Agenda.Demands[0]");

    [Fact]
    public void RoundPlanned_RequiringItself_FailsWithPreconditionCycle() =>
        TestWorld.Case.ShouldRefuse(
            Given.RoundPlanned(TestWorld.Bilateral() with { Precondition = Precondition.RoundHeld(TestWorld.BilateralId) }),
            ErrorCodes.PreconditionCycle,
            Bilateral + ".Precondition[0]");

    [Fact]
    public void RoundPlanned_RequiringAnUnknownRound_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(TestWorld.NatoRound()), ErrorCodes.UnknownRound, NatoRound + ".Precondition[0]");

    public static TheoryData<Precondition, string> UnknownReferences => new()
    {
        { Precondition.DocumentPresented(new DocumentId("draft")), ErrorCodes.UnknownDocument },
        { Precondition.DemandAnswered(new DemandId("demand")), ErrorCodes.UnknownDemand },
        { Precondition.PartyTakesPart(new PartyId("atlantis")), ErrorCodes.UnknownParty },
        { Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, new PartyId("atlantis")), ErrorCodes.UnknownParty },
        { Precondition.RoundConcluded(new RoundId("earlier")), ErrorCodes.UnknownRound },
    };

    [Theory]
    [MemberData(nameof(UnknownReferences))]
    public void RoundPlanned_PreconditionPartReferringToUnknownThing_FailsAtThatPartsIndex(Precondition part, string code) =>
        TestWorld.Case.ShouldRefuse(
            Given.RoundPlanned(TestWorld.Bilateral() with { Precondition = Precondition.NotBefore(new LocalDate(2022, 1, 1)) & !part }),
            code,
            Bilateral + ".Precondition[1]");

    [Fact]
    public void RoundPlanned_CertainlyBeforeTheRoundItRequires_FailsWithPlannedBeforeRequiredRound()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()));

        var error = negotiation.ShouldRefuse(Given.RoundPlanned(TestWorld.NatoRound(December)), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");

        error.ErrorMessage.Should().Contain("December 2021").And.Contain("early January 2022");
    }

    [Fact]
    public void RoundPlanned_PossiblyBeforeTheRoundItRequires_IsAcceptedWithPlannedPossiblyBeforeRequiredRound()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()));

        negotiation.ShouldAcceptWithWarning(Given.RoundPlanned(TestWorld.NatoRound(TestWorld.EarlyJanuary)), ErrorCodes.PlannedPossiblyBeforeRequiredRound, NatoRound + ".Planned");
    }

    [Fact]
    public void RoundPlanned_WindowReachingPastTheRoundItRequires_IsAcceptedWithoutWarning() =>
        TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.RoundPlanned(TestWorld.NatoRound(TestWorld.January)));

    [Fact]
    public void RoundPlanned_EndingBeforeItsNotBeforeDay_FailsWithPlannedOutsideWindow()
    {
        var error = TestWorld.Case.ShouldRefuse(
            Given.RoundPlanned(TestWorld.Bilateral() with { Precondition = Precondition.NotBefore(new LocalDate(2022, 1, 15)) }),
            ErrorCodes.PlannedOutsideWindow,
            Bilateral + ".Precondition[0]");

        error.ErrorMessage.Should().Contain("early January 2022").And.Contain("15 January 2022");
    }

    [Fact]
    public void RoundPlanned_StartingAfterItsNotAfterDay_FailsWithPlannedOutsideWindow() =>
        TestWorld.Case.ShouldRefuse(
            Given.RoundPlanned(TestWorld.Bilateral(TestWorld.January) with { Precondition = Precondition.NotAfter(new LocalDate(2021, 12, 31)) }),
            ErrorCodes.PlannedOutsideWindow,
            Bilateral + ".Precondition[0]");

    [Fact]
    public void RoundPlanned_WindowOverlappingItsNotBeforeDay_IsAccepted() =>
        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(TestWorld.January) with { Precondition = Precondition.NotBefore(new LocalDate(2022, 1, 15)) }));

    [Fact]
    public void RoundPlanned_DateLimitOnlyAsAnAlternative_IsNotCheckedAgainstThePlan() =>
        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral() with
        {
            Precondition = Precondition.NotBefore(new LocalDate(2022, 1, 15)) | Precondition.PartyTakesPart(TestWorld.Russia),
        }));

    [Fact]
    public void RoundPlanned_BreakingACommitment_IsAcceptedWithCommitmentBroken()
    {
        // Security guarantees are narrower than European security, which the US agreed to discuss only with the EU.
        var (_, warning) = Committed.ShouldAcceptWithWarning(Given.RoundPlanned(TestWorld.Bilateral()), ErrorCodes.CommitmentBroken, Bilateral);

        warning.ErrorMessage.Should().Be(
            "the Russia–United States round (ru-us-2022-01) discusses European security without European Union, against the commitment "
            + "'us-eu-european-security' of United States and European Union: \"Any discussion of European security happens with the EU.\"");
    }

    [Fact]
    public void RoundPlanned_CommitmentTopicOnlyThroughAnAgendaDemand_IsAcceptedWithCommitmentBroken()
    {
        var negotiation = Committed.RecordOrThrow(Given.DemandTabled(TestWorld.RussianDemand("no-enlargement", TestWorld.UnitedStates) with { Topics = [TestWorld.NatoEnlargement] }));

        negotiation.ShouldAcceptWithWarning(
            Given.RoundPlanned(TestWorld.Bilateral() with { Agenda = new Agenda { Demands = [new DemandId("no-enlargement")] } }),
            ErrorCodes.CommitmentBroken,
            Bilateral);
    }

    [Fact]
    public void RoundPlanned_RequiredParticipantTakesPart_DoesNotBreakTheCommitment() =>
        Committed.ShouldAccept(Given.RoundPlanned(Round(RoundFormat.Multilateral, TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Eu) with
        {
            Agenda = new Agenda { Topics = [TestWorld.EuropeanSecurity] },
        }));

    [Fact]
    public void RoundPlanned_OtherTopic_DoesNotBreakTheCommitment() =>
        Committed.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral() with { Agenda = new Agenda { Topics = [TestWorld.ArmsControl] } }));

    [Fact]
    public void RoundPlanned_NoCommittedPartyTakesPart_DoesNotBreakTheCommitment() =>
        Committed.ShouldAccept(Given.RoundPlanned(Round(RoundFormat.Bilateral, TestWorld.Russia, TestWorld.Ukraine) with
        {
            Agenda = new Agenda { Topics = [TestWorld.EuropeanSecurity] },
        }));

    [Fact]
    public void RoundPlanned_Describe_NamesStatusSidesAndTime()
    {
        Given.RoundPlanned(TestWorld.Bilateral()).Describe().Should().Be("round ru-us-2022-01 agreed between russia, united-states for early January 2022");
        Given.RoundPlanned(TestWorld.Bilateral(), agreed: false).Describe().Should().Be("round ru-us-2022-01 proposed between russia, united-states for early January 2022");
    }

    [Fact]
    public void RoundAgreed_UnknownRound_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuse(Given.RoundAgreed(TestWorld.BilateralId, TestWorld.ArticleDay), ErrorCodes.UnknownRound, Bilateral);

    [Fact]
    public void RoundAgreed_Describe_NamesTheRound() =>
        Given.RoundAgreed(TestWorld.BilateralId, TestWorld.ArticleDay).Describe().Should().Be("round ru-us-2022-01 agreed");

    [Fact]
    public void RoundRescheduled_NotYetHeld_MovesThePlannedTime()
    {
        var negotiation = BothPlanned.ShouldAccept(Given.RoundRescheduled(TestWorld.NatoRoundId, February, new LocalDate(2021, 12, 28)));

        negotiation.Rounds[TestWorld.NatoRoundId].Planned.Should().Be(February);
        BothPlanned.Rounds[TestWorld.NatoRoundId].Planned.Should().Be(Moment.Within(TestWorld.January));
    }

    [Fact]
    public void RoundRescheduled_PastItsPlannedEnd_FailsWithEndBeforeStartAndLeavesTheRound()
    {
        var planned = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(FourDays));

        planned.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, new LocalDate(2021, 12, 28)), ErrorCodes.EndBeforeStart, Bilateral + ".PlannedEnd");
        planned.Validate().Errors.Should().BeEmpty();
    }

    [Fact]
    public void RoundRescheduled_WithANewPlannedEnd_MovesBoth()
    {
        var planned = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(FourDays));
        var end = Moment.On(new LocalDate(2022, 2, 28));

        var round = planned.ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, February, new LocalDate(2021, 12, 28)) with { PlannedEnd = end })
            .Rounds[TestWorld.BilateralId];

        (round.Planned, round.PlannedEnd).Should().Be((February, end));
    }

    [Fact]
    public void RoundRescheduled_WithinItsPlannedEnd_KeepsThePlannedEnd() =>
        TestWorld.Case.RecordOrThrow(Given.RoundPlanned(FourDays))
            .ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, Moment.On(new LocalDate(2022, 1, 11)), new LocalDate(2021, 12, 28)))
            .Rounds[TestWorld.BilateralId].PlannedEnd.Should().Be(FourDays.PlannedEnd);

    [Fact]
    public void RoundRescheduled_UnknownRound_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, TestWorld.ArticleDay), ErrorCodes.UnknownRound, Bilateral);

    [Fact]
    public void RoundRescheduled_BeforeTheRoundItRequires_FailsWithPlannedBeforeRequiredRound() =>
        BothPlanned.ShouldRefuse(Given.RoundRescheduled(TestWorld.NatoRoundId, December, TestWorld.ArticleDay), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterItsDependent_FailsAtTheDependent() =>
        BothPlanned.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, TestWorld.ArticleDay), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedToTheEndOfItsDependentsWindow_WarnsAtTheDependent() =>
        BothPlanned.ShouldAcceptWithWarning(Given.RoundRescheduled(TestWorld.BilateralId, LateJanuary, TestWorld.ArticleDay), ErrorCodes.PlannedPossiblyBeforeRequiredRound, NatoRound + ".Planned");

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterARoundThatCameToRequireIt_FailsAtTheDependent()
    {
        // The NATO round is planned free of conditions and only later made to wait for the bilateral: from then on the
        // bilateral may not move after it.
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral()),
            Given.RoundPlanned(TestWorld.NatoRound() with { Precondition = null }),
            Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, Precondition.RoundHeld(TestWorld.BilateralId), Moment.On(new LocalDate(2021, 12, 27))));

        negotiation.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, new LocalDate(2021, 12, 28)), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");
    }

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterARoundThatStillRequiresItAmongNewConditions_FailsAtTheDependent()
    {
        // The NATO round's conditions change but still include the bilateral: it still guards its order.
        var negotiation = BothPlanned.RecordOrThrow(
            Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, Precondition.RoundHeld(TestWorld.BilateralId) & Precondition.NotBefore(new LocalDate(2022, 1, 1)), Moment.On(new LocalDate(2021, 12, 27))));

        negotiation.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, new LocalDate(2021, 12, 28)), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");
    }

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterARoundThatNoLongerRequiresIt_IsAccepted()
    {
        var negotiation = BothPlanned.RecordOrThrow(
            Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, Precondition.NotBefore(new LocalDate(2022, 1, 1)), Moment.On(new LocalDate(2021, 12, 27))));

        negotiation.ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, February, new LocalDate(2021, 12, 28)));
        negotiation.Data.Indexes.RoundDependents.Get(TestWorld.BilateralId).Should().BeEmpty("no round waits for the bilateral any more");
    }

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedPastACancelledDependent_IsAccepted() =>
        BothPlanned.RecordOrThrow(Given.RoundCancelled(TestWorld.NatoRoundId, "NATO declined", new LocalDate(2021, 12, 28)))
            .ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, February, new LocalDate(2021, 12, 29)));

    [Fact]
    public void RoundPreconditionsChanged_RequiringARoundThatRequiresIt_FailsWithPreconditionCycle()
    {
        // The NATO round waits for the bilateral; making the bilateral wait for the NATO round would leave each waiting for
        // the other, which whole-case validation reports on both (NM5101): Record refuses it first.
        var refused = BothPlanned.ShouldRefuse(
            Given.RoundPreconditionsChanged(TestWorld.BilateralId, Precondition.NotBefore(new LocalDate(2022, 1, 1)) & Precondition.RoundConcluded(TestWorld.NatoRoundId), Moment.On(TestWorld.ArticleDay)),
            ErrorCodes.PreconditionCycle,
            Bilateral + ".Precondition[1]");

        refused.ErrorMessage.Should().Contain("'ru-nato-2022-01'");
    }

    [Fact]
    public void RoundPreconditionsChanged_RequiringARoundThatRequiresItThroughAThird_FailsWithPreconditionCycle()
    {
        var third = new Round(new RoundId("ru-us-2022-02"), RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.UnitedStates], Moment.Within(TestWorld.EarlyJanuary))
        {
            Precondition = Precondition.AnyOf(Precondition.RoundHeld(TestWorld.NatoRoundId), Precondition.PartyTakesPart(TestWorld.Russia)),
        };
        var negotiation = BothPlanned.RecordOrThrow(Given.RoundPlanned(third));

        negotiation.ShouldRefuse(
            Given.RoundPreconditionsChanged(TestWorld.BilateralId, Precondition.RoundHeld(third.Id), Moment.On(TestWorld.ArticleDay)),
            ErrorCodes.PreconditionCycle,
            Bilateral + ".Precondition[0]");
    }

    [Fact]
    public void RoundPreconditionsChanged_CycleThroughACancelledRound_IsStillRefused() =>
        BothPlanned.RecordOrThrow(Given.RoundCancelled(TestWorld.NatoRoundId, "NATO declined", new LocalDate(2021, 12, 28)))
            .ShouldRefuse(
                Given.RoundPreconditionsChanged(TestWorld.BilateralId, Precondition.RoundHeld(TestWorld.NatoRoundId), Moment.On(new LocalDate(2021, 12, 29))),
                ErrorCodes.PreconditionCycle,
                Bilateral + ".Precondition[0]");

    [Fact]
    public void RoundPreconditionsChanged_RequiringARoundThatNoLongerRequiresIt_IsAccepted() =>
        BothPlanned.RecordOrThrow(Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, null, Moment.On(TestWorld.ArticleDay)))
            .ShouldAcceptWithWarning(Given.RoundPreconditionsChanged(TestWorld.BilateralId, Precondition.RoundHeld(TestWorld.NatoRoundId), Moment.On(TestWorld.ArticleDay.PlusDays(1))), ErrorCodes.PlannedPossiblyBeforeRequiredRound, Bilateral + ".Planned");

    [Fact]
    public void RoundRescheduled_Describe_NamesTheNewTime() =>
        Given.RoundRescheduled(TestWorld.BilateralId, February, TestWorld.ArticleDay).Describe().Should().Be("round ru-us-2022-01 rescheduled for February 2022");

    [Fact]
    public void RoundHeld_Agreed_RecordsTheActualStartAndEnd()
    {
        var ended = Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0));

        var negotiation = BothPlanned.ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva, ended));

        var round = negotiation.Rounds[TestWorld.BilateralId];
        round.Status.Should().Be(RoundStatus.Held);
        round.HasBeenHeld.Should().BeTrue();
        round.ActualStart.Should().Be(TestWorld.Geneva);
        round.ActualEnd.Should().Be(ended);
        round.Start.Should().Be(TestWorld.Geneva);
        round.Planned.Should().Be(Moment.Within(TestWorld.EarlyJanuary), "the plan is kept");
    }

    [Fact]
    public void RoundHeld_Cancelled_FailsWithIllegalStatusChangeGivingTheReason()
    {
        var cancelled = BothPlanned.RecordOrThrow(Given.RoundCancelled(TestWorld.BilateralId, "Troop build-up", new LocalDate(2021, 12, 28)));

        var error = cancelled.ShouldRefuse(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva), ErrorCodes.IllegalStatusChange, Bilateral + ".Status");

        error.ErrorMessage.Should().Be("the Russia–United States round (ru-us-2022-01) was cancelled (Troop build-up); a cancelled round is not held.");
    }

    [Fact]
    public void RoundHeld_AlreadyHeld_FailsWithIllegalStatusChange()
    {
        var held = BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));

        var error = held.ShouldRefuse(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva), ErrorCodes.IllegalStatusChange, Bilateral + ".Status");

        error.ErrorMessage.Should().Be("the Russia–United States round (ru-us-2022-01) is already held.");
    }

    [Fact]
    public void RoundHeld_EndingBeforeItStarts_FailsWithEndBeforeStart() =>
        BothPlanned.ShouldRefuse(
            Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva, Moment.At(Instant.FromUtc(2022, 1, 10, 7, 0))),
            ErrorCodes.EndBeforeStart,
            Bilateral + ".ActualEnd");

    [Fact]
    public void RoundHeld_EndPossiblyOnTheStartDay_IsAccepted() =>
        BothPlanned.ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva, new LocalDate(2022, 1, 10)));

    [Fact]
    public void RoundHeld_RequiredRoundNotHeld_FailsWithPreconditionsNotMetAndTheReasonTree()
    {
        var error = BothPlanned.ShouldRefuse(Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 12)), ErrorCodes.PreconditionsNotMet, NatoRound + ".Precondition");

        error.ErrorMessage.Should().Be(
            "the Russia–NATO round (ru-nato-2022-01) cannot be held (12 January 2022): its preconditions are not met." + Environment.NewLine
            + "[not met] the Russia–United States round (ru-us-2022-01) has not been held; it is planned for early January 2022");
    }

    [Fact]
    public void RoundHeld_RequiredRoundHeldBefore_IsAccepted() =>
        BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldAccept(Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 12)));

    [Fact]
    public void RoundHeld_RequiredRoundHeldPossiblyLater_IsAcceptedWithPreconditionsUndetermined()
    {
        var negotiation = BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 1, 10)));

        var (_, warning) = negotiation.ShouldAcceptWithWarning(Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 10)), ErrorCodes.PreconditionsUndetermined, NatoRound + ".Precondition");

        warning.ErrorMessage.Should().Contain("[undetermined]");
    }

    [Fact]
    public void RoundHeld_BreakingACommitment_IsAcceptedWithCommitmentBroken()
    {
        // Planned before the commitment existed, so only holding it is reported.
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(), new LocalDate(2021, 12, 20)),
            Given.CommitmentMade(new Commitment(EuParticipation, [TestWorld.UnitedStates, TestWorld.Eu], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu)));

        negotiation.ShouldAcceptWithWarning(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva), ErrorCodes.CommitmentBroken, Bilateral);
    }

    [Fact]
    public void RoundHeld_UnknownRound_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuse(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva), ErrorCodes.UnknownRound, Bilateral);

    [Fact]
    public void RoundHeld_Describe_NamesTheActualStart() =>
        Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva).Describe().Should().Be("round ru-us-2022-01 held (2022-01-10 09:00 Europe/Zurich)");

    [Fact]
    public void RoundConcluded_Held_RecordsTheOutcomeAndTheEnd()
    {
        var end = Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0));
        var outcome = new RoundOutcome("Frank exchange.") { FollowUp = "Written answers in two weeks." };

        var negotiation = BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldAccept(Given.RoundConcluded(TestWorld.BilateralId, end, outcome));

        var round = negotiation.Rounds[TestWorld.BilateralId];
        round.Status.Should().Be(RoundStatus.Concluded);
        round.Outcome.Should().Be(outcome);
        round.ActualEnd.Should().Be(end);
        round.HasBeenHeld.Should().BeTrue();
    }

    [Fact]
    public void RoundConcluded_EndRecordedWhenHeld_KeepsThatEnd()
    {
        var end = Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0));

        var negotiation = BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva, end))
            .ShouldAccept(Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 12)));

        negotiation.Rounds[TestWorld.BilateralId].ActualEnd.Should().Be(end);
    }

    [Fact]
    public void RoundConcluded_BeforeTheRoundStarted_FailsWithEndBeforeStart() =>
        BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldRefuse(Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 9)), ErrorCodes.EndBeforeStart, Bilateral + ".ActualEnd");

    [Fact]
    public void RoundConcluded_BlankSummary_FailsWithTextRequired() =>
        BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldRefuse(Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 12), new RoundOutcome(" ")), ErrorCodes.TextRequired, Bilateral + ".Outcome.Summary");

    [Fact]
    public void RoundConcluded_UnknownStatementInOutcome_FailsWithUnknownStatement() =>
        BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldRefuse(
                Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 12), new RoundOutcome("Done.") { Statements = [new StatementId("unsaid")] }),
                ErrorCodes.UnknownStatement,
                Bilateral + ".Outcome.Statements[0]");

    [Fact]
    public void RoundConcluded_UnknownDocumentInOutcome_FailsWithUnknownDocument() =>
        BothPlanned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldRefuse(
                Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 12), new RoundOutcome("Done.") { DocumentsHandedOver = [new DocumentId("unwritten")] }),
                ErrorCodes.UnknownDocument,
                Bilateral + ".Outcome.DocumentsHandedOver[0]");

    [Fact]
    public void RoundConcluded_Describe_NamesTheSummary() =>
        Given.RoundConcluded(TestWorld.BilateralId, TestWorld.ArticleDay, new RoundOutcome("Frank exchange.")).Describe().Should().Be("round ru-us-2022-01 concluded: Frank exchange.");

    [Fact]
    public void RoundPostponed_WithNewTime_RecordsReasonAndNewPlan()
    {
        var negotiation = BothPlanned.ShouldAccept(Given.RoundPostponed(TestWorld.NatoRoundId, "Omicron", new LocalDate(2021, 12, 28), February));

        var round = negotiation.Rounds[TestWorld.NatoRoundId];
        round.Status.Should().Be(RoundStatus.Postponed);
        round.StatusReason.Should().Be("Omicron");
        round.Planned.Should().Be(February);
        round.History[^1].Should().Be(new RoundStatusChange(RoundStatus.Postponed, new LocalDate(2021, 12, 28), "Omicron"));
    }

    [Fact]
    public void RoundPostponed_Again_TheReasonIsTheLatestOne()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2021, 12, 28), February))
            .ShouldAccept(Given.RoundPostponed(TestWorld.BilateralId, "No agreed agenda", new LocalDate(2022, 1, 20)));

        negotiation.Rounds[TestWorld.BilateralId].StatusReason.Should().Be("No agreed agenda");
    }

    [Fact]
    public void RoundHeld_AfterAPostponement_KeepsThePostponementsReason()
    {
        // The reason is that of the latest postponement or cancellation: holding the round gives none of its own
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldAccept(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2021, 12, 28), February))
            .ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 2, 10)));

        negotiation.Rounds[TestWorld.BilateralId].Status.Should().Be(RoundStatus.Held);
        negotiation.Rounds[TestWorld.BilateralId].StatusReason.Should().Be("Omicron");
    }

    [Fact]
    public void RoundPostponed_PastItsPlannedEnd_FailsWithEndBeforeStart() =>
        TestWorld.Case.RecordOrThrow(Given.RoundPlanned(FourDays))
            .ShouldRefuse(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2022, 1, 5), February), ErrorCodes.EndBeforeStart, Bilateral + ".PlannedEnd");

    [Fact]
    public void RoundPostponed_WithANewPlannedEnd_MovesBoth()
    {
        var end = Moment.On(new LocalDate(2022, 2, 28));

        var round = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(FourDays))
            .ShouldAccept(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2022, 1, 5), February) with { NewPlannedEnd = end })
            .Rounds[TestWorld.BilateralId];

        (round.Status, round.Planned, round.PlannedEnd).Should().Be((RoundStatus.Postponed, February, end));
    }

    [Fact]
    public void RoundPostponed_WithoutNewTime_KeepsThePlan() =>
        BothPlanned.ShouldAccept(Given.RoundPostponed(TestWorld.NatoRoundId, "Omicron", new LocalDate(2021, 12, 28)))
            .Rounds[TestWorld.NatoRoundId].Planned.Should().Be(Moment.Within(TestWorld.January));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RoundPostponed_BlankReason_FailsWithReasonRequired(string reason) =>
        BothPlanned.ShouldRefuse(Given.RoundPostponed(TestWorld.NatoRoundId, reason, new LocalDate(2021, 12, 28)), ErrorCodes.ReasonRequired, NatoRound + ".StatusReason");

    [Fact]
    public void RoundPostponed_ToBeforeTheRoundItRequires_FailsWithPlannedBeforeRequiredRound() =>
        BothPlanned.ShouldRefuse(Given.RoundPostponed(TestWorld.NatoRoundId, "Omicron", new LocalDate(2021, 12, 28), December), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");

    [Fact]
    public void RoundPostponed_RequiredRoundToAfterItsDependent_FailsAtTheDependent() =>
        BothPlanned.ShouldRefuse(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2021, 12, 28), February), ErrorCodes.PlannedBeforeRequiredRound, NatoRound + ".Planned");

    [Fact]
    public void RoundPostponed_Describe_NamesTheReason() =>
        Given.RoundPostponed(TestWorld.BilateralId, "Omicron", TestWorld.ArticleDay).Describe().Should().Be("round ru-us-2022-01 postponed: Omicron");

    [Fact]
    public void RoundCancelled_Agreed_RecordsTheReason()
    {
        var negotiation = BothPlanned.ShouldAccept(Given.RoundCancelled(TestWorld.NatoRoundId, "NATO declined", new LocalDate(2021, 12, 28)));

        var round = negotiation.Rounds[TestWorld.NatoRoundId];
        round.Status.Should().Be(RoundStatus.Cancelled);
        round.StatusReason.Should().Be("NATO declined");
    }

    [Fact]
    public void RoundCancelled_BlankReason_FailsWithReasonRequired() =>
        BothPlanned.ShouldRefuse(Given.RoundCancelled(TestWorld.NatoRoundId, "", new LocalDate(2021, 12, 28)), ErrorCodes.ReasonRequired, NatoRound + ".StatusReason");

    [Fact]
    public void RoundCancelled_UnknownRound_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuse(Given.RoundCancelled(TestWorld.NatoRoundId, "NATO declined", TestWorld.ArticleDay), ErrorCodes.UnknownRound, NatoRound);

    [Fact]
    public void RoundCancelled_Describe_NamesTheReason() =>
        Given.RoundCancelled(TestWorld.BilateralId, "NATO declined", TestWorld.ArticleDay).Describe().Should().Be("round ru-us-2022-01 cancelled: NATO declined");

    private static Round Round(RoundFormat format, params PartyId[] sides) =>
        new(TestWorld.BilateralId, format, [.. sides.Select(RoundSide.FromPartyId)], TestWorld.EarlyJanuary);
}
