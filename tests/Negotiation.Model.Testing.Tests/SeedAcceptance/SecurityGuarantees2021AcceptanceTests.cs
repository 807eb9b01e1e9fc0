using NodaTime;

namespace Negotiation.Model.Testing.Tests.SeedAcceptance;

/// <summary>
/// The seed article of 22 December 2021, sentence by sentence, asserted with the testing kit on
/// <see cref="SampleScenarios.SecurityGuarantees2021"/>, as of 16 and 22 December 2021.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Sentence of the article</term><description>Tests</description></listheader>
/// <item><term>1. Lavrov said Wednesday he expects negotiations with the US on Moscow's security demands to begin in January.</term>
/// <description><see cref="Sentence01_LavrovExpectsTalksInJanuary"/></description></item>
/// <item><term>2. Donfried told reporters Tuesday talks will begin in January, warning some Russian proposals were "unacceptable".</term>
/// <description><see cref="Sentence02_DonfriedCallsSomeProposalsUnacceptable"/>, <see cref="Sentence02_PositionsMatrix"/></description></item>
/// <item><term>3. Moscow presented its demands in two draft documents last week, one to NATO, one to the US.</term>
/// <description><see cref="Sentence03_TwoDraftsOfTheWeekOf13December"/>, <see cref="Sentence03_NatoCannotSeeTheDraftAddressedToTheUs"/></description></item>
/// <item><term>4. "It has been agreed that at the very beginning of next year, the first round ... should be bilateral".</term>
/// <description><see cref="Sentence04_BilateralRoundInEarlyJanuaryCanStart"/></description></item>
/// <item><term>5. Those talks to be followed by negotiations between Russia and NATO: "we also want to do this in January".</term>
/// <description><see cref="Sentence05_NatoRoundIsBlockedUntilTheBilateralRoundIsHeld"/>, <see cref="Sentence05_OrderOfTheRounds"/></description></item>
/// <item><term>6. On Wednesday the EU appealed to the US and NATO: "Today, Europe's security is under threat."</term>
/// <description><see cref="Sentence06_EuAppeal"/></description></item>
/// <item><term>7. Later, Blinken and Borrell spoke to discuss Russia's proposals.</term>
/// <description><see cref="Sentence07_BlinkenAndBorrell"/></description></item>
/// <item><term>8. "They agreed that any discussion about European security will happen ... with participation of the EU".</term>
/// <description><see cref="Sentence08_CommitmentReportsTheRoundWithoutTheEu"/></description></item>
/// <item><term>9. Lavrov had cautioned the US against dragging out any negotiations ...</term>
/// <description><see cref="Sentence09_NoDelayDemandIsOpen"/></description></item>
/// <item><term>10. "We hope that no one else views conflicts as a desirable scenario. We will toughly ensure our security ..."</term>
/// <description><see cref="Sentence10_LavrovsWarning"/></description></item>
/// <item><term>11. Russia has been accused by the West of plotting an invasion of Ukraine. It denies the claims ...</term>
/// <description><see cref="Sentence11_AccusationAndDenial"/></description></item>
/// <item><term>12. ... and in turn has demanded legal guarantees over its security from the US and NATO, demanding the alliance stop an eastward expansion.</term>
/// <description><see cref="Sentence12_LegalGuaranteesAndNoExpansionAreOpen"/></description></item>
/// <item><term>13. Last week, Moscow presented its demands ... the alliance must not admit new members or establish military bases in ex-Soviet countries.</term>
/// <description><see cref="Sentence13_NoNewMembersAndNoBasesInFormerSovietStates"/></description></item>
/// <item><term>The week as a whole</term>
/// <description><see cref="Week_TimelineInOrderWithApproximateDatesShownAsSuch"/>, <see cref="AsOf16December_NoDocumentsNoDemandsNoRounds"/>,
/// <see cref="AsOf22December_TheCaseIsValidWithOneWarning"/></description></item>
/// </list>
/// </remarks>
public sealed class SecurityGuarantees2021AcceptanceTests
{
    private static readonly LocalDate Article = new(2021, 12, 22);
    private static readonly NegotiationCase Talks = SampleScenarios.SecurityGuarantees2021;
    private static readonly NegotiationCase On16December = Talks.AsOf(new LocalDate(2021, 12, 16));

    [Fact]
    public void Sentence01_LavrovExpectsTalksInJanuary()
    {
        var statement = Talks.Statements[new StatementId("lavrov-2021-12-22-expects-january")];

        statement.Speaker.Should().Be(new RepresentativeId("lavrov"));
        statement.Made.Should().Be(Moment.On(Article), "he said it on Wednesday, the day of the article");
        Talks.Rounds[new RoundId("ru-us-2022-01")].Planned.Window.Start.Month.Should().Be(1);
    }

