using System.Globalization;

namespace Negotiation.Model;

/// <summary>
/// The one-line text of an entity for debuggers, logs and exception messages: its kind, id and name, and nothing that
/// depends on the current culture. The records' generated ToString printed every member (thousands of characters for
/// an organisation with its memberships) and formatted dates in the current culture beside invariant ones.
/// </summary>
internal static class Display
{
    private const int MaxNameLength = 60;

    public static string Of(string kind, string id, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{kind} {id}");
        }

        var shown = name.Length <= MaxNameLength ? name : string.Concat(name.AsSpan(0, MaxNameLength - 1).TrimEnd(), "…");
        return string.Create(CultureInfo.InvariantCulture, $"{kind} {id} ({shown})");
    }
}
