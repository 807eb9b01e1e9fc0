using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>Drops the validators' shared instances and the static caches built from the validation code, so that the
/// next use builds them again. For mutation testing only: production never calls it.</summary>
/// <remarks>
/// Stryker.NET runs many mutants in one test host, switching the active mutant between tests. A validator's rules are
/// built in its constructor, once, for its shared <c>Instance</c>; likewise <see cref="ValueRules"/> works out each type's
/// walk once. A mutant in that code is seen only if the instance or cache was built while the mutant was active, so the
/// tests that check the rule miss it. The mutation test project (tests/Negotiation.Model.MutationTests) calls
/// <see cref="Reset"/> before every test, so each test builds what it uses under the mutant then active.
/// </remarks>
internal static class ValidatorCache
{
    private static readonly List<Action> Clears = [];

    /// <summary>Drops every shared validator and cache; the next use of each builds it again.</summary>
    public static void Reset()
    {
        Action[] clears;
        lock (Clears)
        {
            clears = [.. Clears];
        }

        foreach (var clear in clears)
        {
            clear();
        }

        ValueRules.ClearCaches();
        ValidationSupport.ClearCaches();
    }

    /// <summary>Registers how to drop one shared instance (called once per <see cref="Shared{T}"/>).</summary>
    public static void Register(Action clear)
    {
        lock (Clears)
        {
            Clears.Add(clear);
        }
    }
}
