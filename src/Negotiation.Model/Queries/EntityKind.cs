namespace Negotiation.Model;

/// <summary>What kind of thing a <see cref="EntityChange"/> is about.</summary>
public enum EntityKind
{
    /// <summary>A party.</summary>
    Party,

    /// <summary>A representative.</summary>
    Representative,

    /// <summary>A topic.</summary>
    Topic,

    /// <summary>A demand (including its lifecycle).</summary>
    Demand,

    /// <summary>A proposal.</summary>
    Proposal,

    /// <summary>A document.</summary>
    Document,

    /// <summary>A round.</summary>
    Round,

    /// <summary>A commitment.</summary>
    Commitment,

    /// <summary>A statement.</summary>
    Statement,

    /// <summary>A party's position on a subject.</summary>
    Position,

    /// <summary>A deadline.</summary>
    Deadline,

    /// <summary>A development.</summary>
    Development,

    /// <summary>An agreement.</summary>
    Agreement,

    /// <summary>One holder's tenure of a role in the negotiation as a whole; its id is its number in the order roles were
    /// taken, from 0.</summary>
    Role,
}
