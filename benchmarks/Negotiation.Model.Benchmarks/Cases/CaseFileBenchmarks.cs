using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Negotiation.Model.Benchmarks.Generation;
using Negotiation.Model.Json;
using System.Text.Json;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// Saving and loading a case file (Negotiation.Model.Json) against System.Text.Json reading and writing the same file as
/// plain records (<see cref="PlainCase"/>, source-generated): the cost of turning text into a checked, queryable case
/// rather than into strings.
/// </summary>
/// <remarks>
/// <para>Target on L (issue 12): Load at least 0.5× the throughput of the plain deserialization (ratio ≤ 2), Save at
/// least 0.5× the plain serialization. Load includes recording every fact with <c>RecordAll</c>, the engine's bulk path.</para>
/// <para>Each category has its own baseline: the plain System.Text.Json operation on the same bytes.</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CaseFileBenchmarks
{
    private NegotiationCase negotiation = null!;
    private byte[] file = null!;
    private PlainCase plain = null!;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        negotiation = CaseGenerator.Get(Size).Case;
        file = CaseFile.SaveToUtf8Bytes(negotiation);
        plain = JsonSerializer.Deserialize(file, PlainJson.Default.PlainCase)
            ?? throw new InvalidOperationException("The plain baseline read nothing.");

        // Like with like: both sides read every fact of the same file.
        if (plain.Facts.Count != negotiation.Version || !CaseFile.Load(file).Succeeded)
        {
            throw new InvalidOperationException($"The baseline read {plain.Facts.Count} facts of {negotiation.Version}, or the file does not load.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load")]
    public PlainCase PlainDeserialize() => JsonSerializer.Deserialize(file, PlainJson.Default.PlainCase)!;

    [Benchmark]
    [BenchmarkCategory("Load")]
    public CaseFileResult Load() => CaseFile.Load(file);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Save")]
    public byte[] PlainSerialize() => JsonSerializer.SerializeToUtf8Bytes(plain, PlainJson.Default.PlainCase);

    [Benchmark]
    [BenchmarkCategory("Save")]
    public byte[] Save() => CaseFile.SaveToUtf8Bytes(negotiation);
}
