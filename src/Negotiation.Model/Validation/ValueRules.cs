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
/// precondition is visited once), without recursion. The properties of each type are looked up once.</para>
/// </remarks>
internal static class ValueRules
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
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

    /// <summary>Checks every value reachable from <paramref name="fact"/>, reporting under the current path.</summary>
    public static void Check<T>(ValidationContext<T> context, Fact fact)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        pending.Push((fact, string.Empty));
        while (pending.TryPop(out var item))
        {
            if (!item.Value.GetType().IsValueType && !visited.Add(item.Value))
            {
                continue;
            }

            foreach (var property in PropertiesOf(item.Value.GetType()))
            {
                var path = item.Path.Length == 0 ? property.Name : item.Path + "." + property.Name;
                Visit(context, property.GetValue(item.Value), path, pending, CappedElsewhere.Contains((property.DeclaringType!, property.Name)));
            }
        }
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

    private static void Visit<T>(ValidationContext<T> context, object? value, string path, Stack<(object, string)> pending, bool capped = false)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Length > ValidationSupport.MaxTextLength && !capped)
                {
                    context.Error(ErrorCodes.TextTooLong, path, $"{path} is {text.Length} characters long; shorten it to at most 20,000.");
                }
                else if (text.Length <= ValidationSupport.MaxTextLength && Forbidden(text) is { } what)
                {
                    context.Error(ErrorCodes.ForbiddenCharacter, path, $"{path} holds {what}: no control characters (other than tab and line breaks), lone surrogates or bidirectional overrides. Remove it.");
                }

                return;
            case Enum e:
                if (!Enum.IsDefined(e.GetType(), e))
                {
                    context.Error(ErrorCodes.UnknownEnumValue, path, $"{path} is {e:D}, which is not a {e.GetType().Name}; use one of {string.Join(", ", Enum.GetNames(e.GetType()))}.");
                }

                return;
            case Moment moment:
                if (moment == default)
                {
                    context.Error(ErrorCodes.TimeMissing, path, $"{path} is default (1 January 1); say when, with a Moment, a LocalDate or a DateWindow.");
                }

                return;
            case System.Collections.IEnumerable items when value.GetType().Assembly == Model:
                var i = 0;
                foreach (var item in items)
                {
                    Visit(context, item, $"{path}[{i++}]", pending);
                }

                return;
            default:
                if (value.GetType().Assembly == Model)
                {
                    pending.Push((value, path));
                }

                return;
        }
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
}
