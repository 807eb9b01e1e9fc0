namespace Negotiation.Model;

/// <summary>Walks the hierarchy of topics (each topic names at most one broader topic, and it never loops).</summary>
internal static class TopicTree
{
    /// <summary>Gets <paramref name="topic"/> and every topic narrower than it, at any depth.</summary>
    public static List<TopicId> Subtree(CaseIndexes index, TopicId topic)
    {
        var found = new List<TopicId> { topic };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(index.NarrowerTopics.Get(found[i]));
        }

        return found;
    }

    /// <summary>Gets whether <paramref name="topic"/> is <paramref name="scope"/> or narrower than it.</summary>
    public static bool Covers(CaseData data, TopicId scope, TopicId topic)
    {
        TopicId? current = topic;
        for (var depth = 0; current is { } t && depth <= data.Topics.Count; depth++)
        {
            if (t == scope)
            {
                return true;
            }

            current = data.Topics.TryGetValue(t, out var known) ? known.Broader : null;
        }

        return false;
    }
}
