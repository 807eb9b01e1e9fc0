namespace Negotiation.Model;

/// <summary>Where a round stands.</summary>
/// <remarks>
/// Legal changes: proposed → agreed, postponed, cancelled or held; agreed → postponed, cancelled or held;
/// postponed → agreed, cancelled or held; held → concluded. Cancelled and concluded are final.
/// </remarks>
public enum RoundStatus
{
    /// <summary>Suggested by at least one side.</summary>
    Proposed,

    /// <summary>Agreed by the sides, with a planned time.</summary>
    Agreed,

    /// <summary>The sides have met (or the exchange has taken place).</summary>
    Held,

    /// <summary>Held and finished, with an outcome.</summary>
    Concluded,

    /// <summary>Put off, possibly to a new planned time.</summary>
    Postponed,

    /// <summary>Called off; it will not be held.</summary>
    Cancelled,
}
