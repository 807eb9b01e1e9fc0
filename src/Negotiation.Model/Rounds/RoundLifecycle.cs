namespace Negotiation.Model;

/// <summary>
/// Which status a round may change to from which: the one table that the round facts, the validators and the
/// benchmarks' baselines read, so that "a round's status cannot change that way"
/// (<see cref="ErrorCodes.IllegalStatusChange"/>) means the same everywhere.
/// </summary>
/// <remarks>
/// <para>A round begins proposed or agreed. Until it is held it is pending (proposed, agreed or postponed): it may be
/// agreed (unless already agreed), postponed, cancelled, rescheduled or held. A held round may only be concluded.
/// Cancelled and concluded are final. <see cref="RoundStatus"/> says the same in words.</para>
/// <para>Pure and allocation-free: a change to a round asks it once.</para>
/// </remarks>
internal static class RoundLifecycle
{
    /// <summary>Gets whether a round may begin in <paramref name="status"/> (proposed or agreed).</summary>
    public static bool CanBegin(RoundStatus status) => status is RoundStatus.Proposed or RoundStatus.Agreed;

    /// <summary>Gets whether a round in <paramref name="status"/> is still to be held and not called off (proposed, agreed
    /// or postponed): it may be rescheduled, postponed, cancelled or held.</summary>
    public static bool IsPending(RoundStatus status) => status is RoundStatus.Proposed or RoundStatus.Agreed or RoundStatus.Postponed;

    /// <summary>Gets whether a round's status may change from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanChange(RoundStatus from, RoundStatus to) => to switch
    {
        RoundStatus.Agreed => from is RoundStatus.Proposed or RoundStatus.Postponed,
        RoundStatus.Held or RoundStatus.Postponed or RoundStatus.Cancelled => IsPending(from),
        RoundStatus.Concluded => from == RoundStatus.Held,
        _ => false,
    };

    /// <summary>Gets the statuses from which a round may become <paramref name="to"/>, in declaration order (for
    /// messages that say which are allowed).</summary>
    public static IEnumerable<RoundStatus> From(RoundStatus to) => Enum.GetValues<RoundStatus>().Where(from => CanChange(from, to));

    /// <summary>Gets the index of the first entry of <paramref name="history"/> that no legal change leads to (the first
    /// entry when the round cannot begin in it), or -1 when every change is legal.</summary>
    public static int FirstIllegalChange(IReadOnlyList<RoundStatusChange> history)
    {
        for (var i = 0; i < history.Count; i++)
        {
            if (i == 0 ? !CanBegin(history[0].Status) : !CanChange(history[i - 1].Status, history[i].Status))
            {
                return i;
            }
        }

        return -1;
    }
}