    [Fact]
    public void Sentence02_DonfriedCallsSomeProposalsUnacceptable()
    {
        var stance = Talks.StanceOn(new PartyId("united-states"), SubjectRef.Document(new DocumentId("ru-us-draft-treaty")));

        stance.Stance.Should().Be(Stance.Rejects);
        stance.Extent.Should().Be(Extent.Part, "some proposals, not all");
        stance.Position!.Since.Should().Be(Moment.On(new LocalDate(2021, 12, 21)), "she spoke on Tuesday");
        Talks.Demand("ru-us-stop-eastward-expansion").Should().BeRejectedBy("united-states", inPart: true);
        Talks.Demand("ru-nato-stop-eastward-expansion").Should().HaveStatus("nato", DemandStatus.Tabled, "NATO itself has not answered");
    }

    [Fact]
    public void Sentence02_PositionsMatrix()
    {
        var matrix = Talks.PositionsMatrix();

        matrix[new PartyId("united-states"), new DemandId("ru-us-no-new-members")].Stance.Should().Be(Stance.Rejects);
        matrix[new PartyId("united-states"), new DemandId("ru-us-no-new-members")].Statement.Should().Be(new StatementId("donfried-2021-12-21-unacceptable"));
        matrix[new PartyId("nato"), new DemandId("ru-nato-no-new-members")].Stance.Should().Be(Stance.NoStance);
        matrix.WithStance(Stance.Accepts).Should().BeEmpty("nobody accepted anything in December 2021");
    }

    [Fact]
    public void Sentence03_TwoDraftsOfTheWeekOf13December()
    {
        Talks.Documents.Values.Select(d => (d.Id.ToString(), d.Addressees.Single().ToString(), d.HandedOver.ToString()))
            .Should().BeEquivalentTo(new[]
            {
                ("ru-nato-draft-agreement", "nato", "week of 13 December 2021"),
                ("ru-us-draft-treaty", "united-states", "week of 13 December 2021"),
            });
        On16December.Documents.Should().BeEmpty("on the 16th the week of 13 December had not ended");
    }

    [Fact]
    public void Sentence03_NatoCannotSeeTheDraftAddressedToTheUs()
    {
        var asNatoSeesIt = Talks.AsSeenBy(new PartyId("nato"));

        Talks.CanSee(new PartyId("nato"), new DocumentId("ru-us-draft-treaty")).Should().BeFalse();
        asNatoSeesIt.Documents.Keys.Should().Equal(new DocumentId("ru-nato-draft-agreement"));
        Talks.CanSee(new PartyId("united-states"), new DocumentId("ru-us-draft-treaty")).Should().BeTrue();
    }

    [Fact]
    public void Sentence04_BilateralRoundInEarlyJanuaryCanStart()
    {
        var round = Talks.Rounds[new RoundId("ru-us-2022-01")];

        round.Format.Should().Be(RoundFormat.Bilateral);
        round.Status.Should().Be(RoundStatus.Agreed);
        round.Planned.ToString().Should().Be("early January 2022");
        Talks.Round("ru-us-2022-01").Should().BeReadyToStart();
    }

