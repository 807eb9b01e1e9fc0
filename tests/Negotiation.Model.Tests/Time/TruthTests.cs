using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Time;

public sealed class TruthTests
{
    private static readonly Truth Y = Truth.Yes;
    private static readonly Truth U = Truth.Undetermined;
    private static readonly Truth N = Truth.No;

    // Kleene's strong three-valued logic, written out in full.
    public static TheoryData<Truth, Truth, Truth> AndTable => new()
    {
        { Y, Y, Y }, { Y, U, U }, { Y, N, N },
        { U, Y, U }, { U, U, U }, { U, N, N },
        { N, Y, N }, { N, U, N }, { N, N, N },
    };

    public static TheoryData<Truth, Truth, Truth> OrTable => new()
    {
        { Y, Y, Y }, { Y, U, Y }, { Y, N, Y },
        { U, Y, Y }, { U, U, U }, { U, N, U },
        { N, Y, Y }, { N, U, U }, { N, N, N },
    };

    [Theory]
    [MemberData(nameof(AndTable))]
    public void And_EveryPair_FollowsKleeneTable(Truth left, Truth right, Truth expected)
    {
        (left & right).Should().Be(expected);
        left.And(right).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(OrTable))]
    public void Or_EveryPair_FollowsKleeneTable(Truth left, Truth right, Truth expected)
    {
        (left | right).Should().Be(expected);
        left.Or(right).Should().Be(expected);
    }

    [Fact]
    public void Not_EachValue_SwapsYesAndNoAndKeepsUndetermined()
    {
        (!Y).Should().Be(N);
        (!N).Should().Be(Y);
        (!U).Should().Be(U);
        Y.Not().Should().Be(N);
        N.Not().Should().Be(Y);
        U.Not().Should().Be(U);
    }

    [Fact]
    public void From_Bool_GivesCertainAnswers()
    {
        Truth.From(true).Should().Be(Y);
        Truth.From(false).Should().Be(N);
    }

    [Fact]
    public void Predicates_EachValue_ReportExactlyItsOwnAnswer()
    {
        (Y.IsYes, Y.IsNo, Y.IsUndetermined, Y.IsPossible).Should().Be((true, false, false, true));
        (U.IsYes, U.IsNo, U.IsUndetermined, U.IsPossible).Should().Be((false, false, true, true));
        (N.IsYes, N.IsNo, N.IsUndetermined, N.IsPossible).Should().Be((false, true, false, false));
    }

    [Fact]
    public void Default_IsNo() => default(Truth).Should().Be(Truth.No);

    [Fact]
    public void ToString_EachValue_IsItsWord()
    {
        Y.ToString().Should().Be("yes");
        U.ToString().Should().Be("undetermined");
        N.ToString().Should().Be("no");
    }

    [Fact]
    public void Equality_SameAnswer_EqualAndOtherAnswers_Unequal()
    {
        EqualityAssertions.AssertValueEquality(Truth.Undetermined, !Truth.Undetermined, Truth.Yes, Truth.No);
        EqualityAssertions.AssertValueEquality(Truth.No, default, Truth.Yes, Truth.Undetermined);
    }
}
