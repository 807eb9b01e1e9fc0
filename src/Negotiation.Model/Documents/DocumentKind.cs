namespace Negotiation.Model;

/// <summary>What sort of document it is.</summary>
public enum DocumentKind
{
    /// <summary>A draft treaty.</summary>
    DraftTreaty,

    /// <summary>A draft agreement.</summary>
    DraftAgreement,

    /// <summary>A written response to another document.</summary>
    WrittenResponse,

    /// <summary>A non-paper: an informal text without attribution.</summary>
    NonPaper,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>A joint statement.</summary>
    JointStatement,

    /// <summary>A communiqué.</summary>
    Communique,
}
