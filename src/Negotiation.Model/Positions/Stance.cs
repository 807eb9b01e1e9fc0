namespace Negotiation.Model;

/// <summary>A party's stance on a demand, document or proposal.</summary>
public enum Stance
{
    /// <summary>The party has said nothing that takes a stance.</summary>
    NoStance,

    /// <summary>The party accepts it.</summary>
    Accepts,

    /// <summary>The party accepts it on a condition (such as reciprocity).</summary>
    AcceptsConditionally,

    /// <summary>The party is open to discuss it.</summary>
    OpenToDiscuss,

    /// <summary>The party rejects it ("unacceptable").</summary>
    Rejects,
}
