namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// The sizes a benchmark runs at: all of them, or those named in the environment variable <c>NM_BENCH_SIZES</c>
/// (for example <c>S</c> or <c>S,M</c>), so that a dry run in CI can skip generating L.
/// </summary>
public static class CaseSizes
{
    /// <summary>The name of the environment variable that restricts the sizes.</summary>
    public const string Variable = "NM_BENCH_SIZES";

    /// <summary>Gets the sizes to run: S, M and L unless <see cref="Variable"/> names fewer.</summary>
    public static IEnumerable<CaseSize> All =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named
            ? named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<CaseSize>)
            : Enum.GetValues<CaseSize>();
}
