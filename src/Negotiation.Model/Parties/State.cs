namespace Negotiation.Model;

/// <summary>A state, identified by its ISO 3166-1 alpha-2 code.</summary>
/// <remarks>The code is two uppercase ASCII letters (<c>RU</c>, <c>US</c>); the validators check
/// the form. Equality is by value.</remarks>
/// <example><code>var russia = new State(new PartyId("russia"), "Russia", "RU");</code></example>
public sealed record State : Party
{
    /// <summary>Creates a state.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The state's name.</param>
    /// <param name="isoCode">The ISO 3166-1 alpha-2 code, such as <c>RU</c>.</param>
    /// <exception cref="ArgumentException">An argument is malformed.</exception>
    public State(PartyId id, string name, string isoCode)
        : base(id, name)
    {
        IsoCode = isoCode;
    }

    /// <summary>Gets the ISO 3166-1 alpha-2 code.</summary>
    /// <exception cref="ArgumentNullException">The code is <see langword="null"/>.</exception>
    public string IsoCode { get; init => field = Guard.NotNull(value, nameof(IsoCode)); }

    /// <inheritdoc />
    public override PartyKind Kind => PartyKind.State;
}
