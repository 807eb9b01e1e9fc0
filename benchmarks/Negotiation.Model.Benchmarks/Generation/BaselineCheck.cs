using Negotiation.Model.Benchmarks.Baselines;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// Checks that the baselines do the same work as the library on a generated case: the mutable floor accepts every fact
/// with its own checks, the naive case validates without errors, every probe change succeeds in all three designs, and
/// every query gives the same answer (reasons included). Run with <c>check [S|M|L]</c>; a benchmark that compares
/// designs which disagree would compare nothing.
/// </summary>
internal static class BaselineCheck
{
    public static void Run(GeneratedCase generated, TextWriter output)
    {
        var negotiation = generated.Case;
        var probes = generated.Probes;
        var mutable = MutableCase.Build(generated.Facts);
        output.WriteLine($"   mutable floor accepted all {mutable.Log.Count:N0} facts");

        var naive = NaiveCase.Replay(generated.Facts);
        var validation = naive.Validate();
        var errors = validation.Errors.Where(e => e.Severity == FluentValidation.Severity.Error).ToList();
        Require(errors.Count == 0, $"naive full validation found {errors.Count} errors, first: {errors.FirstOrDefault()}");
        output.WriteLine($"   naive full validation: no errors, {validation.Errors.Count:N0} warnings ({Codes(validation)})");
        var full = negotiation.Validate();
        Require(full.Errors.TrueForAll(e => e.Severity != FluentValidation.Severity.Error), $"the library's full validation found errors, first: {full.Errors.FirstOrDefault(e => e.Severity == FluentValidation.Severity.Error)}");
        output.WriteLine($"   library full validation: no errors, {full.Errors.Count:N0} warnings ({Codes(full)})");

        foreach (var fact in new Fact[] { probes.NextDemand, probes.NextHeld, probes.NextStatement })
        {
            Require(negotiation.Record(fact).Succeeded, $"the library refused {fact.Describe()}");
            Require(mutable.Record(fact), $"the mutable floor refused {fact.Describe()}: {string.Join("; ", mutable.Failures)}");
            mutable.UndoLast();
        }

        Require(naive.TableDemand(probes.NextDemand).Succeeded, "naive refused the next demand");
        Require(naive.HoldRound(probes.NextHeld).Succeeded, "naive refused to hold the round");
        Require(naive.RecordStatement(probes.NextStatement).Succeeded, "naive refused the statement");
        Require(mutable.Log.Count == generated.Facts.Count, "undo left the mutable floor changed");
        output.WriteLine("   the three probe changes succeed in all three designs");

        Same("open demands", negotiation.OpenDemands().AddressedTo(probes.Addressee).Ids, naive.OpenDemands(probes.Addressee), mutable.OpenDemands(probes.Addressee), output);
        Same("rounds of a party in a month", [.. negotiation.RoundsIn(probes.Month.ToDateInterval(), "Etc/UTC", probes.RoundParty).Select(r => r.Round.Id)],
            naive.RoundsOf(probes.RoundParty, probes.Month), mutable.RoundsOf(probes.RoundParty, probes.Month), output);
        static string Show(IEnumerable<(RoundId Round, Truth CanStart, PreconditionResult? Result)> r) =>
            string.Join("\n", r.OrderBy(x => x.Round).Select(x => $"{x.Round} {x.CanStart} {x.Result}"));
        static IEnumerable<(RoundId, Truth, PreconditionResult?)> Of(IEnumerable<Baselines.RoundReadiness> r) => r.Select(x => (x.Round, x.CanStart, x.Result));
        var readiness = negotiation.Readiness();
        var shown = Show(readiness.Select(r => (r.Round, r.CanStart, r.Conditions)));
        Require(shown == Show(Of(naive.Readiness())), "readiness (with reasons) differs between the library and naive");
        Require(shown == Show(Of(mutable.Readiness())), "readiness (with reasons) differs between the library and the mutable floor");
        output.WriteLine($"   readiness: {readiness.Length:N0} rounds, {readiness.Count(r => r.CanStart.IsYes):N0} can start; same verdicts and reasons in all three designs");

        var asOf = negotiation.AsOf(probes.MidDate);
        var replayed = NaiveCase.AsOf(generated.Facts, probes.MidDate);
        Require(asOf.Demands.Count == replayed.Demands.Length && asOf.Rounds.Count == replayed.Rounds.Length && asOf.Statements.Count == replayed.Statements.Length,
            $"as of {probes.MidDate}: library {asOf}, naive {replayed.Log.Length} facts");
        output.WriteLine($"   as of {probes.MidDate:uuuu-MM-dd}: {asOf.Version:N0} facts, {asOf.Demands.Count:N0} demands, {asOf.Rounds.Count:N0} rounds in both designs");
    }

    private static void Same(string what, IReadOnlyList<RoundId> library, IReadOnlyList<RoundId> naive, IReadOnlyList<RoundId> mutable, TextWriter output) =>
        Same(what, library.Select(x => x.Value), naive.Select(x => x.Value), mutable.Select(x => x.Value), output);

    private static void Same(string what, IReadOnlyList<DemandId> library, IReadOnlyList<DemandId> naive, IReadOnlyList<DemandId> mutable, TextWriter output) =>
        Same(what, library.Select(x => x.Value), naive.Select(x => x.Value), mutable.Select(x => x.Value), output);

    private static void Same(string what, IEnumerable<string> library, IEnumerable<string> naive, IEnumerable<string> mutable, TextWriter output)
    {
        var expected = library.Order(StringComparer.Ordinal).ToList();
        Require(expected.SequenceEqual(naive.Order(StringComparer.Ordinal)) && expected.SequenceEqual(mutable.Order(StringComparer.Ordinal)), $"{what} differ between designs");
        output.WriteLine($"   {what}: {expected.Count:N0} in all three designs");
    }

    private static string Codes(FluentValidation.Results.ValidationResult result) =>
        string.Join(", ", result.Errors.GroupBy(e => e.ErrorCode).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}"));

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Baseline check failed: " + message);
        }
    }
}
