using NodaTime;

namespace Negotiation.Model.Storage.Tests;

/// <summary>The facts the store tests write: topic n is defined at minute n, so every sequence has a known fact and
/// record time, in this process and in the writer processes alike.</summary>
internal static class TestFacts
{
    public static readonly Instant Start = Instant.FromUtc(2021, 12, 1, 0, 0);

    public static TopicDefined Topic(int n) => new()
    {
        Topic = new Topic(new TopicId($"topic-{n}"), $"Topic {n}"),
        Occurred = new LocalDate(2021, 12, 1),
        Recorded = Start + Duration.FromMinutes(n),
        Source = new Source("Reuters", new LocalDate(2021, 12, 1)),
    };

    /// <summary>Topics <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    public static IReadOnlyList<Fact> Topics(int first, int count) => [.. Enumerable.Range(first, count).Select(Topic)];
}
