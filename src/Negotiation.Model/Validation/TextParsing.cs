using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Reads ids and enum members from outside data (a spreadsheet, a form, a message), reporting a bad text as a
/// coded <see cref="ValidationFailure"/> in the library's vocabulary rather than as an exception.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
/// <example>
/// <code>
/// if (!TextParsing.TryParseId&lt;PartyId&gt;(row["party"], out var party, out var failure, "rows[12].party"))
/// {
///     problems.Add(failure); // NM1012, "'NATO ' is not an id: ..."
/// }
/// </code>
/// </example>
public static class TextParsing
{
    /// <summary>Parses a slug into an id of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The id type (<see cref="PartyId"/>, <see cref="RoundId"/>, …).</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, or <c>default</c> when the text is not a slug.</param>
    /// <param name="failure">The failure (<see cref="ErrorCodes.InvalidIdText"/>) when the text is not a slug; otherwise
    /// <see langword="null"/>.</param>
    /// <param name="path">The property path to report, if any.</param>
    /// <returns><see langword="true"/> when the text is a slug.</returns>
    public static bool TryParseId<T>(string? text, out T id, [NotNullWhen(false)] out ValidationFailure? failure, string? path = null)
        where T : struct, IParsable<T>
    {
        if (T.TryParse(text, null, out id))
        {
            failure = null;
            return true;
        }

        failure = Failures.Error(ErrorCodes.InvalidIdText, path ?? string.Empty,
            $"'{Shorten(text)}' is not a {typeof(T).Name}: use 1 to {Slug.MaxLength} lowercase ASCII letters, digits and single hyphens, such as 'nato' or 'geneva-2022-01'.");
        return false;
    }

    /// <summary>Parses the name of a member of <typeparamref name="T"/>, ignoring case and hyphens
    /// (<c>legal-guarantee</c>, <c>LegalGuarantee</c>); numbers and unnamed values are refused.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The member, or <c>default</c> when the text names none.</param>
    /// <param name="failure">The failure (<see cref="ErrorCodes.UnknownEnumName"/>) when the text names no member;
    /// otherwise <see langword="null"/>.</param>
    /// <param name="path">The property path to report, if any.</param>
    /// <returns><see langword="true"/> when the text names a member.</returns>
    public static bool TryParseEnum<T>(string? text, out T value, [NotNullWhen(false)] out ValidationFailure? failure, string? path = null)
        where T : struct, Enum
    {
        var name = text?.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(member.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                failure = null;
                return true;
            }
        }

        value = default;
        failure = Failures.Error(ErrorCodes.UnknownEnumName, path ?? string.Empty,
            $"'{Shorten(text)}' is not a {typeof(T).Name}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
        return false;
    }

    /// <summary>Gets whether a validation result holds an error, ignoring warnings: FluentValidation's
    /// <see cref="ValidationResult.IsValid"/> is <see langword="false"/> as soon as any failure is present, warnings
    /// included, which is rarely what "is this case broken?" means.</summary>
    /// <param name="result">The result.</param>
    /// <returns><see langword="true"/> when at least one failure has severity <see cref="Severity.Error"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static bool HasErrors(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Exists(f => f.Severity == Severity.Error);
    }

    private static string Shorten(string? text) => text is null ? "(null)" : text.Length <= 60 ? text : text[..57] + "...";
}
