namespace Negotiation.Model;

/// <summary>How a confidential document became public.</summary>
public enum Disclosure
{
    /// <summary>Its author published it.</summary>
    Published,

    /// <summary>Someone leaked it.</summary>
    Leaked,
}
