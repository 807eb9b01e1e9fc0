using NodaTime;

namespace Negotiation.Model.Testing.Tests.ParisAcceptance;

/// <summary>
/// The analyst questions of the Paris Agreement fact sheet (shared/scenarios/paris-agreement-2015-2016.md), one test
/// each, asked of <see cref="SampleScenarios.ParisAgreement2015"/> through the public API.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Sheet section</term><description>Tests</description></listheader>
/// <item><term>Questions 1–10</term><description><see cref="Question01_AdoptedOnTheTwelfthOneDayLate"/>,
/// <see cref="Question02_TheBodyThatTurnedTheTextIntoTheAgreement"/>, <see cref="Question03_GenevaProducedTheNegotiatingText"/>,
/// <see cref="Question04_TheCoChairsDraftOfFiveOctober"/>, <see cref="Question05_Article44ShallBecameShouldAtAdoption"/>,
/// <see cref="Question06_SignedBy175DepositedBy15"/>, <see cref="Question07_ThresholdsMetOnFiveOctoberInForceOnFourNovember"/>,
/// <see cref="Question08_TheCountWasMetBeforeTheShare"/>, <see cref="Question09_UsWithdrawalEarliestNoticeAndEffect"/>,
/// <see cref="Question10_UsPartyAgainOnNineteenFebruary2021"/></description></item>
/// <item><term>Parties and groups</term><description><see cref="Parties_StatesAndGroupsOfTheSheet"/></description></item>
/// <item><term>Documents (revisions)</term><description><see cref="Question05_Article44ShallBecameShouldAtAdoption"/></description></item>
/// <item><term>Deadlines</term><description><see cref="Deadlines_MissedDuesInOrder"/>, <see cref="Question01_AdoptedOnTheTwelfthOneDayLate"/></description></item>
/// <item><term>Rounds</term><description><see cref="Rounds_HeldAndConcludedWithTheirVenues"/></description></item>
/// <item><term>Agreement lifecycle</term><description>Questions 6–10</description></item>
/// <item><term>Statements</term><description><see cref="Question01_AdoptedOnTheTwelfthOneDayLate"/> (st-11)</description></item>
/// <item><term>UNCONFIRMED facts</term><description><see cref="Unconfirmed_FactsSayTheyAreUnconfirmed"/></description></item>
/// <item><term>The whole case</term><description><see cref="Case_BuildsWithoutARefusedFactAndIsValid"/></description></item>
/// </list>
/// </remarks>
public sealed class ParisAgreement2015AcceptanceTests
{
    private static readonly NegotiationCase Paris = SampleScenarios.ParisAgreement2015;
    private static readonly AgreementId Agreement = new("paris-agreement");
    private static readonly PartyId Us = new("us");
    private static readonly LocalDate Today = new(2021, 12, 31);

    private static Agreement ParisAgreement => Paris.Agreements[Agreement];

    private static IEnumerable<Development> Developments => Paris.Developments.Values;

    [Fact]
    public void Case_BuildsWithoutARefusedFactAndIsValid()
    {
        var result = SampleScenarios.ParisAgreement2015Scenario.Try();

        result.Should().Succeed();
        Paris.Validate().Errors.Should().NotContain(f => f.Severity == FluentValidation.Severity.Error);
    }

    [Fact]
    public void Question01_AdoptedOnTheTwelfthOneDayLate()
    {
        // Adopted on 12 December 2015 at 19:29 Europe/Paris (18:29 UTC).
        ParisAgreement.Adopted.Should().Be(new LocalDate(2015, 12, 12));
        var adoption = Paris.Log.OfType<AgreementAdopted>().Single();
        adoption.Occurred.Instant.Should().Be(Instant.FromUtc(2015, 12, 12, 18, 29));
        Paris.Statements[new StatementId("st-11")].Speaker.Should().Be(new RepresentativeId("laurent-fabius"));

        // Not on time: the 11 December target was missed, though the deadline was moved to the 12th that evening.
        var deadline = Paris.Deadlines[new DeadlineId("dl-cop21-adoption")];
        deadline.MissedDues(Today).Should().Equal(new MissedDue(deadline.Id, new LocalDate(2015, 12, 11), Truth.Yes, new LocalDate(2015, 12, 12)));
        deadline.Dues.Should().Equal(new LocalDate(2015, 12, 11), new LocalDate(2015, 12, 12));
        Paris.Rounds[new RoundId("cop21")].Planned.LatestDate.Should().Be(new LocalDate(2015, 12, 11), "the conference was scheduled to end on the 11th");
    }

