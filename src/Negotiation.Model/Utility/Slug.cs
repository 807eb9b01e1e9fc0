namespace Negotiation.Model;

/// <summary>Checks the slug form shared by every identifier: lowercase letters, digits and single hyphens.</summary>
internal static class Slug
{
    /// <summary>The longest slug accepted.</summary>
    public const int MaxLength = 100;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in value)
        {
            var hyphen = c == '-';
            if (!(hyphen || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) || (hyphen && previousHyphen))
            {
                return false;
            }

            previousHyphen = hyphen;
        }

        return true;
    }

    /// <summary>Marks a constructor that takes a slug already checked (see <c>DemandId.FromChecked</c> and the like).</summary>
    public readonly struct Checked;

    public static string Require(string value, string typeName, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return IsValid(value)
            ? value
            : throw new ArgumentException(
                $"'{value}' is not a valid {typeName}: use 1 to {MaxLength} lowercase ASCII letters, digits and single hyphens, such as 'nato' or 'geneva-2022-01'.",
                paramName);
    }
}
