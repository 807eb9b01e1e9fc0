using CsCheck;

namespace Negotiation.Model.Tests.Utility;

/// <summary>
/// The append-only persistent list behind the time axes: every version keeps its items whatever is appended to it or to
/// any other version (forks included), across the trie's levels.
/// </summary>
public sealed class AppendVectorTests
{
    [Fact]
    public void Add_ManyItems_EveryIndexReadsItsItem()
    {
        var vector = AppendVector<int>.Empty;
        for (var i = 0; i < 40_000; i++)
        {
            vector = vector.Add(i);
        }

        vector.Count.Should().Be(40_000);
        vector.Last.Should().Be(39_999);
        Enumerable.Range(0, 40_000).Should().OnlyContain(i => vector[i] == i);
        vector.Should().Equal(Enumerable.Range(0, 40_000));
    }

    [Fact]
    public void Add_ToAnOlderVersion_LeavesTheNewerOneAsItWas()
    {
        var older = AppendVector<string>.Empty.Add("a").Add("b");
        var newer = older.Add("c");

        var fork = older.Add("x");

        newer.Should().Equal("a", "b", "c");
        fork.Should().Equal("a", "b", "x");
        older.Should().Equal("a", "b");
    }

    [Fact]
    public void Add_ToAVersionWhoseTailMovedIntoTheTrie_LeavesBothIntact()
    {
        var full = AppendVector<int>.Empty;
        for (var i = 0; i < 32; i++)
        {
            full = full.Add(i);
        }

        var longer = full.Add(32).Add(33);
        var fork = full.Add(-1);

        longer.Should().Equal(Enumerable.Range(0, 34));
        fork.Should().Equal([.. Enumerable.Range(0, 32), -1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Indexer_OutOfRange_ThrowsWithTheCount(int index)
    {
        var vector = AppendVector<int>.Empty.Add(1);

        var read = () => vector[index];

        read.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1 items*");
    }

    [Fact]
    public void FirstWhere_OnSortedItems_FindsTheFirstAboveTheBound()
    {
        var vector = AppendVector<int>.Empty;
        foreach (var item in new[] { 1, 3, 5, 7, 9 })
        {
            vector = vector.Add(item);
        }

        vector.FirstWhere(4, static (bound, item) => item > bound).Should().Be(2);
        vector.FirstWhere(0, static (bound, item) => item > bound).Should().Be(0);
        vector.FirstWhere(9, static (bound, item) => item > bound).Should().Be(5);
    }

    [Fact]
    public void Add_FromAnyVersionInAnyOrder_EveryVersionKeepsItsItems() =>
        Gen.Select(Gen.Int[0, 1_000], Gen.Int[1, 80]).Array[1, 60].Sample(steps =>
        {
            // Each step appends a run of items to some earlier version (by its number), as "as of" then recording does.
            var versions = new List<(AppendVector<int> Vector, List<int> Expected)> { (AppendVector<int>.Empty, []) };
            var next = 0;
            foreach (var (pick, run) in steps)
            {
                var (vector, expected) = versions[pick % versions.Count];
                var copy = new List<int>(expected);
                for (var i = 0; i < run; i++)
                {
                    vector = vector.Add(next);
                    copy.Add(next++);
                }

                versions.Add((vector, copy));
            }

            foreach (var (vector, expected) in versions)
            {
                vector.Should().Equal(expected);
            }
        }, iter: 200);

    [Fact]
    public void Add_FromManyThreadsToOneVersion_EachResultKeepsItsOwnItem()
    {
        var shared = AppendVector<int>.Empty.Add(0);

        var results = Enumerable.Range(1, 64).AsParallel().Select(i => (Item: i, Vector: shared.Add(i))).ToList();

        results.Should().OnlyContain(r => r.Vector.Count == 2 && r.Vector[0] == 0 && r.Vector[1] == r.Item);
    }
}
