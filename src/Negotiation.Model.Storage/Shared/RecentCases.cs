using System.Diagnostics.CodeAnalysis;

namespace Negotiation.Model.Storage;

/// <summary>The cases a store instance last created, loaded or appended to, newest first, at most
/// <see cref="Capacity"/> of them: an append whose expected version is that of the remembered case decides against it
/// instead of reading the whole case again, so the common append (the same instance wrote the previous version) costs
/// what the change costs. The cases are immutable, so sharing them is safe. The cache never decides a conflict: the
/// database still checks the expected version inside the append's transaction, and a case at another version, or one
/// forgotten, is read again.</summary>
internal sealed class RecentCases
{
    /// <summary>How many cases one store instance keeps: enough for an app's working set, small enough that a few large
    /// cases do not pin much memory.</summary>
    public const int Capacity = 16;

    private readonly object gate = new();
    private readonly Dictionary<CaseId, LinkedListNode<NegotiationCase>> byId = [];
    private readonly LinkedList<NegotiationCase> newestFirst = new();

    /// <summary>Gives the remembered case when it is at <paramref name="version"/>.</summary>
    public bool TryGet(CaseId id, int version, [NotNullWhen(true)] out NegotiationCase? negotiation)
    {
        lock (gate)
        {
            if (byId.TryGetValue(id, out var node) && node.Value.Version == version)
            {
                newestFirst.Remove(node);
                newestFirst.AddFirst(node);
                negotiation = node.Value;
                return true;
            }
        }

        negotiation = null;
        return false;
    }

    /// <summary>Remembers a case as read or written, forgetting the least recently used one beyond
    /// <see cref="Capacity"/>.</summary>
    public void Remember(NegotiationCase negotiation)
    {
        lock (gate)
        {
            if (byId.Remove(negotiation.Id, out var old))
            {
                newestFirst.Remove(old);
            }
            else if (byId.Count == Capacity)
            {
                byId.Remove(newestFirst.Last!.Value.Id);
                newestFirst.RemoveLast();
            }

            byId[negotiation.Id] = newestFirst.AddFirst(negotiation);
        }
    }
}
