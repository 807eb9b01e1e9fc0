namespace Negotiation.Model;

/// <summary>What a <see cref="SubjectRef"/> points at.</summary>
public enum SubjectKind
{
    /// <summary>A demand.</summary>
    Demand,

    /// <summary>A document.</summary>
    Document,

    /// <summary>A proposal.</summary>
    Proposal,

    /// <summary>A statement.</summary>
    Statement,

    /// <summary>A round.</summary>
    Round,

    /// <summary>A topic.</summary>
    Topic,

    /// <summary>A party.</summary>
    Party,

    /// <summary>A development.</summary>
    Development,

    /// <summary>A deadline.</summary>
    Deadline,

    /// <summary>An agreement.</summary>
    Agreement,
}
