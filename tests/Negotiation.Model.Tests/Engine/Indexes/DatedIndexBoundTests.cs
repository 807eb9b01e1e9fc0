using NodaTime;

namespace Negotiation.Model.Tests.Engine.Indexes;

/// <summary>The facts-by-day index read from a bound that is itself a key: the queries read from bounds no fact can have
/// (ids int.MinValue and int.MaxValue), so only the index's own contract, "from the first key not less than the bound",
/// says whether such a key is read.</summary>
public sealed class DatedIndexBoundTests
{
    private static readonly LocalDate Origin = new(2021, 12, 1);

    [Fact]
    public void From_AKeyInOrder_ReadsItAndWhatFollows()
    {
        var index = DatedIndex.Empty.Add(Key(1, 0)).Add(Key(2, 1)).Add(Key(3, 2));

        index.From(Key(2, 1)).Should().Equal(Key(2, 1), Key(3, 2));
    }

    [Fact]
    public void From_ALateKey_ReadsItAndWhatFollows()
    {
        var index = DatedIndex.Empty.Add(Key(1, 0)).Add(Key(5, 1)).Add(Key(3, 2));

        index.From(Key(3, 2)).Should().Equal(Key(3, 2), Key(5, 1));
    }

    private static DatedKey<int> Key(int day, int position) => new(Origin.PlusDays(day), position);
}
