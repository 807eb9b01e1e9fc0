using System.Globalization;
using Negotiation.Model.Tests.Queries;

namespace Negotiation.Model.Json.Tests.Fuzzing;

/// <summary>
/// Fuzzes the loader with mutated case files. A short run is part of every test run; set NM_FUZZ_ITERATIONS for a long
/// one (tests/Negotiation.Model.Json.Tests/README.md has the command and the figures of a 1,000,000-input run).
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int ShortRun = 2500;

    [Fact]
    public void Load_MutatedCaseFiles_NeverThrowsHangsOrLosesAPosition()
    {
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("NM_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : ShortRun;
        var randomSeed = int.TryParse(Environment.GetEnvironmentVariable("NM_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20211222;
        var fuzzer = new LoaderFuzzer(Seeds(), randomSeed);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var broken = fuzzer.Run(iterations, hangLimit: TimeSpan.FromSeconds(10));

        watch.Stop();
        var summary = $"{iterations:N0} inputs (random seed {randomSeed}) in {watch.Elapsed.TotalSeconds:N1} s, {iterations / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0}/s; slowest load {fuzzer.Slowest.TotalMilliseconds:N1} ms; "
            + string.Join(", ", fuzzer.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value:N0}"));
        WriteSummary(iterations, summary, broken);
        broken.Should().BeNull(broken is { } b ? $"{b.Problem}; the input is in artifacts/fuzz/crash-{iterations}.bin ({summary})" : summary);
        fuzzer.Outcomes.Should().ContainKey("accepted", "some mutations keep the file valid, so the round-trip oracle runs");
        fuzzer.Outcomes.Keys.Count(k => k.StartsWith("NM95", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(8, "the mutations reach most of the loader's errors");
    }

    [Fact]
    public void Check_LoaderContract_CatchesABrokenFile()
    {
        // The oracle itself: a well-formed file is accepted and round-trips; a broken one gives coded, positioned errors.
        var fuzzer = new LoaderFuzzer(Seeds(), 1);

        fuzzer.Check(File.ReadAllBytes(TestFiles.HandWrittenPath), TimeSpan.FromSeconds(10)).Should().BeNull();
        fuzzer.Check("{\"format\": \"negotiation-case\", \"version\": 1, \"id\": \"x\""u8.ToArray(), TimeSpan.FromSeconds(10)).Should().BeNull();
        fuzzer.Outcomes.Should().ContainKeys("accepted", CaseFileErrorCodes.MalformedJson);
    }

    private static List<byte[]> Seeds()
    {
        var seeds = TestFiles.Samples.Select(File.ReadAllBytes).ToList();
        seeds.Add("{\"format\":\"negotiation-case\",\"version\":1,\"id\":\"every-kind\",\"title\":\"Every fact kind\",\"facts\":["u8.ToArray()
            .Concat(System.Text.Encoding.UTF8.GetBytes(string.Join(",", FactSamples.All.Select(f => TestFiles.WriteFact(f))))).Concat("]}"u8.ToArray()).ToArray());
        var random = new Random(7);
        var ops = Enumerable.Range(0, 60).Select(_ => new GeneratedCases.Op(random.Next(100), random.Next(1 << 20), random.Next(1 << 20), random.Next(1 << 20), random.Next(1 << 20), random.Next(720), random.Next(60))).ToArray();
        seeds.Add(CaseFile.SaveToUtf8Bytes(GeneratedCases.Build(new GeneratedCases.History(6, ops))));
        return seeds;
    }

    private static void WriteSummary(long iterations, string summary, (byte[] Input, string Problem)? broken)
    {
        var directory = Path.Combine(TestFiles.RepositoryRoot, "artifacts", "fuzz");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"summary-{iterations}.txt"), summary + Environment.NewLine);
        if (broken is { } b)
        {
            File.WriteAllBytes(Path.Combine(directory, $"crash-{iterations}.bin"), b.Input);
        }
    }
}
