using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class PositionQueriesTests
{
    [Fact]
    public void StanceOn_TheUsDraftOn22December_IsUnacceptableInPart()
    {
        var stance = Case.StanceOn(UnitedStates, SubjectRef.Document(DraftTreatyWithUs), ArticleDay);

        stance.Stance.Should().Be(Stance.Rejects);
        stance.Extent.Should().Be(Extent.Part);
        stance.Certain.Should().Be(Truth.Yes);
        stance.Position!.Statement.Should().Be(DonfriedUnacceptable);
        stance.Reason.Should().StartWith("United States rejected part of 'Treaty between the United States of America and the Russian Federation on security guarantees'")
            .And.Contain("unacceptable");
    }

    [Fact]
    public void StanceOn_TheUsDraftOn20December_IsNoStanceYet()
    {
        var stance = Case.StanceOn(UnitedStates, SubjectRef.Document(DraftTreatyWithUs), new LocalDate(2021, 12, 20));

        stance.Stance.Should().Be(Stance.NoStance);
        stance.Position.Should().BeNull();
        stance.Reason.Should().Be("United States has taken no stance on 'Treaty between the United States of America and the Russian Federation on security guarantees' by 20 December 2021");
    }

    [Fact]
    public void StanceOn_ADemandTheDraftCarries_ComesFromTheStanceOnTheDraft()
    {
        var stance = Case.StanceOn(UnitedStates, SubjectRef.Demand(NatoNoNewMembers));

        stance.Stance.Should().Be(Stance.Rejects);
        stance.Position!.Subject.Should().Be(SubjectRef.Document(DraftAgreementWithNato));
        stance.Reason.Should().Contain("which carries it");
        Case.StanceOn(Nato, SubjectRef.Demand(NatoNoNewMembers)).Stance.Should().Be(Stance.NoStance);
    }

    [Fact]
    public void StanceOn_AfterAnApproximatelyDatedChange_IsUndeterminedWithTheReason()
    {
        // Given a US statement, dated only "the week of 20 December", that it is open to discuss the draft treaty
        var negotiation = Record(Case,
        [
            new StatementMade
            {
                Statement = new Statement(new StatementId("us-open-to-talk"), UnitedStates, StatementKind.Proposal, "We are ready to discuss some of it.")
                {
                    About = [SubjectRef.Document(DraftTreatyWithUs)],
                },
                Occurred = DateWindow.WeekOf(new LocalDate(2021, 12, 20)),
                Recorded = At(2021, 12, 27, 12),
                Source = Reuters(new LocalDate(2021, 12, 27)),
            },
        ]);

        // When asked about 22 December (the week runs to the 26th)
        var stance = negotiation.StanceOn(UnitedStates, SubjectRef.Document(DraftTreatyWithUs), ArticleDay);

        // Then the rejection of the 21st stands, but may already have given way: undetermined, and the reason says why
        stance.Stance.Should().Be(Stance.Rejects);
        stance.Certain.Should().Be(Truth.Undetermined);
        stance.Reason.Should().Contain("; undetermined:").And.Contain("week of 20 December 2021").And.Contain("too approximately");
        negotiation.PositionsMatrix(ArticleDay)[UnitedStates, UsLegalGuarantees].Certain.Should().Be(Truth.Undetermined);

        // And once the week is over, the later stance holds
        negotiation.StanceOn(UnitedStates, SubjectRef.Document(DraftTreatyWithUs), new LocalDate(2021, 12, 27)).Stance.Should().Be(Stance.OpenToDiscuss);
        negotiation.StatusOf(UsLegalGuarantees, UnitedStates).Should().Be(DemandStatus.UnderDiscussion);
    }

    [Fact]
    public void PositionsMatrix_On22December_ShowsWhichPartiesRejectWhichDemandsWithTheStatement()
    {
        var matrix = Case.AsOf(ArticleDay).PositionsMatrix();

        matrix.Parties.Should().Equal(Nato, UnitedStates);
        matrix.Demands.Should().HaveCount(9);
        matrix[UnitedStates, UsLegalGuarantees].Stance.Should().Be(Stance.Rejects);
        matrix[UnitedStates, UsLegalGuarantees].Extent.Should().Be(Extent.Part);
        matrix[UnitedStates, UsLegalGuarantees].Statement.Should().Be(DonfriedUnacceptable);
        matrix[UnitedStates, UsNoDelay].Stance.Should().Be(Stance.NoStance);
        matrix[Nato, NatoNoNewMembers].Stance.Should().Be(Stance.NoStance);
        matrix[Nato, NatoNoNewMembers].Statement.Should().BeNull();
        matrix.WithStance(Stance.Rejects).Should().HaveCount(8).And.OnlyContain(c => c.Party == UnitedStates);
        matrix.ToString().Should().Contain("Rejects(part)");
    }

    [Fact]
    public void PositionsMatrix_ChosenRowsAndColumns_KeepsTheirOrder()
    {
        var matrix = Case.PositionsMatrix([UnitedStates, France], [UsNoNewMembers, UsNoDelay]);

        matrix.Cells.Select(c => (c.Party, c.Demand, c.Stance)).Should().Equal(
            (UnitedStates, UsNoNewMembers, Stance.Rejects), (UnitedStates, UsNoDelay, Stance.NoStance),
            (France, UsNoNewMembers, Stance.NoStance), (France, UsNoDelay, Stance.NoStance));
        FluentActions.Invoking(() => matrix[Russia, UsNoDelay]).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void PositionsMatrix_On16December_HasNoDemandsYet() =>
        Case.AsOf(December16).PositionsMatrix().Cells.Should().BeEmpty();
}
