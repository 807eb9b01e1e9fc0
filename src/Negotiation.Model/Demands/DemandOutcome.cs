namespace Negotiation.Model;

/// <summary>What became of a settled demand.</summary>
public enum DemandOutcome
{
    /// <summary>Met as demanded.</summary>
    Met,

    /// <summary>Met in part.</summary>
    PartlyMet,

    /// <summary>Settled by a compromise different from what was demanded.</summary>
    Compromise,

    /// <summary>Not met: the other side's view prevailed.</summary>
    NotMet,

    /// <summary>Overtaken by events or by another arrangement.</summary>
    Overtaken,
}
