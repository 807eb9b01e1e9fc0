using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// Questions about time: every fact between two dates in order, and what changed between two versions of a case.
/// </summary>
/// <remarks>
/// For the case as it stood or was known at a time, use <see cref="NegotiationCase.AsOf(LocalDate)"/> and
/// <see cref="NegotiationCase.KnownOn(Instant)"/>: both return ordinary cases that every query works on.
/// </remarks>
public static class TimelineQueries
{
    /// <summary>Gets every fact that happened between two days, in order, approximate times shown as such.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (inclusive).</param>
    /// <returns>The facts whose time lies in the period (<see cref="TimelineEntry.InPeriod"/> yes) or overlaps it
    /// (undetermined), ordered by the first day they may have happened on, then the last, then the exact time where
    /// known, then the order recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <example>
    /// <code>
    /// foreach (var entry in negotiation.Timeline(new LocalDate(2021, 12, 13), new LocalDate(2021, 12, 22)))
    ///     Console.WriteLine(entry); // week of 13 December 2021 (approximate): russia presented 'Treaty ...' to united-states
    /// </code>
    /// </example>
    public static ImmutableArray<TimelineEntry> Timeline(this NegotiationCase negotiation, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        (from, to) = (IsoDates.Iso(from), IsoDates.Iso(to));
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}); swap the dates.", nameof(to));
        }

        var data = negotiation.Data;
        var entries = new List<TimelineEntry>();
        foreach (var key in data.Indexes.FactsByDate.From(new DatedKey<int>(TimeBounds.PlusDays(from, 1 - data.Indexes.LongestFactWindow), int.MinValue)))
        {
            if (key.Date > to)
            {
                break;
            }

            var fact = data.Log[key.Id];
            var window = fact.Occurred.Window;
            if (window.End < from)
            {
                continue;
            }

            entries.Add(new TimelineEntry(key.Id, fact, window.Start >= from && window.End <= to ? Truth.Yes : Truth.Undetermined));
        }

        return [.. entries
            .OrderBy(e => e.Occurred.Window.Start)
            .ThenBy(e => e.Occurred.Window.End)
            .ThenBy(e => e.Occurred.Instant ?? Instant.MinValue)
            .ThenBy(e => e.Sequence)];
    }

    /// <summary>Gets what changed from an earlier version of a case to this one.</summary>
    /// <param name="later">The later version.</param>
    /// <param name="earlier">The earlier version (typically one this case was recorded from, or an <c>AsOf</c> of it).</param>
    /// <returns>The facts each has that the other lacks, and the things and statuses that differ.</returns>
    /// <example>
    /// <code>
    /// var diff = negotiation.AsOf(new LocalDate(2021, 12, 22)).ChangesSince(negotiation.AsOf(new LocalDate(2021, 12, 16)));
    /// foreach (var change in diff.Changes) Console.WriteLine(change); // document 'draft-treaty-us' added ...
    /// </code>
    /// </example>
    public static CaseDiff ChangesSince(this NegotiationCase later, NegotiationCase earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        var before = earlier.Data;
        var after = later.Data;
        var common = CommonPrefix(before, after);
        var removedSuffix = Suffix(before.Log, common);
        var addedSuffix = Suffix(after.Log, common);

        // A fact in both suffixes (the same fact, recorded in another order) is neither added nor removed.
        var counts = new Dictionary<Fact, int>();
        foreach (var fact in removedSuffix)
        {
            counts[fact] = counts.GetValueOrDefault(fact) + 1;
        }

        var added = ImmutableArray.CreateBuilder<Fact>();
        foreach (var fact in addedSuffix)
        {
            if (counts.TryGetValue(fact, out var n) && n > 0)
            {
                counts[fact] = n - 1;
            }
            else
            {
                added.Add(fact);
            }
        }

        var removed = ImmutableArray.CreateBuilder<Fact>();
        foreach (var fact in removedSuffix)
        {
            if (counts[fact] > 0)
            {
                counts[fact]--;
                removed.Add(fact);
            }
        }

        // What each fact of either suffix changed, as it evolved from the common prefix in its own version.
        var touched = CaseHistory.ChangesAfter(before, common).Concat(CaseHistory.ChangesAfter(after, common)).ToList();
        var changes = touched.SelectMany(c => c.Written).Distinct()
            .Select(key => Compare(before, after, key))
            .OfType<EntityChange>()
            .OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var statuses = touched.SelectMany(c => c.Demands).Distinct().Order()
            .SelectMany(d => StatusChanges(before, after, d))
            .ToImmutableArray();
        return new CaseDiff(common, added.ToImmutable(), removed.ToImmutable(), changes, statuses);
    }

    /// <summary>Gets the facts of <paramref name="log"/> from position <paramref name="start"/> on.</summary>
    private static List<Fact> Suffix(AppendVector<Fact> log, int start)
    {
        var suffix = new List<Fact>(log.Count - start);
        for (var i = start; i < log.Count; i++)
        {
            suffix.Add(log[i]);
        }

        return suffix;
    }

    /// <summary>Counts the facts two versions' logs start with: checkpoints shared by reference mean shared prefixes (a
    /// version's checkpoints are those of the versions it was recorded from, or the same deferred source: see
    /// <see cref="CaseHistory.OwnerOf"/>, which builds nothing), so a binary search over them finds most of it and a scan of
    /// at most a block of facts the rest.</summary>
    private static int CommonPrefix(CaseData a, CaseData b)
    {
        int low = 0, high = Math.Min(a.History.Count, b.History.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (ReferenceEquals(a.History.OwnerOf(mid + 1), b.History.OwnerOf(mid + 1)))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var common = low * CaseHistory.BlockSize;
        var max = Math.Min(a.Log.Count, b.Log.Count);
        while (common < max && Equals(a.Log[common], b.Log[common]))
        {
            common++;
        }

        return common;
    }

    private static EntityChange? Compare(CaseData before, CaseData after, EntityKey key)
    {
        var was = key.Lookup(before);
        var now = key.Lookup(after);
        var what = $"{key.Kind.ToString().ToLowerInvariant()} '{key.Id}'";
        return (was, now) switch
        {
            (null, null) => null,
            (null, _) => new EntityChange(key.Kind, key.Id, ChangeKind.Added, $"{what} added"),
            (_, null) => new EntityChange(key.Kind, key.Id, ChangeKind.Removed, $"{what} removed"),
            _ when Equals(was, now) => null,
            _ => new EntityChange(key.Kind, key.Id, ChangeKind.Changed, $"{what} changed{Detail(was, now)}"),
        };
    }

    private static string Detail(object was, object now) => (was, now) switch
    {
        (Round a, Round b) when a.Status != b.Status => $": {a.Status} → {b.Status}",
        (Round a, Round b) when a.Start != b.Start => $": moved from {a.Start} to {b.Start}",
        (Document a, Document b) when a.RevisionList.Count != b.RevisionList.Count => $": revision {a.RevisionList.Count} → {b.RevisionList.Count}",
        (Document a, Document b) when a.Disclosed != b.Disclosed => $": {(b.DisclosedBy == Disclosure.Leaked ? "leaked" : "published")} {b.Disclosed}",
        (Position a, Position b) => $": {a.Stance} → {b.Stance}",
        _ => string.Empty,
    };

    private static IEnumerable<StatusChange> StatusChanges(CaseData before, CaseData after, DemandId demand)
    {
        var was = before.Demands.TryGetValue(demand, out var e) ? before.Indexes.StatusesOf(e) : default;
        var now = after.Demands.TryGetValue(demand, out var d) ? after.Indexes.StatusesOf(d) : default;
        var addressees = (d ?? e)?.Addressees ?? default;
        for (var i = 0; i < addressees.Count; i++)
        {
            DemandStatus? a = was.IsDefault ? null : was[i];
            DemandStatus? b = now.IsDefault ? null : now[i];
            if (a != b)
            {
                yield return new StatusChange(demand, addressees[i], a, b);
            }
        }
    }
}
