namespace Negotiation.Model;

/// <summary>
/// Topic coverage: whether a topic is another or narrower than it. Each topic names at most one broader topic; the
/// walk up is bounded by the number of topics, so even a loop (which the validators refuse) cannot hang it.
/// </summary>
/// <remarks>Pure over any dictionary of topics by id, so the library's rules and queries and the benchmarks' baselines
/// ask the same question the same way.</remarks>
internal static class TopicHierarchy
{
    /// <summary>Gets whether <paramref name="topic"/> is <paramref name="scope"/> or narrower than it, at any depth.</summary>
    /// <param name="topics">The known topics by id; a topic not among them has no broader topic.</param>
    /// <param name="scope">The broader topic.</param>
    /// <param name="topic">The topic asked about.</param>
    public static bool Covers(IReadOnlyDictionary<TopicId, Topic> topics, TopicId scope, TopicId topic)
    {
        TopicId? current = topic;
        for (var depth = 0; current is { } t && depth <= topics.Count; depth++)
        {
            if (t == scope)
            {
                return true;
            }

            current = topics.TryGetValue(t, out var known) ? known.Broader : null;
        }

        return false;
    }
}
