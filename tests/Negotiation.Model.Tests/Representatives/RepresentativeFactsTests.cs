using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Representatives;

public sealed class RepresentativeFactsTests
{
    private static readonly RepresentativeId Nuland = new("nuland");

    [Fact]
    public void RepresentativeAppointed_WellFormed_AddsTheRepresentative()
    {
        var nuland = Representative(TestWorld.UnitedStates, new TermOfOffice(new LocalDate(2021, 5, 3)));

        var negotiation = TestWorld.Case.ShouldAccept(Given.RepresentativeAppointed(nuland));

        negotiation.Representatives[Nuland].Should().Be(nuland);
    }

    [Fact]
    public void RepresentativeAppointed_OneDayTerm_IsAccepted() =>
        TestWorld.Case.ShouldAccept(Given.RepresentativeAppointed(Representative(TestWorld.UnitedStates, new TermOfOffice(new LocalDate(2021, 5, 3), new LocalDate(2021, 5, 3)))));

    [Fact]
    public void RepresentativeAppointed_TakenId_FailsWithDuplicateId() =>
        TestWorld.Case.ShouldRefuse(
            Given.RepresentativeAppointed(new Representative(TestWorld.Lavrov, "Sergei Lavrov", "Foreign Minister", TestWorld.Russia, new TermOfOffice(new LocalDate(2004, 3, 9)))),
            ErrorCodes.DuplicateId,
            "Representatives[lavrov]");

    [Fact]
    public void RepresentativeAppointed_BlankName_FailsWithNameRequired() =>
        TestWorld.Case.ShouldRefuse(
            Given.RepresentativeAppointed(Representative(TestWorld.UnitedStates, new TermOfOffice(new LocalDate(2021, 5, 3))) with { Name = " " }),
            ErrorCodes.NameRequired,
            "Representatives[nuland].Name");

    [Fact]
    public void RepresentativeAppointed_BlankOffice_FailsWithNameRequired() =>
        TestWorld.Case.ShouldRefuse(
            Given.RepresentativeAppointed(Representative(TestWorld.UnitedStates, new TermOfOffice(new LocalDate(2021, 5, 3))) with { Office = "" }),
            ErrorCodes.NameRequired,
            "Representatives[nuland].Office");

    [Fact]
    public void RepresentativeAppointed_UnknownParty_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(
            Given.RepresentativeAppointed(Representative(TestWorld.Atlantis, new TermOfOffice(new LocalDate(2021, 5, 3)))),
            ErrorCodes.UnknownParty,
            "Representatives[nuland].Party");

    [Fact]
    public void RepresentativeAppointed_TermEndingBeforeItStarts_FailsWithTermEndsBeforeStart() =>
        TestWorld.Case.ShouldRefuse(
            Given.RepresentativeAppointed(Representative(TestWorld.UnitedStates, new TermOfOffice(new LocalDate(2021, 5, 3), new LocalDate(2021, 5, 2)))),
            ErrorCodes.TermEndsBeforeStart,
            "Representatives[nuland].Term");

    [Fact]
    public void RepresentativeAppointed_Describe_NamesPersonOfficeAndParty() =>
        Given.RepresentativeAppointed(Representative(TestWorld.UnitedStates, new TermOfOffice(new LocalDate(2021, 5, 3)))).Describe()
            .Should().Be("Victoria Nuland holds the office of Under Secretary of State for united-states");

    [Fact]
    public void RepresentativeLeftOffice_InOffice_EndsTheTermOnTheLastDay()
    {
        var lastDay = new LocalDate(2024, 5, 31);

        var negotiation = TestWorld.Case.ShouldAccept(Given.RepresentativeLeftOffice(TestWorld.Blinken, lastDay));

        var blinken = negotiation.Representatives[TestWorld.Blinken];
        blinken.Term.Should().Be(new TermOfOffice(new LocalDate(2021, 1, 26), lastDay));
        blinken.Term.Covers(lastDay).Should().BeTrue();
        blinken.Term.Covers(lastDay.PlusDays(1)).Should().BeFalse();
        TestWorld.Case.Representatives[TestWorld.Blinken].Term.Until.Should().BeNull();
    }

    [Fact]
    public void RepresentativeLeftOffice_OnTheFirstDay_IsAccepted() =>
        TestWorld.Case.ShouldAccept(Given.RepresentativeLeftOffice(TestWorld.Blinken, new LocalDate(2021, 1, 26)));

    [Fact]
    public void RepresentativeLeftOffice_UnknownRepresentative_FailsWithUnknownRepresentative() =>
        TestWorld.Case.ShouldRefuse(Given.RepresentativeLeftOffice(Nuland, new LocalDate(2024, 1, 1)), ErrorCodes.UnknownRepresentative, "Representatives[nuland]");

    [Fact]
    public void RepresentativeLeftOffice_AlreadyLeft_FailsWithAlreadyLeftOffice()
    {
        var error = TestWorld.Case.ShouldRefuse(Given.RepresentativeLeftOffice(TestWorld.Pompeo, new LocalDate(2021, 12, 1)), ErrorCodes.AlreadyLeftOffice, "Representatives[pompeo].Term");

        error.ErrorMessage.Should().Be("Mike Pompeo already left office after 2021-01-20.");
    }

    [Fact]
    public void RepresentativeLeftOffice_BeforeTakingOffice_FailsWithTermEndsBeforeStart() =>
        TestWorld.Case.ShouldRefuse(Given.RepresentativeLeftOffice(TestWorld.Blinken, new LocalDate(2021, 1, 25)), ErrorCodes.TermEndsBeforeStart, "Representatives[blinken].Term");

    [Fact]
    public void RepresentativeLeftOffice_Describe_NamesTheLastDay() =>
        Given.RepresentativeLeftOffice(TestWorld.Blinken, new LocalDate(2024, 5, 31)).Describe().Should().Be("blinken left office after 2024-05-31");

    private static Representative Representative(PartyId party, TermOfOffice term) =>
        new(Nuland, "Victoria Nuland", "Under Secretary of State", party, term);
}
