using System.Collections.Immutable;
using System.Text;

namespace Negotiation.Model;

/// <summary>What changed between two versions of a case: the facts only one of them has, the things (parties, demands,
/// rounds, positions...) that differ, and the demand statuses that moved.</summary>
/// <remarks>
/// <para>Produced by <see cref="TimelineQueries.ChangesSince(NegotiationCase, NegotiationCase)"/>. Both versions share the
/// first <see cref="Common"/> facts of their logs; only what the later facts touch is compared, so the cost follows the
/// size of the change. Immutable; reference equality.</para>
/// </remarks>
public sealed class CaseDiff
{
    internal CaseDiff(int common, ImmutableArray<Fact> added, ImmutableArray<Fact> removed, ImmutableArray<EntityChange> changes, ImmutableArray<StatusChange> statusChanges)
    {
        Common = common;
        Added = added;
        Removed = removed;
        Changes = changes;
        StatusChanges = statusChanges;
    }

    /// <summary>Gets the number of facts both logs start with.</summary>
    public int Common { get; }

    /// <summary>Gets the facts only the later version has, in its log order.</summary>
    public ImmutableArray<Fact> Added { get; }

    /// <summary>Gets the facts only the earlier version has, in its log order.</summary>
    public ImmutableArray<Fact> Removed { get; }

    /// <summary>Gets the things that differ, ordered by kind and id.</summary>
    public ImmutableArray<EntityChange> Changes { get; }

    /// <summary>Gets the demand statuses that differ, ordered by demand and addressee.</summary>
    public ImmutableArray<StatusChange> StatusChanges { get; }

    /// <summary>Gets whether the versions have the same facts.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty;

    /// <summary>Lists the facts added (+) and removed (−), then the things and statuses that changed.</summary>
    /// <returns>The change as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var fact in Added)
        {
            text.Append("+ ").Append(fact.Occurred.ToString()).Append(": ").AppendLine(fact.Describe());
        }

        foreach (var fact in Removed)
        {
            text.Append("- ").Append(fact.Occurred.ToString()).Append(": ").AppendLine(fact.Describe());
        }

        foreach (var change in Changes)
        {
            text.AppendLine(change.Description);
        }

        foreach (var status in StatusChanges)
        {
            text.AppendLine(status.ToString());
        }

        return text.Length == 0 ? "no changes" : text.ToString().TrimEnd();
    }
}
