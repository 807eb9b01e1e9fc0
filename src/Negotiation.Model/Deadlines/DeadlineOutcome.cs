namespace Negotiation.Model;

/// <summary>How a deadline stands or ended.</summary>
public enum DeadlineOutcome
{
    /// <summary>Its day has not passed and what is due has not happened.</summary>
    Pending,

    /// <summary>What was due happened on or before the day in force.</summary>
    Met,

    /// <summary>The day in force passed without what was due (it may have happened later).</summary>
    Missed,

    /// <summary>Events overtook it: what was due no longer mattered (a later deadline or agreement replaced it).</summary>
    Overtaken,

    /// <summary>Those who set it gave it up.</summary>
    Abandoned,
}
