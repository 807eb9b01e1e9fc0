using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Ids;

/// <summary>
/// The contract every id type shares: a validated slug, <c>TryCreate</c>, ordinal ordering and an invalid
/// <c>default</c>. Each id type runs these tests through a small subclass beside this file.
/// </summary>
/// <typeparam name="TId">The id type.</typeparam>
public abstract class IdTests<TId>
    where TId : struct, IComparable<TId>, IEquatable<TId>
{
    public static TheoryData<string> NotSlugs =>
    [
        string.Empty,
        "NATO",
        "Nato",
        "-nato",
        "nato-",
        "na--to",
        "na to",
        " nato",
        "nato_2022",
        "nato.2022",
        "naté",
        "ｎａｔｏ",
        new string('a', 101),
    ];

    public static TheoryData<string> Slugs =>
    [
        "a",
        "7",
        "nato",
        "ru-us-2022-01",
        "geneva-ssd-2022-01",
        "2022",
        new string('a', 100),
    ];

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Constructor_Slug_KeepsItAsValueAndText(string slug)
    {
        var id = Create(slug);

        ValueOf(id).Should().Be(slug);
        id.ToString().Should().Be(slug);
        IsValid(id).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(NotSlugs))]
    public void Constructor_NotASlug_ThrowsArgumentExceptionNamingTheType(string text)
    {
        var act = () => Create(text);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.GetType() == typeof(ArgumentException))
            .WithParameterName("value")
            .WithMessage($"*not a valid {typeof(TId).Name}*lowercase ASCII letters, digits and single hyphens*");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        var act = () => Create(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_Slug_ReturnsTrueAndTheSameIdAsTheConstructor(string slug)
    {
        TryCreate(slug, out var id).Should().BeTrue();

        id.Should().Be(Create(slug));
    }

    [Theory]
    [MemberData(nameof(NotSlugs))]
    [InlineData(null)]
    public void TryCreate_NotASlug_ReturnsFalseAndDefault(string? text)
    {
        TryCreate(text, out var id).Should().BeFalse();

        id.Should().Be(default(TId));
        IsValid(id).Should().BeFalse();
    }

    [Fact]
    public void Default_IsInvalidWithNoValueAndEmptyText()
    {
        var id = default(TId);

        IsValid(id).Should().BeFalse();
        ValueOf(id).Should().BeNull();
        id.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Equality_SameSlug_EqualAndDifferentSlugOrDefault_Unequal() =>
        EqualityAssertions.AssertValueEquality(Create("nato"), Create("nato"), Create("eu"), Create("nato-2"), default);

    [Fact]
    public void CompareTo_Slugs_OrdersOrdinally()
    {
        TId[] ids = [Create("nato"), Create("ab"), Create("a1"), Create("a-b"), default, Create("eu")];

        ids.Order().Select(i => i.ToString()).Should().Equal(string.Empty, "a-b", "a1", "ab", "eu", "nato");
    }

    [Fact]
    public void ComparisonOperators_AgreeWithCompareTo()
    {
        var eu = Create("eu");
        var nato = Create("nato");
        var alsoNato = Create("nato");

        Less(eu, nato).Should().BeTrue();
        Less(nato, eu).Should().BeFalse();
        Less(nato, alsoNato).Should().BeFalse();
        Greater(nato, eu).Should().BeTrue();
        Greater(nato, alsoNato).Should().BeFalse();
        LessOrEqual(nato, alsoNato).Should().BeTrue();
        LessOrEqual(nato, eu).Should().BeFalse();
        GreaterOrEqual(nato, alsoNato).Should().BeTrue();
        GreaterOrEqual(eu, nato).Should().BeFalse();
        nato.CompareTo(alsoNato).Should().Be(0);
    }

    private protected abstract TId Create(string value);

    private protected abstract bool TryCreate(string? value, out TId id);

    private protected abstract string ValueOf(TId id);

    private protected abstract bool IsValid(TId id);

    private protected abstract bool Less(TId left, TId right);

    private protected abstract bool Greater(TId left, TId right);

    private protected abstract bool LessOrEqual(TId left, TId right);

    private protected abstract bool GreaterOrEqual(TId left, TId right);
}
