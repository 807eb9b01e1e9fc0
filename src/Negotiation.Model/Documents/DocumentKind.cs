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

    /// <summary>A fact sheet: a short factual summary, often published alongside another text.</summary>
    FactSheet,

    /// <summary>A plan of action agreed or proposed by the parties.</summary>
    PlanOfAction,

    /// <summary>A resolution of an assembly, council or parliament.</summary>
    Resolution,

    /// <summary>A law or statute.</summary>
    Law,

    /// <summary>A report, such as a joint report of negotiators or a report of a verifying body.</summary>
    Report,

    /// <summary>An annex or protocol that is part of another document (<see cref="Document.PartOf"/>).</summary>
    Annex,

    /// <summary>Guidelines or negotiating directives given to a negotiator.</summary>
    Guidelines,

    /// <summary>Conclusions of a summit or council meeting.</summary>
    Conclusions,

    /// <summary>A formal decision of an institution.</summary>
    Decision,

    /// <summary>A declaration, such as a political declaration or an interpretive instrument.</summary>
    Declaration,

    /// <summary>A treaty or agreement in its final, agreed text.</summary>
    Treaty,

    /// <summary>A position paper setting out one party's view.</summary>
    PositionPaper,
}
