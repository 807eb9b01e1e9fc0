namespace Negotiation.Model;

/// <summary>Whether a round can start: met, not met or undetermined, with a reason a person can read and the reason tree.</summary>
/// <remarks>
/// <para>Produced by <see cref="RoundQueries.CanStart(NegotiationCase, RoundId)"/> and
/// <see cref="RoundQueries.Readiness(NegotiationCase)"/>. <see cref="Reason"/> is one line that starts with the verdict
/// ("blocked: the Russia–United States round (ru-us-2022-01) has not been held; it is planned for early January 2022");
/// <see cref="Conditions"/> holds the full tree. The line is worded when read. Immutable; reference equality.</para>
/// </remarks>
public sealed class RoundReadiness
{
    private readonly Round round;

    internal RoundReadiness(Round round, Truth canStart, PreconditionResult? conditions)
    {
        this.round = round;
        CanStart = canStart;
        Conditions = conditions;
    }

    /// <summary>Gets the round.</summary>
    public RoundId Round => round.Id;

    /// <summary>Gets whether the round can start: <see cref="Truth.Yes"/> (met, or already held), <see cref="Truth.No"/>
    /// (blocked, or cancelled) or <see cref="Truth.Undetermined"/> (the facts are too approximately dated to say).</summary>
    public Truth CanStart { get; }

    /// <summary>Gets the evaluation of the round's preconditions at its start, or <see langword="null"/> when it has none
    /// or was cancelled.</summary>
    public PreconditionResult? Conditions { get; }

    /// <summary>Gets the verdict and the decisive reasons, in one line: "clear: …", "blocked: …", "undetermined: …",
    /// "held: …" or "cancelled: …". The decisive reasons are the simple conditions that agree with the verdict.</summary>
    public string Reason
    {
        get
        {
            if (round.Status == RoundStatus.Cancelled)
            {
                return $"cancelled: {round.StatusReason}";
            }

            if (round.HasBeenHeld)
            {
                return $"held: it started {round.Start}";
            }

            if (Conditions is null)
            {
                return "clear: it has no preconditions";
            }

            var verdict = CanStart.IsYes ? "clear" : CanStart.IsNo ? "blocked" : "undetermined";
            return $"{verdict}: {string.Join("; and ", Decisive(Conditions))}";
        }
    }

    /// <summary>Returns the reason, then the reason tree.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Conditions is null ? Reason : Reason + Environment.NewLine + Conditions;

    private static List<string> Decisive(PreconditionResult result)
    {
        if (result.Because.IsEmpty)
        {
            return [result.Reason];
        }

        var leaves = Leaves(result).Where(l => l.Met == result.Met).Select(l => l.Reason).Distinct().ToList();
        return leaves.Count > 0 ? leaves : [result.Reason];
    }

    private static IEnumerable<PreconditionResult> Leaves(PreconditionResult result) =>
        result.Because.IsEmpty ? [result] : result.Because.SelectMany(Leaves);
}
