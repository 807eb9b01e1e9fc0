using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Negotiation.Model.Benchmarks.Baselines;
using Negotiation.Model.Benchmarks.Generation;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// Building a case from scratch through the public API: every generated fact recorded in log order, each one checked.
/// The Facts/s column divides the case's fact count by the mean time.
/// </summary>
/// <remarks>
/// <para>Target on L (issue 6): ≥ 250,000 facts per second.</para>
/// <para>The baseline is the mutable floor (the same checks, in place). Naive is left out on purpose: copying the arrays
/// and validating the whole case after every one of 100,000 facts is quadratic (hours on L); the change benchmarks show
/// what one naive change costs.</para>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class BuildBenchmarks
{
    private IReadOnlyList<Fact> facts = null!;
    private NegotiationCase empty = null!;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var generated = CaseGenerator.Get(Size);
        facts = [.. generated.Facts];
        empty = generated.Empty;
    }

    [Benchmark(Baseline = true)]
    public MutableCase MutableBuild() => MutableCase.Build(facts);

    [Benchmark]
    public NegotiationCase LibraryRecordEach()
    {
        var negotiation = empty;
        foreach (var fact in facts)
        {
            negotiation = negotiation.Record(fact).Case;
        }

        return negotiation;
    }

    [Benchmark]
    public ChangeResult LibraryRecordAll() => empty.RecordAll(facts);

    private sealed class Configuration : ManualConfig
    {
        public Configuration() => AddColumn(new FactsPerSecondColumn());
    }

    /// <summary>Facts recorded per second: the size's fact count over the mean time of one build.</summary>
    private sealed class FactsPerSecondColumn : IColumn
    {
        public string Id => nameof(FactsPerSecondColumn);

        public string ColumnName => "Facts/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Facts recorded per second (facts in the case / mean time of one build)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not > 0 || benchmarkCase.Parameters[nameof(Size)] is not CaseSize size)
            {
                return "-";
            }

            return (CaseGenerator.FactCount(size) / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
