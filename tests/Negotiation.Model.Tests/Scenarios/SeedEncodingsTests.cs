using Negotiation.Model.Testing;

namespace Negotiation.Model.Tests.Scenarios;

/// <summary>
/// The seed article is encoded twice: sentence by sentence through the raw API (<see cref="SecurityGuarantees2021"/>,
/// which these tests read) and through the testing kit (<see cref="SampleScenarios.SecurityGuarantees2021"/>, which the
/// kit's users, the command-line front end and the benchmarks read). They must record the same facts in the same order,
/// or the two families of tests would be checking two different cases.
/// </summary>
public sealed class SeedEncodingsTests
{
    [Fact]
    public void SecurityGuarantees2021_RawAndKitEncodings_HaveEqualLogs()
    {
        var raw = SecurityGuarantees2021.Case;
        var kit = SampleScenarios.SecurityGuarantees2021;

        var firstDifference = Enumerable.Range(0, Math.Max(raw.Version, kit.Version))
            .FirstOrDefault(i => i >= raw.Version || i >= kit.Version || !Equals(raw.Log[i], kit.Log[i]), -1);
        firstDifference.Should().Be(-1, Difference(raw, kit, firstDifference));
        raw.Id.Should().Be(kit.Id);
        raw.Title.Should().Be(kit.Title);
        raw.Equals(kit).Should().BeTrue("a case equals another with the same id, title and log");
    }

    private static string Difference(NegotiationCase raw, NegotiationCase kit, int index) =>
        index < 0
            ? "the logs are equal"
            : $"fact {index} differs:{Environment.NewLine}  raw: {Show(raw, index)}{Environment.NewLine}  kit: {Show(kit, index)}";

    private static string Show(NegotiationCase negotiation, int index) =>
        index < negotiation.Version ? negotiation.Log[index].ToString() : "(none: the log ends here)";
}
