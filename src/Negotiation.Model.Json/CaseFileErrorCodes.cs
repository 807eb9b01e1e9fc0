namespace Negotiation.Model.Json;

/// <summary>
/// The codes of the errors <see cref="CaseFile.Load(ReadOnlySpan{byte}, CaseFileOptions?)"/> reports, in the
/// <c>NM95xx</c> block that Negotiation.Model reserves for case files. A code keeps its meaning; messages may be reworded.
/// Each is described, with an example, in this package's ERROR-CODES.md. A fact the case refuses keeps the core's own
/// code (see Negotiation.Model's <c>ErrorCodes</c>), with the fact's index and position added.
/// </summary>
public static class CaseFileErrorCodes
{
    /// <summary>The text is not well-formed JSON (the position says where it breaks).</summary>
    public const string MalformedJson = "NM9501";

    /// <summary>The file is larger than <see cref="CaseFileOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "NM9502";

    /// <summary>Objects and arrays nest deeper than <see cref="CaseFileOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "NM9503";

    /// <summary>A string is longer than <see cref="CaseFileOptions.MaxStringLength"/>.</summary>
    public const string StringTooLong = "NM9504";

    /// <summary>The file is not a case file (its <c>format</c> is missing or not <c>negotiation-case</c>).</summary>
    public const string NotACaseFile = "NM9505";

    /// <summary>The file's <c>version</c> is missing or one this library does not read.</summary>
    public const string UnsupportedVersion = "NM9506";

    /// <summary>A fact's <c>type</c> names no fact kind (or a precondition's, a party's or a rule's names none of theirs).</summary>
    public const string UnknownType = "NM9507";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "NM9508";

    /// <summary>A property this format does not define (often a misspelt name).</summary>
    public const string UnknownProperty = "NM9509";

    /// <summary>A value has the wrong JSON type (a number where a string belongs, …).</summary>
    public const string WrongJsonType = "NM9510";

    /// <summary>A value is not an id: ids are 1 to 100 lowercase ASCII letters, digits and single hyphens.</summary>
    public const string BadId = "NM9511";

    /// <summary>A value is not a date, an instant, a zoned time, an approximate date or a period in the format's notation.</summary>
    public const string BadDate = "NM9512";

    /// <summary>A value is not one of the names the property allows (an enum member, a subject kind).</summary>
    public const string BadName = "NM9513";

    /// <summary>A value is out of range or otherwise refused by the model's constructors (a count below 1, an empty list
    /// of parts).</summary>
    public const string BadValue = "NM9514";
}
