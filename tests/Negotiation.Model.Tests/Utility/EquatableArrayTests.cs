using System.Collections.Immutable;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Utility;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Equality_SameItemsInOrder_EqualAndOtherwiseUnequal() =>
        EqualityAssertions.AssertValueEquality<EquatableArray<string>>(
            ["nato", "eu"],
            EquatableArray.Create("nato", "eu"),
            ["eu", "nato"],
            ["nato"],
            ["nato", "eu", "osce"],
            []);

    [Fact]
    public void Equality_DefaultEmptyAndEmptyCollectionExpression_AreAllEqual()
    {
        EquatableArray<int> fromDefault = default;
        EquatableArray<int> fromExpression = [];

        EqualityAssertions.AssertValueEquality(fromDefault, fromExpression, [0]);
        EqualityAssertions.AssertValueEquality(EquatableArray<int>.Empty, EquatableArray.Create<int>(), [1, 2]);
    }

    [Fact]
    public void Default_IsEmptyAndNeverExposesADefaultImmutableArray()
    {
        EquatableArray<string> array = default;

        array.IsEmpty.Should().BeTrue();
        array.Count.Should().Be(0);
        array.Items.IsDefault.Should().BeFalse();
        array.Items.Should().BeEmpty();
        array.Should().BeEmpty();
        array.ToString().Should().BeEmpty();
        array.Contains("nato").Should().BeFalse();
    }

    [Fact]
    public void Constructor_DefaultImmutableArray_BecomesEmpty()
    {
        var array = new EquatableArray<int>(default);

        array.Items.IsDefault.Should().BeFalse();
        array.Should().Equal(EquatableArray<int>.Empty);
    }

    [Fact]
    public void ImplicitConversion_FromImmutableArray_KeepsItemsInOrder()
    {
        EquatableArray<int> array = ImmutableArray.Create(3, 1, 2);

        array.Should().Equal(3, 1, 2);
        (array == EquatableArray<int>.FromImmutableArray([3, 1, 2])).Should().BeTrue();
    }

    [Fact]
    public void ImplicitConversion_FromDefaultImmutableArray_IsEmpty()
    {
        EquatableArray<int> array = default(ImmutableArray<int>);

        array.IsEmpty.Should().BeTrue();
        array.Items.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void CollectionExpression_Items_KeepsOrderCountAndIndexer()
    {
        EquatableArray<string> array = ["russia", "united-states", "nato"];

        array.Count.Should().Be(3);
        array.IsEmpty.Should().BeFalse();
        array[0].Should().Be("russia");
        array[2].Should().Be("nato");
        array.Contains("united-states").Should().BeTrue();
        array.Contains("eu").Should().BeFalse();
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        EquatableArray<int> array = [1];

        var act = () => array[1];

        act.Should().Throw<IndexOutOfRangeException>();
    }

    [Fact]
    public void Enumeration_ForeachLinqAndIReadOnlyList_SeeTheSameItems()
    {
        EquatableArray<int> array = [1, 2, 3];
        var seen = new List<int>();
        foreach (var item in array)
        {
            seen.Add(item);
        }

        IReadOnlyList<int> list = array;

        seen.Should().Equal(1, 2, 3);
        array.Where(i => i > 1).Should().Equal(2, 3);
        list.Should().Equal(1, 2, 3);
        ((System.Collections.IEnumerable)array).Cast<int>().Should().Equal(1, 2, 3);
    }

    [Fact]
    public void ToEquatableArray_Sequence_KeepsOrder()
    {
        var array = Enumerable.Range(1, 4).Reverse().ToEquatableArray();

        array.Should().Equal(4, 3, 2, 1);
    }

    [Fact]
    public void ToString_Items_SeparatedByCommas()
    {
        EquatableArray<PartyId> array = [new("russia"), new("nato")];

        array.ToString().Should().Be("russia, nato");
    }

    [Fact]
    public void RecordHoldingArrays_EqualContents_AreEqual()
    {
        // The trap this type exists for: a record holding ImmutableArray<T> would compare the arrays by reference.
        var agenda = new Agenda { Topics = [new TopicId("european-security")], Demands = [new DemandId("no-enlargement")] };
        var sameAgenda = new Agenda { Topics = [new TopicId("european-security")], Demands = [new DemandId("no-enlargement")] };

        EqualityAssertions.AssertValueEquality(
            agenda,
            sameAgenda,
            agenda with { Topics = [] },
            agenda with { Demands = [new DemandId("no-bases")] },
            Agenda.Empty);
    }
}
