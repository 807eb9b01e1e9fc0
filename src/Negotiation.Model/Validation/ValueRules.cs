using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using FluentValidation;

namespace Negotiation.Model.Validation;

/// <summary>
/// The rules every value a fact carries obeys, whatever its kind, checked in one walk over the fact: a text is at most
/// <see cref="ValidationSupport.MaxTextLength"/> characters (<see cref="ErrorCodes.TextTooLong"/>) and holds no NUL,
/// control character (other than tab and line breaks), lone surrogate or bidirectional override
/// (<see cref="ErrorCodes.ForbiddenCharacter"/>); an enum value is one of its named members
/// (<see cref="ErrorCodes.UnknownEnumValue"/>); a time is not <c>default</c> (<see cref="ErrorCodes.TimeMissing"/>).
/// </summary>
/// <remarks>
/// <para>One rule set for every free text (names, quotes, reasons, package names, outlets, speakers, conditions…), so a
/// field added to a fact is covered without a rule of its own; the concept validators add the tighter limits (a name is
/// at most <see cref="ValidationSupport.MaxNameLength"/> characters).</para>
/// <para>The walk follows the fact's public properties into the model's own types and lists (a part reused in a
/// precondition is visited once), without recursion. The properties of each type are looked up once, and paths are
/// worded only for failures.</para>
/// </remarks>
internal static class ValueRules
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private static readonly ConcurrentDictionary<Type, Member[]> Plans = new();

    // Made only through Slug.Require: nothing in them to check.
    private static readonly HashSet<Type> IdTypes =
    [
        typeof(AgreementId), typeof(CaseId), typeof(CommitmentId), typeof(DeadlineId), typeof(DemandId), typeof(DevelopmentId), typeof(DocumentId),
        typeof(PartyId), typeof(ProposalId), typeof(RepresentativeId), typeof(RoundId), typeof(StatementId), typeof(TopicId),
    ];
    private static readonly Assembly Model = typeof(Fact).Assembly;

    // Texts whose concept validator already caps their length (IsAName, IsAText, SourceValidator): one error, not two.
    private static readonly HashSet<(Type, string)> CappedElsewhere =
    [
        (typeof(Commitment), nameof(Commitment.Text)), (typeof(Deadline), nameof(Deadline.What)), (typeof(Demand), nameof(Demand.Text)),
        (typeof(Development), nameof(Development.Description)), (typeof(Document), nameof(Document.Title)), (typeof(Provision), nameof(Provision.Text)),
        (typeof(Party), nameof(Party.Name)), (typeof(Proposal), nameof(Proposal.Text)), (typeof(Proposal), nameof(Proposal.Condition)),
        (typeof(Representative), nameof(Representative.Name)), (typeof(Representative), nameof(Representative.Office)), (typeof(Round), nameof(Round.Title)),
        (typeof(Venue), nameof(Venue.Name)), (typeof(RoundOutcome), nameof(RoundOutcome.Summary)), (typeof(Statement), nameof(Statement.Quote)),
        (typeof(Topic), nameof(Topic.Name)), (typeof(Source), nameof(Source.Outlet)), (typeof(Source), nameof(Source.Speaker)), (typeof(Source), nameof(Source.Channel)),
    ];

    /// <summary>Forgets each type's walk, worked out again on next use (<see cref="ValidatorCache.Reset"/>: mutation testing only).</summary>
    public static void ClearCaches()
    {
        // Stryker disable all : test support; the caches it drops hold what the mutants change.
        Plans.Clear();
        Properties.Clear();
        // Stryker restore all
    }

    /// <summary>Checks every value reachable from <paramref name="fact"/>, reporting under the current path.</summary>
    /// <remarks>Every <c>Record</c> runs this walk, so it does what it must and no more: each type's walkable properties
    /// are worked out once (<see cref="PlanOf"/>: only those that can hold a text, an enum, a time or a part holding
    /// one), a path is worded only for a failure (a second walk keeps the <see cref="Trail"/>s), and the walk's stack and
    /// visited set are reused by the thread.</remarks>
    public static void Check<T>(ValidationContext<T> context, Fact fact)
    {
        // Nearly every fact holds nothing wrong: a first walk without paths says whether anything fails, and only then a
        // second one words the failures with their paths.
        if (Run(context, fact, report: false))
        {
            Run(context, fact, report: true);
        }
    }

    private static bool Run<T>(ValidationContext<T> context, Fact fact, bool report)
    {
        var walk = Walk.Take();
        var failed = false;
        try
        {
            walk.Pending.Push((fact, null));
            while (walk.Pending.TryPop(out var item))
            {
                if (!item.Value.GetType().IsValueType && !walk.Visited.Add(item.Value))
                {
                    continue;
                }

                foreach (var member in PlanOf(item.Value.GetType()))
                {
                    failed |= Visit(context, member.Property.GetValue(item.Value), item.Trail, member.Property.Name, -1, walk.Pending, report, member.Capped);
                    if (failed && !report)
                    {
                        return true;
                    }
                }
            }
        }
        finally
        {
            walk.Return();
        }

        return failed;
    }

    /// <summary>Gets the first character a text may not hold, if any.</summary>
    public static string? Forbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"a lone surrogate (U+{(int)c:X4}) at {i}";
            }

            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return $"the character U+{(int)c:X4} at {i}";
            }
        }

        return null;
    }

    // Returns whether the value (or, for a list, one of its items) fails; reports it only when asked to, and only then
    // keeps the trail that words its path.
    private static bool Visit<T>(ValidationContext<T> context, object? value, Trail? parent, string? name, int index, Stack<(object, Trail?)> pending, bool report, bool capped = false)
    {
        switch (value)
        {
            case null:
                return false;
            case string text:
                if (text.Length > ValidationSupport.MaxTextLength && !capped)
                {
                    if (report)
                    {
                        var path = Trail.Path(parent, name, index);
                        context.Error(ErrorCodes.TextTooLong, path, $"{path} is {text.Length} characters long; shorten it to at most 20,000.");
                    }

                    return true;
                }

                if (text.Length <= ValidationSupport.MaxTextLength && Forbidden(text) is { } what)
                {
                    if (report)
                    {
                        var path = Trail.Path(parent, name, index);
                        context.Error(ErrorCodes.ForbiddenCharacter, path, $"{path} holds {what}: no control characters (other than tab and line breaks), lone surrogates or bidirectional overrides. Remove it.");
                    }

                    return true;
                }

                return false;
            case Enum e:
                if (!Enum.IsDefined(e.GetType(), e))
                {
                    if (report)
                    {
                        var path = Trail.Path(parent, name, index);
                        context.Error(ErrorCodes.UnknownEnumValue, path, $"{path} is {e:D}, which is not a {e.GetType().Name}; use one of {string.Join(", ", Enum.GetNames(e.GetType()))}.");
                    }

                    return true;
                }

                return false;
            case Moment moment:
                if (moment == default)
                {
                    if (report)
                    {
                        var path = Trail.Path(parent, name, index);
                        context.Error(ErrorCodes.TimeMissing, path, $"{path} is default (1 January 1); say when, with a Moment, a LocalDate or a DateWindow.");
                    }

                    return true;
                }

                return false;
            case System.Collections.IEnumerable items when value.GetType().Assembly == Model:
                var here = report ? new Trail(parent, name, index) : null;
                var i = 0;
                var failed = false;
                foreach (var item in items)
                {
                    failed |= Visit(context, item, here, null, i++, pending, report);
                    if (failed && !report)
                    {
                        return true;
                    }
                }

                return failed;
            default:
                if (value.GetType().Assembly == Model)
                {
                    pending.Push((value, report ? new Trail(parent, name, index) : null));
                }

                return false;
        }
    }

    /// <summary>The properties of <paramref name="type"/> the walk reads: those whose declared type can hold a text, an
    /// enum, a time or a part that holds one. Ids are left out: their slugs are checked when they are made.</summary>
    private static Member[] PlanOf(Type type) => Plans.GetOrAdd(type, static t =>
        [.. PropertiesOf(t).Where(p => MayHold(p.PropertyType, [])).Select(p => new Member(p, CappedElsewhere.Contains((p.DeclaringType!, p.Name))))]);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "As for PropertiesOf: the walk reads the model's own records.")]
    [UnconditionalSuppressMessage("Trimming", "IL2062", Justification = "As for PropertiesOf: the walk reads the model's own records.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As for PropertiesOf: the walk reads the model's own records.")]
    private static bool MayHold(Type type, HashSet<Type> seen)
    {
        if (type == typeof(string) || type.IsEnum || type == typeof(Moment))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return MayHold(underlying, seen);
        }

        // A property typed as a base (a condition, a rule) or as object can hold any part at run time.
        if (type == typeof(object) || type.IsInterface || (type.Assembly == Model && !type.IsSealed && !type.IsValueType))
        {
            return true;
        }

        if (type.Assembly != Model || IdTypes.Contains(type) || !seen.Add(type))
        {
            return false;
        }

        if (typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            var elements = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return elements is null || MayHold(elements.GetGenericArguments()[0], seen);
        }

        return PropertiesOf(type).Any(p => MayHold(p.PropertyType, seen));
    }

    // What the caller gave: public properties with a public setter (init or positional; not those the case fills in), and
    // get-only ones over a backing field; so computed views (Participants, Start)
    // are not walked twice and nothing is computed.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The walk reads the model's own records, whose public properties their generated ToString reads too; a property a trimmer removed anyway is not walked, which skips its check rather than failing.")]
    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, static t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => (p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true }) || IsPositionalGetOnly(t, p))
            .Where(p => p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)]);

    // Get-only properties that hold stored state: the composites' parts, ids' slugs.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "As for PropertiesOf: a field a trimmer removed only leaves its property unwalked.")]
    private static bool IsPositionalGetOnly(Type type, PropertyInfo property) =>
        property.GetIndexParameters().Length == 0 && property.SetMethod is null
        && type.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private sealed record Member(PropertyInfo Property, bool Capped);

    /// <summary>Where the walk is, worded as a path only when a value fails (<c>Demand.Provisions[2].Text</c>).</summary>
    private sealed class Trail(Trail? parent, string? name, int index)
    {
        private readonly Trail? parent = parent;
        private readonly string? name = name;
        private readonly int index = index;

        public static string Path(Trail? parent, string? name, int index)
        {
            // Iterative: a trail can be as deep as the deepest precondition accepted.
            var steps = new List<Trail>();
            for (var trail = parent; trail is not null; trail = trail.parent)
            {
                steps.Add(trail);
            }

            var builder = new System.Text.StringBuilder();
            for (var i = steps.Count - 1; i >= 0; i--)
            {
                Append(builder, steps[i].name, steps[i].index);
            }

            Append(builder, name, index);
            return builder.ToString();
        }

        private static void Append(System.Text.StringBuilder builder, string? name, int index)
        {
            if (name is not null)
            {
                builder.Append(builder.Length == 0 ? string.Empty : ".").Append(name);
            }
            else if (index >= 0)
            {
                builder.Append('[').Append(index).Append(']');
            }
        }
    }

    /// <summary>The stack and visited set of one walk, kept by the thread between walks (the walk calls nothing that could
    /// start another on the same thread).</summary>
    private sealed class Walk
    {
        [ThreadStatic]
        private static Walk? cached;

        public Stack<(object Value, Trail? Trail)> Pending { get; } = new();

        public HashSet<object> Visited { get; } = new(ReferenceEqualityComparer.Instance);

        public static Walk Take()
        {
            var walk = cached ?? new Walk();
            cached = null;
            return walk;
        }

        public void Return()
        {
            // A walk over a very large fact leaves big tables behind: let them go rather than keep them for the thread.
            if (Visited.Count <= 1024)
            {
                Pending.Clear();
                Visited.Clear();
                cached = this;
            }
        }
    }
}
