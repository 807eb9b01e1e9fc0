using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Conventions;

/// <summary>The immutability rules of CONVENTIONS.md, checked over every exported type of Negotiation.Model.</summary>
public sealed class ImmutabilityConventionTests
{
    private static readonly Type[] ExportedTypes = ModelAssembly.Instance.GetExportedTypes();

    [Fact]
    public void PublicClasses_InModelAssembly_AreSealedStaticOrAbstract() =>
        AssertNone(ImmutabilityRules.UnsealedClasses(ExportedTypes), "public classes must be sealed, static or abstract");

    [Fact]
    public void PublicProperties_InModelAssembly_HaveNoMutableSetter() =>
        AssertNone(ImmutabilityRules.MutableSetters(ExportedTypes), "public properties must be get-only or init-only");

    [Fact]
    public void PublicFields_InModelAssembly_AreReadOnly() =>
        AssertNone(ImmutabilityRules.MutableFields(ExportedTypes), "public fields must be readonly or const");

    [Fact]
    public void PublicSignatures_InModelAssembly_UseNoMutableCollections() =>
        AssertNone(
            ImmutabilityRules.MutableCollectionsInSignatures(ExportedTypes),
            "public signatures must use immutable or read-only collections, and no arrays except params parameters");

    [Fact]
    public void PublicSignatures_InModelAssembly_UseNoBclTimeTypes() =>
        AssertNone(
            ImmutabilityRules.BclTimeTypesInSignatures(ExportedTypes),
            "public signatures must use NodaTime, never DateTime, DateTimeOffset, TimeSpan or other BCL time types");

    internal static void AssertNone(IEnumerable<string> offenders, string rule)
    {
        var list = offenders.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"Convention broken: {rule}. {list.Count} offender(s):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", list));
        }
    }
}
