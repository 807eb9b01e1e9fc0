namespace Negotiation.Model;

/// <summary>The kind of a <see cref="Party"/>.</summary>
public enum PartyKind
{
    /// <summary>A state, identified by its ISO 3166-1 alpha-2 code.</summary>
    State,

    /// <summary>An international organisation whose membership changes over time.</summary>
    Organisation,

    /// <summary>A named group of states ("former Soviet states", "the West").</summary>
    Group,
}
