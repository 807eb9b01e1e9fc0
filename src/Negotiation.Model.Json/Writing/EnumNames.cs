using System.Collections.Frozen;
using System.Text.Json;

namespace Negotiation.Model.Json;

/// <summary>The kebab-case names of an enum's members in a case file (<c>LegalGuarantee</c> is <c>legal-guarantee</c>).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> Values =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Gets every name, in the order of the members' values.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<T>().Distinct().Select(v => Names[v])];

    public static string Name(T value) =>
        Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a named {typeof(T).Name}; a case file stores named members only.");

    public static bool TryParse(string text, out T value) => Values.TryGetValue(text, out value);
}
