using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The whole-case validation reaches every kind of entity, each at its place in the case, and finds the cycles
/// of rounds that wait for each other, and only those. Facts cannot record such data, so it is edited directly.</summary>
public sealed class NegotiationCaseValidatorEntitiesTests
{
    private static readonly RoundId Third = new("ru-osce-2022-01");

    [Fact]
    public void Validate_BlankNameOfAParty_FailsAtTheParty() =>
        Validator.TestValidate(Edited(Base.Data with { Parties = Base.Parties.SetItem(Russia, new State(Russia, "", "RU")) }))
            .ShouldFail("Parties[russia].Name", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_BlankNameOfARepresentative_FailsAtTheRepresentative() =>
        Validator.TestValidate(Edited(Base.Data with { Representatives = Base.Representatives.SetItem(Lavrov, Base.Representatives[Lavrov] with { Name = "" }) }))
            .ShouldFail("Representatives[lavrov].Name", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_BlankNameOfATopic_FailsAtTheTopic() =>
        Validator.TestValidate(Edited(Base.Data with { Topics = Base.Topics.SetItem(ArmsControl, Base.Topics[ArmsControl] with { Name = "" }) }))
            .ShouldFail("Topics[arms-control].Name", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_BlankTextOfADemand_FailsAtTheDemand() =>
        Validator.TestValidate(Edited(Base.Data with { Demands = Base.Demands.SetItem(LegalGuarantees, Base.Demands[LegalGuarantees] with { Text = "" }) }))
            .ShouldFail("Demands[legal-guarantees].Text", ErrorCodes.TextRequired);

    [Fact]
    public void Validate_BlankTitleOfADocument_FailsAtTheDocument() =>
        Validator.TestValidate(Edited(Base.Data with { Documents = Base.Documents.SetItem(RuUsDraft, Base.Documents[RuUsDraft] with { Title = "" }) }))
            .ShouldFail("Documents[ru-us-draft].Title", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_RoundRequiringItself_FailsAtTheRoundOnly()
    {
        var round = StoredRound(Bilateral) with { Precondition = Precondition.RoundHeld(Bilateral) };

        var result = Validator.TestValidate(Edited(Base.Data with { Rounds = Base.Rounds.SetItem(Bilateral, round) }));

        result.ShouldFail("Rounds[ru-us-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle)
            .WithErrorMessage("The round 'ru-us-2022-01' cannot require itself to be held first.");
        result.Errors.Should().ContainSingle("a round that requires itself is its own validator's to report, not a cycle of rounds");
    }

    [Fact]
    public void Validate_BlankQuoteOfAStatement_FailsAtTheStatement() =>
        Validator.TestValidate(Edited(Base.Data with { Statements = Base.Statements.SetItem(RyabkovWarning, Base.Statements[RyabkovWarning] with { Quote = "" }) }))
            .ShouldFail("Statements[ryabkov-warning].Quote", ErrorCodes.TextRequired);

    [Fact]
    public void Validate_BlankDescriptionOfADeadline_FailsAtTheDeadline()
    {
        var deadline = new Deadline(new DeadlineId("reply"), Usa, "", Day(2022, 1, 10)) { Set = Dec(21) };

        Validator.TestValidate(Edited(Base.Data with { Deadlines = Base.Deadlines.Add(deadline.Id, deadline) }))
            .ShouldFail("Deadlines[reply].What", ErrorCodes.TextRequired);
    }

    [Fact]
    public void Validate_BlankDescriptionOfADevelopment_FailsAtTheDevelopment()
    {
        var development = new Development(new DevelopmentId("exercise"), DevelopmentKind.Exercise, "") { Occurred = Dec(20) };

        Validator.TestValidate(Edited(Base.Data with { Developments = Base.Developments.Add(development.Id, development) }))
            .ShouldFail("Developments[exercise].Description", ErrorCodes.TextRequired);
    }

    [Fact]
    public void Validate_BlankTextOfAProposal_FailsAtTheProposal()
    {
        var proposal = new Proposal(new ProposalId("moratorium"), Russia, [Usa], "");

        Validator.TestValidate(Edited(Base.Data with { Proposals = Base.Proposals.Add(proposal.Id, proposal) }))
            .ShouldFail("Proposals[moratorium].Text", ErrorCodes.TextRequired);
    }

    [Fact]
    public void Validate_ThreeRoundsInACycle_FailsOnEachAndNamesTheRoundRequired()
    {
        // Bilateral requires the third round, the third the Russia–NATO round, which requires the bilateral one.
        var third = new Round(Third, RoundFormat.Multilateral, [Russia, Usa, France], DateWindow.In(new NodaTime.YearMonth(2022, 1)))
        {
            Precondition = Precondition.RoundHeld(RussiaNato),
        };
        var bilateral = StoredRound(Bilateral) with { Precondition = Precondition.RoundConcluded(Third) };

        var result = Validator.TestValidate(Edited(Base.Data with { Rounds = Base.Rounds.SetItem(Bilateral, bilateral).Add(Third, third) }));

        // The rounds' planned times also contradict the order (PlannedBeforeRequiredRound): only the cycles are counted.
        result.ShouldFail("Rounds[ru-us-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle)
            .WithErrorMessage("the Russia–United States round (ru-us-2022-01) requires 'ru-osce-2022-01' first, which (through its own preconditions) requires this round first: the rounds wait for each other. Remove one requirement.");
        result.ShouldFail("Rounds[ru-osce-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle);
        result.ShouldFail("Rounds[ru-nato-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle);
        Cycles(result).Should().HaveCount(3);
    }

    [Fact]
    public void Validate_RoundRequiringACycleFromOutside_IsNotOnIt()
    {
        // The Russia–NATO round and the third one require each other; the bilateral round requires the third (and a day),
        // but nothing requires the bilateral round: it waits, but is not on the cycle.
        var third = new Round(Third, RoundFormat.Multilateral, [Russia, Usa, France], DateWindow.In(new NodaTime.YearMonth(2022, 1)))
        {
            Precondition = Precondition.RoundHeld(RussiaNato),
        };
        var nato = StoredRound(RussiaNato) with { Precondition = Precondition.RoundHeld(Third) };
        var bilateral = StoredRound(Bilateral) with { Precondition = Precondition.NotBefore(Day(2022, 1, 1)) & Precondition.RoundConcluded(Third) };

        var result = Validator.TestValidate(Edited(Base.Data with { Rounds = Base.Rounds.SetItem(Bilateral, bilateral).SetItem(RussiaNato, nato).Add(Third, third) }));

        result.ShouldFail("Rounds[ru-nato-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle);
        result.ShouldFail("Rounds[ru-osce-2022-01].Precondition[0]", ErrorCodes.PreconditionCycle);
        Cycles(result).Should().HaveCount(2);
    }

    [Fact]
    public void Validate_TwoSeparateCycles_FailOnEachOfTheirRounds()
    {
        // Bilateral and Russia–NATO require each other; so do the third round and a fourth.
        var fourth = new RoundId("ru-eu-2022-01");
        Round Requiring(RoundId id, RoundId other) => new(id, RoundFormat.Bilateral, [Russia, Usa], DateWindow.In(new NodaTime.YearMonth(2022, 1)))
        {
            Precondition = Precondition.RoundHeld(other),
        };
        var bilateral = StoredRound(Bilateral) with { Precondition = Precondition.RoundHeld(RussiaNato) };

        var result = Validator.TestValidate(Edited(Base.Data with
        {
            Rounds = Base.Rounds.SetItem(Bilateral, bilateral).Add(Third, Requiring(Third, fourth)).Add(fourth, Requiring(fourth, Third)),
        }));

        Cycles(result).Select(e => e.PropertyName).Should().BeEquivalentTo(
            "Rounds[ru-us-2022-01].Precondition[0]", "Rounds[ru-nato-2022-01].Precondition[0]", "Rounds[ru-osce-2022-01].Precondition[0]", "Rounds[ru-eu-2022-01].Precondition[0]");
    }

    private static NegotiationCase Edited(CaseData data) => Base.With(data);

    private static IEnumerable<FluentValidation.Results.ValidationFailure> Cycles(TestValidationResult<NegotiationCase> result) =>
        result.Errors.Where(e => e.ErrorCode == ErrorCodes.PreconditionCycle);

    private static NegotiationCaseValidator Validator => NegotiationCaseValidator.Instance;
}
