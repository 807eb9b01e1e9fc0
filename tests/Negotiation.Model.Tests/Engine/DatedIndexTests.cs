using System.Collections.Immutable;
using CsCheck;
using NodaTime;

namespace Negotiation.Model.Tests.Engine;

/// <summary>
/// The facts-by-day index reads like one sorted set whatever order the days come in: keys in order go to an append-only
/// list, late ones to a set, and a read merges them.
/// </summary>
public sealed class DatedIndexTests
{
    private static readonly LocalDate Origin = new(2021, 12, 1);

    [Fact]
    public void From_KeysInOrderAndLate_ReadsAllFromTheBoundInOrder()
    {
        var index = DatedIndex.Empty;
        var days = new[] { 3, 5, 5, 2, 8, 4, 9 };
        for (var position = 0; position < days.Length; position++)
        {
            index = index.Add(new DatedKey<int>(Origin.PlusDays(days[position]), position));
        }

        index.Count.Should().Be(7);
        index.From(new DatedKey<int>(Origin.PlusDays(4), int.MinValue)).Select(k => k.Id).Should().Equal(5, 1, 2, 4, 6);
        index.From(new DatedKey<int>(Origin.PlusDays(5), int.MaxValue)).Select(k => k.Id).Should().Equal(4, 6);
        index.From(new DatedKey<int>(Origin, int.MinValue)).Select(k => k.Id).Should().Equal(3, 0, 5, 1, 2, 4, 6);
    }

    [Fact]
    public void From_AnyDaysAnyBound_ReadsAsASortedSetDoes() =>
        Gen.Select(Gen.Int[0, 60].Array[0, 200], Gen.Int[-5, 65], Gen.Bool).Sample((days, bound, lowest) =>
        {
            var index = DatedIndex.Empty;
            var expected = ImmutableSortedSet<DatedKey<int>>.Empty;
            for (var position = 0; position < days.Length; position++)
            {
                var key = new DatedKey<int>(Origin.PlusDays(days[position]), position);
                index = index.Add(key);
                expected = expected.Add(key);
            }

            var lower = new DatedKey<int>(Origin.PlusDays(bound), lowest ? int.MinValue : int.MaxValue);
            index.From(lower).Should().Equal(expected.Where(k => k.CompareTo(lower) >= 0));
            index.Count.Should().Be(days.Length);
        }, iter: 500);

    [Fact]
    public void Build_AnyDays_ReadsAsAddingOneByOneDoes() =>
        Gen.Select(Gen.Int[0, 60].Array[0, 200], Gen.Int[-5, 65]).Sample((days, bound) =>
        {
            var keys = days.Select((day, position) => new DatedKey<int>(Origin.PlusDays(day), position)).ToArray();
            var added = keys.Aggregate(DatedIndex.Empty, (index, key) => index.Add(key));

            var built = DatedIndex.Build(keys);

            var lower = new DatedKey<int>(Origin.PlusDays(bound), int.MinValue);
            built.From(lower).Should().Equal(added.From(lower));
            built.Count.Should().Be(days.Length);
        }, iter: 500);
}
