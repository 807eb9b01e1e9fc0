namespace Negotiation.Model;

/// <summary>Whether an acceptance or rejection covers the whole subject or only part of it.</summary>
public enum Extent
{
    /// <summary>The whole subject.</summary>
    Whole,

    /// <summary>Part of the subject ("some Russian proposals were unacceptable").</summary>
    Part,
}
