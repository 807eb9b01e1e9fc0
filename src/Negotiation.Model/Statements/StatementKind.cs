namespace Negotiation.Model;

/// <summary>What a statement does.</summary>
public enum StatementKind
{
    /// <summary>Makes a demand.</summary>
    Demand,

    /// <summary>Appeals to others to act.</summary>
    Appeal,

    /// <summary>Warns of consequences.</summary>
    Warning,

    /// <summary>Accuses another party.</summary>
    Accusation,

    /// <summary>Denies an accusation or report.</summary>
    Denial,

    /// <summary>Assesses the state of things.</summary>
    Assessment,

    /// <summary>Accepts a demand, proposal or document: the speaker's party now accepts it.</summary>
    Acceptance,

    /// <summary>Rejects a demand, proposal or document ("unacceptable"): the speaker's party now rejects it.</summary>
    Rejection,

    /// <summary>Makes a proposal, or says the party is open to discuss: the speaker's party is now open to discuss the
    /// demands and documents it is about.</summary>
    Proposal,

    /// <summary>Reports an agreement between parties.</summary>
    Agreement,

    /// <summary>Announces a decision, an appointment, a date or a step ("the round will open on 19 June").</summary>
    Announcement,
}
