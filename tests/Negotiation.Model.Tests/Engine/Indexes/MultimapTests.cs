using System.Collections.Immutable;

namespace Negotiation.Model.Tests.Engine.Indexes;

/// <summary>The multimap helper of the indexes, on its own: no query reaches its edge cases (an absent key, a set
/// emptied, a range read from a key that is present), so they are pinned here.</summary>
public sealed class MultimapTests
{
    private static readonly ImmutableDictionary<string, ImmutableSortedSet<int>> Map =
        ImmutableDictionary<string, ImmutableSortedSet<int>>.Empty.Add("a", 1).Add("a", 2).Add("b", 3);

    [Fact]
    public void Remove_AbsentKey_ReturnsTheSameMap() =>
        Map.Remove("c", 1).Should().BeSameAs(Map);

    [Fact]
    public void Remove_AbsentValue_ReturnsTheSameMap() =>
        Map.Remove("a", 3).Should().BeSameAs(Map);

    [Fact]
    public void Remove_OneOfTwoValues_KeepsTheOther() =>
        Map.Remove("a", 1).Get("a").Should().Equal(2);

    [Fact]
    public void Remove_TheLastValue_DropsTheKey()
    {
        var removed = Map.Remove("b", 3);

        removed.ContainsKey("b").Should().BeFalse();
        removed.Keys.Should().BeEquivalentTo(["a"]);
    }

    [Theory]
    [InlineData(10, new[] { 10, 20, 30 })]
    [InlineData(20, new[] { 20, 30 })]
    [InlineData(15, new[] { 20, 30 })]
    [InlineData(5, new[] { 10, 20, 30 })]
    [InlineData(31, new int[0])]
    public void From_ABound_ReadsTheItemsNotLessThanIt(int lower, int[] expected) =>
        ImmutableSortedSet.Create(10, 20, 30).From(lower).Should().Equal(expected);

    [Fact]
    public void MultimapBuilder_ValuesInAnyOrder_FreezesASortedSetPerKey()
    {
        var builder = new MultimapBuilder<string, int>();
        builder.Add("a", 2);
        builder.Add("b", 3);
        builder.Add("a", 1);
        builder.Add("a", 2);

        var map = builder.ToImmutable();

        map.Keys.Should().BeEquivalentTo(["a", "b"]);
        map.Get("a").Should().Equal(1, 2);
        map.Get("b").Should().Equal(3);
    }
}