    [Fact]
    public void Sentence05_NatoRoundIsBlockedUntilTheBilateralRoundIsHeld()
    {
        Talks.Rounds[new RoundId("ru-nato-2022-01")].Planned.ToString().Should().Be("January 2022");
        Talks.Should().HaveRoundBlockedBy("ru-nato-2022-01", "ru-us-2022-01")
            .Which.Reason.Should().Be("the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
        Talks.CanStart(new RoundId("ru-nato-2022-01")).Reason.Should().StartWith("blocked: ");
    }

    [Fact]
    public void Sentence05_OrderOfTheRounds()
    {
        Talks.Round("ru-nato-2022-01").Should().BeBlocked();
        var afterTheBilateral = SampleScenarios.SecurityGuarantees2021Scenario
            .HoldRound("ru-us-2022-01", Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"))
            .Build();

        afterTheBilateral.Round("ru-nato-2022-01").CanStart().Met.Should().Be(Truth.Undetermined,
            "the bilateral round was held on 10 January and 'January' may mean earlier days");
    }

    [Fact]
    public void Sentence06_EuAppeal()
    {
        var appeal = Talks.Statements[new StatementId("eu-2021-12-22-appeal")];

        appeal.Kind.Should().Be(StatementKind.Appeal);
        appeal.Addressees.Should().Equal(new PartyId("united-states"), new PartyId("nato"));
        appeal.Quote.Should().Be("Today, Europe's security is under threat.");
    }

    [Fact]
    public void Sentence07_BlinkenAndBorrell()
    {
        Talks.Representatives[new RepresentativeId("blinken")].Office.Should().Be("Secretary of State");
        Talks.Representatives[new RepresentativeId("borrell")].Party.Should().Be(new PartyId("eu"));
        Talks.Statements[new StatementId("eu-2021-12-22-blinken-borrell")].Kind.Should().Be(StatementKind.Agreement);
    }

    [Fact]
    public void Sentence08_CommitmentReportsTheRoundWithoutTheEu()
    {
        // The US takes part in the Russia–NATO round as a member of NATO, so that round, without the EU, breaks the
        // understanding too (issue 11: a committed party takes part through an organisation it is a member of).
        Talks.BrokenCommitments().Select(b => b.Round).Should().Equal(new RoundId("ru-nato-2022-01"), new RoundId("ru-us-2022-01"));
        Talks.Should().HaveWarning(ErrorCodes.CommitmentBroken).Which.ErrorMessage.Should().Contain("without European Union");
    }

    [Fact]
    public void Sentence09_NoDelayDemandIsOpen()
    {
        Talks.Should().HaveOpenDemand("ru-us-no-delay", "united-states").Which.Status.Should().Be(DemandStatus.Tabled);
        Talks.Demands[new DemandId("ru-us-no-delay")].Kind.Should().Be(DemandKind.Timing);
    }

    [Fact]
    public void Sentence10_LavrovsWarning()
    {
        var warning = Talks.Statements[new StatementId("lavrov-rt-2021-12-22-warning")];

        (warning.Kind, warning.Party, warning.Speaker, warning.Outlet).Should().Be((StatementKind.Warning, new PartyId("russia"), new RepresentativeId("lavrov"), "RT"));
        warning.Made.Should().Be(Moment.On(Article));
    }

    [Fact]
    public void Sentence11_AccusationAndDenial()
    {
        var accusation = Talks.Statements[new StatementId("west-accuses-russia-invasion-plot")];
        var denial = Talks.Statements[new StatementId("russia-denies-invasion-plot")];

        accusation.Party.Should().Be(new PartyId("the-west"));
        denial.About.Should().Contain(SubjectRef.Statement(accusation.Id));
        denial.Made.Window.IsExactDay.Should().BeFalse("the article does not date the denial");
    }

    [Fact]
    public void Sentence12_LegalGuaranteesAndNoExpansionAreOpen()
    {
        foreach (var (demand, addressee) in new[]
        {
            ("ru-nato-legal-guarantees", "nato"), ("ru-us-legal-guarantees", "united-states"),
            ("ru-nato-stop-eastward-expansion", "nato"), ("ru-us-stop-eastward-expansion", "united-states"),
        })
        {
            Talks.Should().HaveOpenDemand(demand, addressee);
        }

        Talks.OpenDemands().AddressedTo(new PartyId("nato")).Select(d => d.Id.ToString()).Should().BeEquivalentTo(
            "ru-nato-legal-guarantees", "ru-nato-stop-eastward-expansion", "ru-nato-no-new-members", "ru-nato-no-bases-former-soviet");
        On16December.Demands.Should().BeEmpty();
    }

    [Fact]
    public void Sentence13_NoNewMembersAndNoBasesInFormerSovietStates()
    {
        Talks.Should().HaveOpenDemand("ru-nato-no-new-members", "nato");
        Talks.Demands[new DemandId("ru-nato-no-bases-former-soviet")].Concerns.Should().Equal(new PartyId("former-soviet-states"));
        Talks.ProvisionsCarrying(new DemandId("ru-nato-no-new-members")).Should().Equal(new ProvisionRef(new DocumentId("ru-nato-draft-agreement"), 1, "6"));
    }

    [Fact]
    public void Week_TimelineInOrderWithApproximateDatesShownAsSuch()
    {
        var week = Talks.Timeline(new LocalDate(2021, 12, 13), Article);

        week.Select(e => e.Occurred.EarliestDate).Should().BeInAscendingOrder("the timeline is ordered by the first day each fact may have happened");
        week.Where(e => e.Fact is DocumentPresented).Should().HaveCount(2)
            .And.OnlyContain(e => e.IsApproximate && e.When == "week of 13 December 2021 (approximate)");
        week.Should().Contain(e => e.Fact is StatementMade && e.When == "21 December 2021" && !e.IsApproximate);
    }

    [Fact]
    public void AsOf16December_NoDocumentsNoDemandsNoRounds()
    {
        On16December.Documents.Should().BeEmpty();
        On16December.Demands.Should().BeEmpty();
        On16December.Rounds.Should().BeEmpty();
        On16December.Should().BeValid();
    }

    [Fact]
    public void AsOf22December_TheCaseIsValidWithOneWarning()
    {
        Talks.AsOf(Article).Should().BeSameAs(Talks, "everything in the article had happened by the 22nd");
        Talks.Should().BeValid();
        Talks.Validate().Errors.Should().HaveCount(2).And.OnlyContain(f => f.ErrorCode == ErrorCodes.CommitmentBroken);
    }
}
