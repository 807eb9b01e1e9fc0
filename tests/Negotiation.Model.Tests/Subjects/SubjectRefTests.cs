using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Subjects;

public sealed class SubjectRefTests
{
    public static TheoryData<SubjectKind, string> Factories => new()
    {
        { SubjectKind.Demand, "demand:x" },
        { SubjectKind.Document, "document:x" },
        { SubjectKind.Proposal, "proposal:x" },
        { SubjectKind.Statement, "statement:x" },
        { SubjectKind.Round, "round:x" },
        { SubjectKind.Topic, "topic:x" },
        { SubjectKind.Party, "party:x" },
        { SubjectKind.Development, "development:x" },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factory_EachKind_KeepsKindAndSlug(SubjectKind kind, string text)
    {
        var subject = Create(kind, "x");

        subject.Kind.Should().Be(kind);
        subject.Id.Should().Be("x");
        subject.IsValid.Should().BeTrue();
        subject.ToString().Should().Be(text);
    }

    [Fact]
    public void Factory_DefaultId_ThrowsArgumentException()
    {
        var act = () => SubjectRef.Round(default);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void ImplicitConversions_DemandDocumentProposalStatement_MatchTheFactories()
    {
        SubjectRef demand = new DemandId("x");
        SubjectRef document = new DocumentId("x");
        SubjectRef proposal = new ProposalId("x");
        SubjectRef statement = new StatementId("x");

        demand.Should().Be(SubjectRef.Demand(new DemandId("x"))).And.Be(SubjectRef.FromDemandId(new DemandId("x")));
        document.Should().Be(SubjectRef.Document(new DocumentId("x"))).And.Be(SubjectRef.FromDocumentId(new DocumentId("x")));
        proposal.Should().Be(SubjectRef.Proposal(new ProposalId("x"))).And.Be(SubjectRef.FromProposalId(new ProposalId("x")));
        statement.Should().Be(SubjectRef.Statement(new StatementId("x"))).And.Be(SubjectRef.FromStatementId(new StatementId("x")));
    }

    [Fact]
    public void Default_IsInvalid()
    {
        var subject = default(SubjectRef);

        subject.IsValid.Should().BeFalse();
        subject.Id.Should().BeNull();
    }

    [Fact]
    public void CompareTo_ByKindThenId_Orders()
    {
        SubjectRef[] subjects = [SubjectRef.Party(new PartyId("a")), SubjectRef.Demand(new DemandId("b")), SubjectRef.Demand(new DemandId("a")), SubjectRef.Round(new RoundId("a"))];

        subjects.Order().Select(s => s.ToString()).Should().Equal("demand:a", "demand:b", "round:a", "party:a");
    }

    [Fact]
    public void ComparisonOperators_AgreeWithCompareTo()
    {
        var demand = SubjectRef.Demand(new DemandId("z"));
        var document = SubjectRef.Document(new DocumentId("a"));

        (demand < document).Should().BeTrue();
        (document > demand).Should().BeTrue();
        (demand <= SubjectRef.Demand(new DemandId("z"))).Should().BeTrue();
        (demand >= document).Should().BeFalse();
    }

    [Fact]
    public void ComparisonOperators_EqualReferences_OnlyTheInclusiveOnesHold()
    {
        var demand = SubjectRef.Demand(new DemandId("z"));
        var same = SubjectRef.Demand(new DemandId("z"));

        (demand < same).Should().BeFalse();
        (demand > same).Should().BeFalse();
        (demand <= same).Should().BeTrue();
        (demand >= same).Should().BeTrue();
    }

    [Fact]
    public void Equality_SameKindAndId_EqualAndOtherwiseUnequal() =>
        EqualityAssertions.AssertValueEquality(
            SubjectRef.Demand(new DemandId("no-enlargement")),
            (SubjectRef)new DemandId("no-enlargement"),
            SubjectRef.Document(new DocumentId("no-enlargement")),
            SubjectRef.Demand(new DemandId("no-bases")),
            default);

    private static SubjectRef Create(SubjectKind kind, string id) => kind switch
    {
        SubjectKind.Demand => SubjectRef.Demand(new DemandId(id)),
        SubjectKind.Document => SubjectRef.Document(new DocumentId(id)),
        SubjectKind.Proposal => SubjectRef.Proposal(new ProposalId(id)),
        SubjectKind.Statement => SubjectRef.Statement(new StatementId(id)),
        SubjectKind.Round => SubjectRef.Round(new RoundId(id)),
        SubjectKind.Topic => SubjectRef.Topic(new TopicId(id)),
        SubjectKind.Party => SubjectRef.Party(new PartyId(id)),
        _ => SubjectRef.Development(new DevelopmentId(id)),
    };
}
