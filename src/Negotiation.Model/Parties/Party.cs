using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>A party to a negotiation: a <see cref="State"/>, an <see cref="Organisation"/> or a <see cref="PartyGroup"/>.</summary>
/// <remarks>
/// <para>The set of kinds is closed: the model defines every derived type. Records compare by value; a party's id is
/// its identity inside a case. The <c>init</c> accessors reject <see langword="null"/> and <c>default</c> ids (programming
/// errors); the content rules (non-blank names, ISO codes, non-empty groups) are the validators', and a case refuses a
/// party that breaks them.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public abstract record Party
{
    private protected Party(PartyId id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Gets the party's id.</summary>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public PartyId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); }

    /// <summary>Gets the party's name as reporters write it ("Russia", "NATO").</summary>
    /// <exception cref="ArgumentNullException">The name is <see langword="null"/>.</exception>
    public string Name { get; init => field = Guard.NotNull(value, nameof(Name)); }

    /// <summary>Gets the party's kind.</summary>
    public abstract PartyKind Kind { get; }

    /// <summary>Gets the kind, id and name in one short, culture-invariant line, such as <c>State russia (Russia)</c>; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => Display.Of(GetType().Name, Id.ToString(), Name);
}