    [Fact]
    public void Question02_TheBodyThatTurnedTheTextIntoTheAgreement()
    {
        // The ADP's work ended in COP21, where the Presidency's final draft was revised and adopted by the COP.
        Paris.Documents[new DocumentId("doc-final-draft")].Authors.Should().Equal(new PartyId("cop"));
        Paris.Rounds[new RoundId("cop21")].Outcome!.DocumentsHandedOver.Should().Equal(new DocumentId("doc-paris-agreement"));
        Paris.Representatives[new RepresentativeId("laurent-fabius")].Office.Should().Contain("President of COP21");

        // The Comité de Paris: set up on 5 December inside COP21, chaired by the COP President.
        var comite = Paris.Rounds[new RoundId("comite-de-paris")];
        comite.PartOf.Should().Be(new RoundId("cop21"));
        comite.ChairPerson.Should().Be(new RepresentativeId("laurent-fabius"));
        comite.Status.Should().Be(RoundStatus.Held);
        Paris.Rounds.Values.Where(r => r.PartOf == new RoundId("cop21")).Select(r => r.Id).Should().Equal(new RoundId("comite-de-paris"));
    }

    [Fact]
    public void Question03_GenevaProducedTheNegotiatingText()
    {
        var geneva = Paris.Rounds[new RoundId("adp-2-8")];

        geneva.Status.Should().Be(RoundStatus.Concluded);
        geneva.Venue!.ZoneId.Should().Be("Europe/Zurich");
        geneva.Outcome!.DocumentsHandedOver.Should().Equal(new DocumentId("doc-gnt"));
        var text = Paris.Documents[new DocumentId("doc-gnt")];
        text.Title.Should().Contain("FCCC/ADP/2015/1");
        text.Revisions[0].Presented.Should().Be(Moment.On(new LocalDate(2015, 2, 13)));
        Paris.Deadlines[new DeadlineId("dl-negotiating-text")].OutcomeOn(Today).Should().Be(DeadlineOutcome.Met, "the text came before May 2015");
    }

    [Fact]
    public void Question04_TheCoChairsDraftOfFiveOctober()
    {
        var draft = Paris.Documents[new DocumentId("doc-cochairs-draft")];

        draft.Title.Should().Contain("ADP.2015.8.InformalNote").And.Contain("Djoghlaf").And.Contain("Reifsnyder");
        draft.Revisions[0].Presented.Should().Be(Moment.On(new LocalDate(2015, 10, 5)));
        var bonn = Paris.Rounds[new RoundId("adp-2-11")];
        bonn.Agenda.Documents.Should().Contain(draft.Id);
        bonn.ActualStart.Should().Be(Moment.On(new LocalDate(2015, 10, 19)));
        bonn.ActualEnd.Should().Be(Moment.On(new LocalDate(2015, 10, 23)));
    }

    [Fact]
    public void Question05_Article44ShallBecameShouldAtAdoption()
    {
        var change = Paris.CompareRevisions(new DocumentId("doc-final-draft"), 1, 2).Changed.Should().ContainSingle().Subject;

        change.Article.Should().Be("4.4");
        change.Before.Text.Should().Contain("shall continue taking the lead");
        change.After.Text.Should().Contain("should continue taking the lead");
        Paris.Documents[new DocumentId("doc-final-draft")].Revisions[1].Presented.Instant.Should().Be(Instant.FromUtc(2015, 12, 12, 18, 29), "read out just before adoption");
    }

    [Fact]
    public void Question06_SignedBy175DepositedBy15()
    {
        var day = ParisAgreement.Steps.Where(s => s.On == new LocalDate(2016, 4, 22)).ToList();

        day.Where(s => s.Kind == AgreementStepKind.Signature).Sum(s => s.Count).Should().Be(175);
        day.Where(s => s.Kind.IsConsent()).Select(s => s.Party!.Value.Value).Should().HaveCount(15).And.Contain(["mh", "mv", "fj", "tv"]);
        day.Last().Tally.Should().Be(new StepTally(15));
    }

    [Fact]
    public void Question07_ThresholdsMetOnFiveOctoberInForceOnFourNovember()
    {
        var threshold = (ThresholdRule)ParisAgreement.EntryIntoForce;

        threshold.Progress(ParisAgreement.Steps, Today).ShareReached.Should().Be(new LocalDate(2016, 10, 5));
        ParisAgreement.EntryIntoForceDate(Developments, Today).Should().Be(new LocalDate(2016, 11, 4));
        ParisAgreement.EntryIntoForceDate(Developments, new LocalDate(2016, 10, 4)).Should().BeNull("the share was not yet reached");
        Paris.AsOf(new LocalDate(2016, 10, 5)).Agreements[Agreement].EntryIntoForceDate([], new LocalDate(2016, 10, 5)).Should().Be(new LocalDate(2016, 11, 4));
    }

