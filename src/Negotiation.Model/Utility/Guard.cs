using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// Argument checks for programming errors only: <see langword="null"/> where a value is required and <c>default</c> ids.
/// Everything about the content of data (blank names, empty lists, unknown references) is reported by the validators
/// with an error code, so callers can show it to people.
/// </summary>
internal static class Guard
{
    public static string NotNull(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    public static T NotNull<T>(T value, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Gets <paramref name="items"/>, refusing a null item (a list of values where a null can only be a mistake).</summary>
    public static EquatableArray<T> NoNulls<T>(EquatableArray<T> items, string paramName)
        where T : class
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(paramName, $"An item of {paramName} is null; remove it or give a {typeof(T).Name}.");
            }
        }

        return items;
    }

    public static T Id<T>(T id, bool isValid, string paramName)
        where T : struct =>
        isValid ? id : throw new ArgumentException($"The {typeof(T).Name} is default; create it from a slug such as new {typeof(T).Name}(\"nato\").", paramName);

    /// <summary>Gets what a query was asked about; an id the case does not hold is the caller's mistake, so it throws an
    /// <see cref="ArgumentException"/> naming the id (not the dictionary's bare <see cref="KeyNotFoundException"/>).</summary>
    public static TValue Known<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue> items, TKey id, string what, string paramName)
        where TKey : notnull =>
        items.TryGetValue(id, out var value)
            ? value
            : throw new ArgumentException(
                $"The case has no {what} '{id}'. Check the id, or ask first with ContainsKey on the case's dictionary (negotiation.Parties, .Demands, .Documents, .Rounds).", paramName);
}
