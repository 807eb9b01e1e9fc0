namespace Negotiation.Model;

/// <summary>Where a demand stands with one addressee; it follows from what has happened.</summary>
public enum DemandStatus
{
    /// <summary>Put forward, with no reaction from the addressee yet.</summary>
    Tabled,

    /// <summary>On the agenda of a round that has been held, or the addressee is open to discuss it.</summary>
    UnderDiscussion,

    /// <summary>The addressee accepted it without condition.</summary>
    Accepted,

    /// <summary>The addressee rejected it.</summary>
    Rejected,

    /// <summary>The addressee rejected part of it, or part of the document that carries it.</summary>
    PartlyRejected,

    /// <summary>The author withdrew it.</summary>
    Withdrawn,

    /// <summary>The author replaced it with another demand.</summary>
    Superseded,

    /// <summary>The author replaced it with a harder demand.</summary>
    Hardened,

    /// <summary>The addressee accepted it on a condition that is not yet met: the demand stays open until the condition is
    /// met or the acceptance becomes unconditional.</summary>
    ConditionallyAccepted,

    /// <summary>Settled: the parties disposed of it (by a provision of an agreement, or otherwise) on a date, with an
    /// outcome (<see cref="DemandSettlement"/>).</summary>
    Settled,
}