    [Fact]
    public void Question08_TheCountWasMetBeforeTheShare()
    {
        var progress = ((ThresholdRule)ParisAgreement.EntryIntoForce).Progress(ParisAgreement.Steps, Today);

        progress.PartiesReached.Should().Be(new LocalDate(2016, 9, 21), "about 60 Parties after the special event");
        progress.ShareReached.Should().Be(new LocalDate(2016, 10, 5), "only after India (51.89 %) and the EU");
        (progress.PartiesReached < progress.ShareReached).Should().BeTrue();
    }

    [Fact]
    public void Question09_UsWithdrawalEarliestNoticeAndEffect()
    {
        ParisAgreement.EarliestWithdrawalNotice(Us, Developments, new LocalDate(2019, 1, 1)).Should().Be(new LocalDate(2019, 11, 4));
        ParisAgreement.StepsOf(Us).Single(s => s.Kind == AgreementStepKind.WithdrawalNotice).On.Should().Be(new LocalDate(2019, 11, 4), "the first possible day");
        ParisAgreement.WithdrawalEffective(Us).Should().Be(new LocalDate(2020, 11, 4));
    }

    [Fact]
    public void Question10_UsPartyAgainOnNineteenFebruary2021() =>
        ParisAgreement.PartyPeriods(Us, Developments, Today).Should().Equal(
            new PartyPeriod(new LocalDate(2016, 11, 4), new LocalDate(2020, 11, 4)),
            new PartyPeriod(new LocalDate(2021, 2, 19), null));

    [Fact]
    public void Parties_StatesAndGroupsOfTheSheet()
    {
        Paris.Parties[new PartyId("mh")].Should().BeOfType<State>().Which.IsoCode.Should().Be("MH");
        Paris.Parties[new PartyId("basic")].Should().BeOfType<PartyGroup>().Which.Members.Should().BeEquivalentTo([new PartyId("br"), new PartyId("za"), new PartyId("in"), new PartyId("cn")]);
        Paris.Parties[new PartyId("eu")].Should().BeOfType<Organisation>();
        Paris.PartsOf(new PartyId("cop")).Should().Equal([new PartyId("adp")], "the ADP is a subsidiary body of the COP");
        Paris.Parties[new PartyId("depositary")].Should().BeOfType<Organisation>().Which.OrganisationKind.Should().Be(OrganisationKind.Secretariat);
    }

    [Fact]
    public void Deadlines_MissedDuesInOrder() =>
        Paris.MissedDues(Today).Select(m => (m.Deadline.Value, m.Due, m.Certainty)).Should().Equal(
            ("dl-legal-review", new LocalDate(2015, 12, 10), Truth.Undetermined),
            ("dl-cop21-adoption", new LocalDate(2015, 12, 11), Truth.Yes));

    [Fact]
    public void Rounds_HeldAndConcludedWithTheirVenues()
    {
        Paris.Rounds.Keys.Select(r => r.Value).Should().BeEquivalentTo(["adp-2-8", "adp-2-11", "cop21", "comite-de-paris", "sig-ceremony"]);
        Paris.Rounds.Values.Should().OnlyContain(r => r.HasBeenHeld);
        Paris.Rounds[new RoundId("sig-ceremony")].Venue!.ZoneId.Should().Be("America/New_York");
        Paris.Rounds[new RoundId("cop21")].ActualEnd!.Value.Window.Should().Be(
            DateWindow.Between(new LocalDate(2015, 12, 12), new LocalDate(2015, 12, 13)), "the closing plenary ran on into the night (ENB: to 13 December)");
    }

    [Fact]
    public void Unconfirmed_FactsSayTheyAreUnconfirmed()
    {
        Paris.Rounds[new RoundId("adp-2-8")].Venue!.Name.Should().Contain("UNCONFIRMED");
        Paris.Parties[new PartyId("umbrella")].Name.Should().Contain("UNCONFIRMED");
        Paris.Deadlines[new DeadlineId("dl-legal-review")].Met!.Value.IsOnOrBefore(new LocalDate(2015, 12, 10)).Should().Be(Truth.Undetermined);
    }
}
