using System.Runtime.CompilerServices;
using NodaTime;

namespace Negotiation.Model.Tests.TestSupport;

public sealed class EqualityAssertionsTests
{
    [Fact]
    public void AssertValueEquality_LocalDate_Passes()
    {
        var act = () => EqualityAssertions.AssertValueEquality(
            new LocalDate(2021, 12, 22),
            new LocalDate(2021, 12, 22),
            new LocalDate(2021, 12, 21),
            new LocalDate(2022, 1, 10));

        act.Should().NotThrow();
    }

    [Fact]
    public void AssertValueEquality_Record_Passes()
    {
        var act = () => EqualityAssertions.AssertValueEquality(
            new Sitting("geneva", 2),
            new Sitting("geneva", 2),
            new Sitting("brussels", 2),
            new Sitting("geneva", 3));

        act.Should().NotThrow();
    }

    [Fact]
    public void AssertValueEquality_TypeWithoutOperators_ChecksEqualsAndHashCode()
    {
        // Tuple<,> has value equality but no == operator, so only Equals and GetHashCode are checked.
        var act = () => EqualityAssertions.AssertValueEquality(
            Tuple.Create("nato", 30),
            Tuple.Create("nato", 30),
            Tuple.Create("nato", 32));

        act.Should().NotThrow();
    }

    [Fact]
    public void AssertValueEquality_DifferentValuesPassedAsEqual_Fails()
    {
        var act = () => EqualityAssertions.AssertValueEquality(new Sitting("geneva", 2), new Sitting("geneva", 3));

        act.Should().Throw<Exception>().WithMessage("*Equals(T) must hold*== must hold*");
    }

    [Fact]
    public void AssertValueEquality_EqualValuePassedAsUnequal_Fails()
    {
        var act = () => EqualityAssertions.AssertValueEquality(
            new Sitting("geneva", 2),
            new Sitting("geneva", 2),
            new Sitting("geneva", 2));

        act.Should().Throw<Exception>().WithMessage("*Equals(T) must not hold*!= must hold*");
    }

    [Fact]
    public void AssertValueEquality_HashCodeByIdentity_Fails()
    {
        var act = () => EqualityAssertions.AssertValueEquality(new IdentityHashed(1), new IdentityHashed(1), new IdentityHashed(2));

        act.Should().Throw<Exception>().WithMessage("*hash codes*");
    }

    [Fact]
    public void AssertValueEquality_OperatorDisagreesWithEquals_Fails()
    {
        var act = () => EqualityAssertions.AssertValueEquality(new ReferenceOperators(1), new ReferenceOperators(1), new ReferenceOperators(2));

        act.Should().Throw<Exception>().WithMessage("*== must hold*");
    }

    [Fact]
    public void AssertValueEquality_SameInstanceAsEqual_Throws()
    {
        var sitting = new Sitting("geneva", 2);

        var act = () => EqualityAssertions.AssertValueEquality(sitting, sitting);

        act.Should().Throw<ArgumentException>().WithParameterName("equal");
    }

    private sealed record Sitting(string Venue, int Day);

    /// <summary>Equal by value, but hashed by identity: breaks the hash-code contract.</summary>
    private sealed class IdentityHashed(int value) : IEquatable<IdentityHashed>
    {
        public int Value { get; } = value;

        public bool Equals(IdentityHashed? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as IdentityHashed);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

        public override string ToString() => $"IdentityHashed({Value})";
    }

    /// <summary>Equal by value, but its operators compare references: == disagrees with Equals.</summary>
    private sealed class ReferenceOperators(int value) : IEquatable<ReferenceOperators>
    {
        public int Value { get; } = value;

        public static bool operator ==(ReferenceOperators? left, ReferenceOperators? right) => ReferenceEquals(left, right);

        public static bool operator !=(ReferenceOperators? left, ReferenceOperators? right) => !ReferenceEquals(left, right);

        public bool Equals(ReferenceOperators? other) => other is not null && other.Value == Value;

        public override bool Equals(object? obj) => Equals(obj as ReferenceOperators);

        public override int GetHashCode() => Value;

        public override string ToString() => $"ReferenceOperators({Value})";
    }
}
