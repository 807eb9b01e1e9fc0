namespace Negotiation.Model;

/// <summary>Identifies a representative: a person holding an office on behalf of a party.</summary>
/// <remarks>
/// <para>The value is a slug: 1 to 100 lowercase ASCII letters, digits and single hyphens, such as <c>lavrov</c>, so ids stay
/// readable in tests, scenario files and error paths.</para>
/// <para>Equality and ordering are ordinal on the slug. <c>default</c> holds no slug and is invalid: every factory
/// rejects it and the validators report it.</para>
/// </remarks>
public readonly record struct RepresentativeId : IComparable<RepresentativeId>, IParsable<RepresentativeId>
{
    /// <summary>Creates an id from a slug.</summary>
    /// <param name="value">The slug, such as <c>lavrov</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a slug.</exception>
    public RepresentativeId(string value) => Value = Slug.Require(value, nameof(RepresentativeId), nameof(value));

    // A slug taken from a value that already holds it as this kind of id (an entity key, a subject reference): the
    // engine and the validators turn such keys back into ids in every loop, where checking the slug again is waste.
    private RepresentativeId(string value, Slug.Checked _) => Value = value;

    /// <summary>Gets the id of a slug known to be one (it came from an id), without checking it again.</summary>
    internal static RepresentativeId FromChecked(string slug) => new(slug, default(Slug.Checked));

    /// <summary>Gets the slug; <see langword="null"/> only for <c>default</c>.</summary>
    public string Value { get; }

    /// <summary>Gets whether this id was made from a slug (it is not <c>default</c>).</summary>
    public bool IsValid => Value is not null;

    /// <summary>Compares two ids by their slugs.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(RepresentativeId left, RepresentativeId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids by their slugs.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(RepresentativeId left, RepresentativeId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids by their slugs.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(RepresentativeId left, RepresentativeId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids by their slugs.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(RepresentativeId left, RepresentativeId right) => left.CompareTo(right) >= 0;

    /// <summary>Parses a slug into an id (<see cref="IParsable{TSelf}"/>); for a coded failure instead of an exception
    /// use <see cref="Validation.TextParsing.TryParseId{T}(string?, out T, out FluentValidation.Results.ValidationFailure?, string?)"/>.</summary>
    /// <param name="s">The slug.</param>
    /// <param name="provider">Ignored: a slug does not depend on culture.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="s"/> is not a slug.</exception>
    public static RepresentativeId Parse(string s, IFormatProvider? provider) => new(s);

    /// <summary>Parses a slug into an id without throwing (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a slug does not depend on culture.</param>
    /// <param name="result">The id, or <c>default</c> when the text is not a slug.</param>
    /// <returns><see langword="true"/> when the text is a slug.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out RepresentativeId result) => TryCreate(s, out result);

    /// <summary>Tries to create an id from text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when the text is a slug.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a slug.</returns>
    public static bool TryCreate(string? value, out RepresentativeId id)
    {
        id = Slug.IsValid(value) ? FromChecked(value!) : default;
        return id.IsValid;
    }

    /// <inheritdoc />
    public int CompareTo(RepresentativeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the slug.</summary>
    /// <returns>The slug, or an empty string for <c>default</c>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
