namespace Negotiation.Model;

/// <summary>Through which channel a statement was made.</summary>
public enum StatementChannel
{
    /// <summary>An interview with an outlet.</summary>
    Interview,

    /// <summary>A press briefing.</summary>
    PressBriefing,

    /// <summary>A press conference.</summary>
    PressConference,

    /// <summary>A written statement.</summary>
    WrittenStatement,

    /// <summary>A speech.</summary>
    Speech,

    /// <summary>A call between officials, reported afterwards.</summary>
    Call,

    /// <summary>A post on social media.</summary>
    SocialMedia,

    /// <summary>Any other channel.</summary>
    Other,
}
