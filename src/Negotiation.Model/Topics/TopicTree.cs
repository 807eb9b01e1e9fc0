namespace Negotiation.Model;

/// <summary>Walks the hierarchy of topics down, through the query index (each topic names at most one broader topic, and
/// it never loops); <see cref="TopicHierarchy.Covers"/> walks it up.</summary>
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
}
