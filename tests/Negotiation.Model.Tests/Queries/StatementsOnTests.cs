using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>The statements on a demand: those that name it, the one it was made in, and the earlier ones it formalises,
/// which could not name it because it did not exist yet.</summary>
public sealed class StatementsOnTests
{
    private static readonly DemandId NoEnlargement = new("no-enlargement");
    private static readonly StatementId EarlyWarning = new("early-warning");
    private static readonly StatementId Private = new("private-word");
    private static readonly StatementId Tabling = new("tabling");
    private static readonly StatementId Rejection = new("rejection");
    private static readonly StatementId Unrelated = new("unrelated");

    /// <summary>Russia warns on 1 December and in confidence to the US on 10 December; tables the demand in a statement on
    /// 17 December, formalising both; the US rejects it on 21 December; another statement on that day is about something
    /// else.</summary>
    private static readonly NegotiationCase Case = TestWorld.Case.RecordOrThrow(
        Given.StatementMade(new Statement(EarlyWarning, TestWorld.Russia, StatementKind.Warning, "NATO must stop coming closer."), new LocalDate(2021, 12, 1)),
        Given.StatementMade(new Statement(Private, TestWorld.Russia, StatementKind.Warning, "No more members, or else.") { Visibility = Visibility.Confidential, Addressees = [TestWorld.UnitedStates] }, new LocalDate(2021, 12, 10)),
        Given.StatementMade(new Statement(Tabling, TestWorld.Russia, StatementKind.Demand, "NATO must admit no new members."), new LocalDate(2021, 12, 17)),
        Given.DemandTabled(
            new Demand(NoEnlargement, TestWorld.Russia, [TestWorld.Nato], "NATO must admit no new members.")
            {
                Source = DemandSource.InStatement(Tabling),
                Formalises = [Private, EarlyWarning],
            },
            new LocalDate(2021, 12, 17)),
        Given.StatementMade(new Statement(Rejection, TestWorld.UnitedStates, StatementKind.Rejection, "Unacceptable.") { About = [SubjectRef.Demand(NoEnlargement)] }, new LocalDate(2021, 12, 21)),
        Given.StatementMade(new Statement(Unrelated, TestWorld.UnitedStates, StatementKind.Assessment, "Talks will be hard."), new LocalDate(2021, 12, 21)));

    [Fact]
    public void StatementsOn_ADemand_NamesEveryStatementOnItInOrder() =>
        Case.StatementsOn(NoEnlargement).Select(s => s.Id).Should().Equal(EarlyWarning, Private, Tabling, Rejection);

    [Fact]
    public void StatementsOn_AStanceTakenSubjectBySubject_Counts()
    {
        var negotiation = Case.RecordOrThrow(Given.StatementMade(
            new Statement(new StatementId("mixed"), TestWorld.Nato, StatementKind.Assessment, "Open on some, not on this.") { Stances = [new StanceTaken(SubjectRef.Demand(NoEnlargement), Stance.Rejects)] },
            new LocalDate(2021, 12, 22)));

        negotiation.StatementsOn(NoEnlargement).Select(s => s.Id.Value).Should().EndWith("mixed");
    }

    [Fact]
    public void StatementsOn_UnknownDemand_Throws() =>
        FluentActions.Invoking(() => Case.StatementsOn(new DemandId("no-such-demand"))).Should().Throw<ArgumentException>();

    [Fact]
    public void AsSeenBy_APartyThatMayNotSeeAFormalisedStatement_SeesTheDemandWithoutThatLink()
    {
        var seen = Case.AsSeenBy(TestWorld.Germany);

        seen.Demands[NoEnlargement].Formalises.Should().Equal(EarlyWarning);
        seen.StatementsOn(NoEnlargement).Select(s => s.Id).Should().Equal(EarlyWarning, Tabling, Rejection);
        seen.Validate().Errors.Should().BeEmpty();
        Case.AsSeenBy(TestWorld.UnitedStates).Demands[NoEnlargement].Formalises.Should().Equal(Private, EarlyWarning);
    }
}
