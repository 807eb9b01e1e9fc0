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

    public static T Id<T>(T id, bool isValid, string paramName)
        where T : struct =>
        isValid ? id : throw new ArgumentException($"The {typeof(T).Name} is default; create it from a slug such as new {typeof(T).Name}(\"nato\").", paramName);
}
