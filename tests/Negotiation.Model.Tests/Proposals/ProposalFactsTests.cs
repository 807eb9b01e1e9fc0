using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Proposals;

public sealed class ProposalFactsTests
{
    private static readonly DemandId NoExercises = new("no-exercises");
    private static readonly StatementId LavrovDemands = new("lavrov-demands");
    private static readonly StatementId ShermanOffers = new("sherman-offers");
    private static readonly ProposalId ExerciseLimits = new("exercise-limits");

    private static readonly NegotiationCase Case = TestWorld.Case.RecordOrThrow(
        Given.DemandTabled(TestWorld.RussianDemand(NoExercises.Value, TestWorld.UnitedStates)),
        Given.StatementMade(new Statement(LavrovDemands, TestWorld.Russia, StatementKind.Demand, "No exercises near our borders.")),
        Given.StatementMade(new Statement(ShermanOffers, TestWorld.UnitedStates, StatementKind.Proposal, "We are ready to discuss limits.")));

    [Fact]
    public void ProposalMade_AnsweringADemand_AddsTheProposal()
    {
        var proposal = Limits() with { IsReciprocal = true, Condition = "if Russia does the same", Source = DemandSource.InStatement(ShermanOffers) };

        Case.ShouldAccept(Given.ProposalMade(proposal)).Proposals[ExerciseLimits].Should().Be(proposal);
    }

    [Fact]
    public void ProposalMade_TakenId_FailsWithDuplicateId() =>
        Case.RecordOrThrow(Given.ProposalMade(Limits()))
            .ShouldRefuse(Given.ProposalMade(Limits()), ErrorCodes.DuplicateId, "Proposals[exercise-limits]");

    [Fact]
    public void ProposalMade_BlankText_FailsWithTextRequired() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Text = "" }), ErrorCodes.TextRequired, "Proposals[exercise-limits].Text");

    [Fact]
    public void ProposalMade_UnknownAuthor_FailsWithUnknownParty() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Author = TestWorld.Atlantis }), ErrorCodes.UnknownParty, "Proposals[exercise-limits].Author");

    [Fact]
    public void ProposalMade_NoAddressee_FailsWithNoAddressee()
    {
        var error = Case.ShouldRefuse(Given.ProposalMade(Limits() with { Addressees = [] }), ErrorCodes.NoAddressee, "Proposals[exercise-limits].Addressees");

        error.ErrorMessage.Should().Contain("proposal");
    }

    [Fact]
    public void ProposalMade_AuthorAmongAddressees_FailsWithAuthorAmongAddressees() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Addressees = [TestWorld.UnitedStates] }), ErrorCodes.AuthorAmongAddressees, "Proposals[exercise-limits].Addressees[0]");

    [Fact]
    public void ProposalMade_UnknownTopic_FailsWithUnknownTopic() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Topics = [new TopicId("space")] }), ErrorCodes.UnknownTopic, "Proposals[exercise-limits].Topics[0]");

    [Fact]
    public void ProposalMade_AnsweringAnUnknownDemand_FailsWithUnknownDemand() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Answers = [new DemandId("unknown")] }), ErrorCodes.UnknownDemand, "Proposals[exercise-limits].Answers[0]");

    [Fact]
    public void ProposalMade_AnsweringADefaultReference_FailsWithIdMissing() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Answers = [default] }), ErrorCodes.IdMissing, "Proposals[exercise-limits].Answers[0]");

    [Fact]
    public void ProposalMade_SourceStatementOfAnotherParty_FailsWithSourceOfOtherAuthor() =>
        Case.ShouldRefuse(Given.ProposalMade(Limits() with { Source = DemandSource.InStatement(LavrovDemands) }), ErrorCodes.SourceOfOtherAuthor, "Proposals[exercise-limits].Source");

    [Fact]
    public void ProposalMade_Describe_NamesAuthorAddresseesAndText() =>
        Given.ProposalMade(Limits()).Describe().Should().Be("united-states proposes to russia: Reciprocal limits on the size of exercises.");

    private static Proposal Limits() =>
        new(ExerciseLimits, TestWorld.UnitedStates, [TestWorld.Russia], "Reciprocal limits on the size of exercises.")
        {
            Topics = [TestWorld.MilitaryDeployments],
            Answers = [NoExercises],
        };
}
