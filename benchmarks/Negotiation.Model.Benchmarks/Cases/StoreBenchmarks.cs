using BenchmarkDotNet.Attributes;
using Negotiation.Model.Benchmarks.Generation;
using Negotiation.Model.Json;
using Negotiation.Model.Storage;
using Negotiation.Model.Storage.Sqlite;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// Loading a case from the SQLite store (Negotiation.Model.Storage.Sqlite) against loading the same case from its case
/// file: what a database adds to reading the facts and recording them through the engine's bulk path.
/// </summary>
/// <remarks>
/// <para>Target on L, 100,000 facts (issue 15): <see cref="LoadFromSqlite"/> takes at most 2× the time of
/// <see cref="LoadCaseFile"/> (ratio ≤ 2). Both record every fact with <c>RecordAll</c>; the store reads one row per fact
/// from a file on disk (the operating system's cache warm after the first iteration), the case file parses bytes already
/// in memory.</para>
/// <para>The baseline is the case-file load of the same case.</para>
/// </remarks>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private NegotiationCase negotiation = null!;
    private byte[] file = null!;
    private string folder = null!;
    private SqliteCaseStore store = null!;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        negotiation = CaseGenerator.Get(Size).Case;
        file = CaseFile.SaveToUtf8Bytes(negotiation);
        folder = Directory.CreateTempSubdirectory("nm-store-bench-").FullName;
        store = await SqliteCaseStore.OpenAsync(Path.Combine(folder, "cases.db"));
        await store.CreateAsync(negotiation.Id, negotiation.Title);
        var appended = await store.AppendAsync(negotiation.Id, 0, negotiation.Log);

        // Like with like: both sides give the same case.
        var loaded = await store.LoadAsync(negotiation.Id);
        if (!appended.Succeeded || !loaded.Succeeded || loaded.Case != negotiation || CaseFile.Load(file).Case != negotiation)
        {
            throw new InvalidOperationException($"The store or the file does not give back the case: {appended} / {loaded}");
        }
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public CaseFileResult LoadCaseFile() => CaseFile.Load(file);

    [Benchmark]
    public Task<StoreResult> LoadFromSqlite() => store.LoadAsync(negotiation.Id);
}
