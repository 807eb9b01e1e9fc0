using System.Collections.Immutable;

namespace Negotiation.Model.Tests.Conventions;

/// <summary>Proves the convention checks find offenders, so their passing over a small model means something.</summary>
public sealed class ImmutabilityRulesTests
{
    private const string Prefix = "Negotiation.Model.Tests.Conventions.ImmutabilityRulesTests.";

    [Fact]
    public void UnsealedClasses_MixedClasses_ReportsOnlyTheOpenOnes()
    {
        var offenders = ImmutabilityRules.UnsealedClasses(
            [typeof(OpenClass), typeof(DerivedClass), typeof(SealedClass), typeof(AbstractClass), typeof(StaticClass), typeof(OpenRecord), typeof(DerivedRecord), typeof(SealedRecord),
             typeof(ValueRecord), typeof(Stance), typeof(IShape), typeof(Callback)]);

        offenders.Should().Equal(
            $"{Prefix}OpenClass is neither sealed, static nor abstract",
            $"{Prefix}OpenRecord is neither sealed, static nor abstract");
    }

    [Fact]
    public void MutableSetters_MixedProperties_ReportsOnlyVisibleNonInitSetters()
    {
        var offenders = ImmutabilityRules.MutableSetters(
            [typeof(Setters), typeof(AbstractClass), typeof(IShape), typeof(SealedRecord), typeof(OpenRecord), typeof(ValueRecord)]);

        offenders.Should().Equal(
            $"{Prefix}Setters.Mutable has a public set accessor (use init, or a With… method)",
            $"{Prefix}AbstractClass.Protected has a protected set accessor (use init, or a With… method)",
            $"{Prefix}IShape.Area has a public set accessor (use init, or a With… method)");
    }

    [Fact]
    public void MutableFields_MixedFields_ReportsOnlyVisibleWritableFields()
    {
        var offenders = ImmutabilityRules.MutableFields([typeof(Fields), typeof(Stance), typeof(ValueRecord)]);

        offenders.Should().Equal(
            $"{Prefix}Fields.Mutable is a public field that is not readonly",
            $"{Prefix}Fields.StaticMutable is a public field that is not readonly");
    }

    [Fact]
    public void MutableCollectionsInSignatures_MixedSignatures_ReportsEveryMutableUse()
    {
        var offenders = ImmutabilityRules.MutableCollectionsInSignatures(
            [typeof(Collections), typeof(IStore), typeof(SealedRecord), typeof(OpenRecord), typeof(ValueRecord), typeof(Callback)]);

        offenders.Should().BeEquivalentTo(
            $"{Prefix}Collections.List (property) uses List<Int32> in List<Int32>",
            $"{Prefix}Collections.Array (property) uses Int32[] in Int32[]",
            $"{Prefix}Collections.Nested (property) uses Dictionary<String, Int32> in ImmutableArray<Dictionary<String, Int32>>",
            $"{Prefix}Collections.Field (field) uses ISet<Int32> in IReadOnlyList<ISet<Int32>>",
            $"{Prefix}IStore.Take (parameter 'values') uses IList<Int32> in IList<Int32>",
            $"{Prefix}IStore.Take (return type) uses IDictionary<Int32, Int32> in IDictionary<Int32, Int32>",
            $"{Prefix}Collections.Jagged (parameter 'rows') uses Int32[] in Int32[]",
            $"{Prefix}Collections.Fill (parameter 'list') uses List<Int32> in ref List<Int32>",
            $"{Prefix}Collections.constructor (parameter 'seed') uses HashSet<Int32> in HashSet<Int32>",
            $"{Prefix}Callback.Invoke (parameter 'items') uses ICollection<Int32> in ICollection<Int32>",
            $"{Prefix}Callback.BeginInvoke (parameter 'items') uses ICollection<Int32> in ICollection<Int32>");
    }

    [Fact]
    public void BclTimeTypesInSignatures_MixedSignatures_ReportsEveryBclTimeType()
    {
        var offenders = ImmutabilityRules.BclTimeTypesInSignatures([typeof(Times), typeof(SealedRecord), typeof(ValueRecord)]);

        offenders.Should().BeEquivalentTo(
            $"{Prefix}Times.When (property) uses DateTime in DateTime (use NodaTime)",
            $"{Prefix}Times.Gap (return type) uses TimeSpan in TimeSpan? (use NodaTime)",
            $"{Prefix}Times.Gap (parameter 'moments') uses DateTimeOffset in ImmutableArray<DateTimeOffset> (use NodaTime)",
            $"{Prefix}Times.Day (parameter 'day') uses DateOnly in DateOnly (use NodaTime)",
            $"{Prefix}SealedRecord.Hidden (property) uses DateTime in DateTime? (use NodaTime)");
    }

    // Fixtures: private, so they stay out of any public API; the rules look at member visibility only.
    private class OpenClass;

    private sealed class DerivedClass : OpenClass;

    private sealed class SealedClass;

    private abstract class AbstractClass
    {
        public int Open { get; init; }

        protected int Protected { get; set; }

        private protected int PrivateProtected { get; set; }
    }

    private static class StaticClass;

    private record OpenRecord(int Value);

    private sealed record DerivedRecord(int Value) : OpenRecord(Value);

    private sealed record SealedRecord(string Name, int Count)
    {
        public DateTime? Hidden { get; init; }
    }

    private readonly record struct ValueRecord(string Slug);

    private enum Stance
    {
        Accepts,
        Rejects,
    }

    private interface IShape
    {
        int Sides { get; }

        double Area { get; set; }
    }

    private delegate void Callback(ICollection<int> items);

    private interface IStore
    {
        IDictionary<int, int> Take(IList<int> values);
    }

    private sealed class Setters
    {
        public int Mutable { get; set; }

        public int InitOnly { get; init; }

        public int GetOnly { get; }

        public int PrivateSet { get; private set; }

        internal int InternalSet { get; set; }
    }

    private sealed class Fields
    {
        public const int Constant = 1;
        public static readonly int StaticReadOnly = 2;
        public static int StaticMutable = 3;
        public readonly int ReadOnly = 4;
        public int Mutable = 5;
        internal int _internal = 6;
    }

    private sealed class Collections(HashSet<int> seed)
    {
        public readonly IReadOnlyList<ISet<int>> Field = [];

        public List<int> List { get; } = [.. seed];

        public int[] Array { get; } = [];

        public ImmutableArray<Dictionary<string, int>> Nested { get; } = [];

        public ImmutableArray<int> Fine { get; } = [];

        public static int Params(params int[] values) => values.Length;

        public static int Jagged(params int[][] rows) => rows.Length;

        public static void Fill(ref List<int> list) => list = [];
    }

    private sealed class Times
    {
        public DateTime When { get; }

        public static TimeSpan? Gap(ImmutableArray<DateTimeOffset> moments) => moments.IsEmpty ? null : moments[^1] - moments[0];

        public static int Day(DateOnly day) => day.Day;
    }
}
