using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>The data of a change under way, for validators: most rules read only the data; a case is made from it only
/// when a rule needs one (evaluating a precondition), so a change does not build one per validation.</summary>
internal sealed class CaseSnapshot(NegotiationCase original, CaseData data)
{
    public CaseData Data { get; } = data;

    public NegotiationCase Case => field ??= original.With(Data);
}

/// <summary>
/// The place in the case of the entity a change validates (<c>Statements[st-1]</c>), put in front of its failures' paths
/// only when there are failures.
/// </summary>
/// <remarks>
/// <para>FluentValidation words every rule's full path before it runs, by copying the context's property chain, whenever
/// the chain is not empty; with the entity's place in the chain, that is a list, an array and a string per rule on every
/// <c>Record</c>, failure or not. So a change's validation keeps the chain empty: the entity validator's
/// <c>PreValidate</c> (<see cref="ValidationSupport.Enter{T}"/>) leaves its place here, and the change prefixes the
/// failures with it afterwards (<see cref="Locate"/>). Paths read exactly as when the place is in the chain.</para>
/// <para>One per validation run; not shared between threads.</para>
/// </remarks>
internal sealed class EntityPlace(object root)
{
    private string? collection;
    private string? id;
    private HashSet<ValidationFailure>? placed;

    /// <summary>Gets the instance validated: only its own validator's place counts (a nested validation keeps the
    /// parent's).</summary>
    public object Root { get; } = root;

    public bool IsSet => collection is not null;

    public void Set(string placeCollection, string? placeId)
    {
        collection = placeCollection;
        id = placeId;
    }

    /// <summary>Marks a failure whose path is already complete (a nested entity validated at its own place).</summary>
    public void Placed(ValidationFailure failure) => (placed ??= new(ReferenceEqualityComparer.Instance)).Add(failure);

    /// <summary>Puts the entity's place in front of the failure's path, as the property chain would have.</summary>
    public void Locate(ValidationFailure failure)
    {
        if (collection is null || placed?.Contains(failure) == true)
        {
            return;
        }

        var place = id is null ? collection : $"{collection}[{id}]";
        var path = failure.PropertyName ?? string.Empty;
        failure.PropertyName = path.Length == 0 ? place : path[0] == '[' ? place + path : place + "." + path;
    }
}

/// <summary>Makes failures with a code, a severity and an explicit path.</summary>
internal static class Failures
{
    public static ValidationFailure Error(string code, string path, string message) =>
        new(path, message) { ErrorCode = code, Severity = Severity.Error };

    public static ValidationFailure Warning(string code, string path, string message) =>
        new(path, message) { ErrorCode = code, Severity = Severity.Warning };
}

/// <summary>
/// Plumbing the validators share: the case a validation runs against, paths by id, failures at explicit paths and
/// nested validations.
/// </summary>
internal static class ValidationSupport
{
    private static readonly ConcurrentDictionary<string, IValidatorSelector> Selectors = new(StringComparer.Ordinal);

    /// <summary>Forgets the cached rule set selectors (<see cref="ValidatorCache.Reset"/>: mutation testing only).</summary>
    // Stryker disable once all : test support.
    public static void ClearCaches() => Selectors.Clear();

    /// <summary>The longest name or title accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest text (quote, demand, provision) accepted.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The key under which a change under way passes its data (see <see cref="CaseSnapshot"/>).</summary>
    public const string SnapshotKey = "Negotiation.Model.CaseSnapshot";

    /// <summary>The key under which a change under way collects the validated entity's place (see <see cref="EntityPlace"/>).</summary>
    public const string PlaceKey = "Negotiation.Model.EntityPlace";

    /// <summary>Gets the case the validation runs against, if the caller gave one.</summary>
    public static NegotiationCase? Case(this IValidationContext context) =>
        context.RootContextData.TryGetValue(CaseValidation.CaseKey, out var value) ? value as NegotiationCase
        : context.RootContextData.TryGetValue(SnapshotKey, out var snapshot) ? (snapshot as CaseSnapshot)?.Case
        : null;

    /// <summary>Gets the data of the case the validation runs against, if the caller gave one.</summary>
    public static CaseData? Data(this IValidationContext context) =>
        context.RootContextData.TryGetValue(SnapshotKey, out var snapshot) && snapshot is CaseSnapshot s ? s.Data : context.Case()?.Data;

    /// <summary>
    /// Starts every path of an entity validated on its own at the entity's place in the case
    /// (<c>Rounds[ru-us-2022-01]</c>), so failures read the same whether one entity or the whole case is validated.
    /// A validator used as a child of another keeps the parent's path. Within a change, the place is kept aside and put
    /// in front of the failures afterwards (<see cref="EntityPlace"/>).
    /// </summary>
    public static bool Enter<T>(this ValidationContext<T> context, string collection, string? id = null)
    {
        if (context.PropertyChain.Count == 0)
        {
            if (context.RootContextData.TryGetValue(PlaceKey, out var value) && value is EntityPlace place
                && ReferenceEquals(place.Root, context.InstanceToValidate))
            {
                // The place is kept aside: given by the caller (a nested validation under a path), or this one.
                if (!place.IsSet)
                {
                    place.Set(collection, id);
                }
            }
            else
            {
                context.PropertyChain.Add(id is null ? collection : $"{collection}[{id}]");
            }
        }

        return true;
    }

    /// <summary>Gets the path of <paramref name="relative"/> under the current rule's property (<c>[2]</c>, <c>Member</c>,
    /// <c>[2].Member</c>, or empty for the property itself).</summary>
    public static string PathTo<T>(this ValidationContext<T> context, string relative)
    {
        var path = context.PropertyPath ?? string.Empty;
        return relative.Length == 0 ? path
            : path.Length == 0 ? relative.TrimStart('.')
            : relative[0] is '[' or '.' ? path + relative
            : path + "." + relative;
    }

    public static void Add<T>(this ValidationContext<T> context, ValidationFailure? failure)
    {
        if (failure is not null)
        {
            context.AddFailure(failure);
        }
    }

    public static void Error<T>(this ValidationContext<T> context, string code, string relative, string message) =>
        context.AddFailure(Failures.Error(code, context.PathTo(relative), message));

    public static void Warning<T>(this ValidationContext<T> context, string code, string relative, string message) =>
        context.AddFailure(Failures.Warning(code, context.PathTo(relative), message));

    /// <summary>Runs <paramref name="validator"/> on <paramref name="child"/> with the same case, under
    /// <paramref name="path"/> (or, when <see langword="null"/>, under the child's own place in the case), and adds its
    /// failures here.</summary>
    public static void ValidateNested<T, TChild>(this ValidationContext<T> context, IValidator<TChild> validator, TChild child, string? path = null)
    {
        // The nested validation keeps its chain empty and its place aside (EntityPlace), so its rules do not copy a
        // chain each; its failures get the place afterwards.
        var nested = new ValidationContext<TChild>(child);
        foreach (var (key, data) in context.RootContextData)
        {
            if (key != PlaceKey)
            {
                nested.RootContextData[key] = data;
            }
        }

        if (!nested.RootContextData.ContainsKey(CaseValidation.CaseKey) && context.InstanceToValidate is NegotiationCase negotiation)
        {
            nested.RootContextData[CaseValidation.CaseKey] = negotiation;
        }

        var place = new EntityPlace(child!);
        if (path is not null)
        {
            place.Set(path, null);
        }

        nested.RootContextData[PlaceKey] = place;

        // Within a change the parent's place is put in front of every failure afterwards; a child validated at its own
        // place (no path given) already has a complete path.
        var parent = path is null && context.RootContextData.TryGetValue(PlaceKey, out var value) ? value as EntityPlace : null;
        foreach (var failure in validator.Validate(nested).Errors)
        {
            place.Locate(failure);
            parent?.Placed(failure);
            context.AddFailure(failure);
        }
    }

    /// <summary>Reports each unresolved reference of a list at <c>[i]</c>, and each reference listed twice
    /// (<see cref="ErrorCodes.DuplicateEntry"/>).</summary>
    public static void EachReference<T, TId>(this ValidationContext<T> context, EquatableArray<TId> ids, Func<TId, string, ValidationFailure?> resolve)
    {
        if (ids.IsEmpty)
        {
            return;
        }

        // Every record passes through here on every change, so the path of an element is worded only for a failure, and
        // the lists (a few parties or subjects) are searched for repeats in place rather than through a set.
        for (var i = 0; i < ids.Count; i++)
        {
            if (resolve(ids[i], string.Empty) is { } failure)
            {
                failure.PropertyName = context.PathTo($"[{i}]");
                context.AddFailure(failure);
            }
            else if (ListedBefore(ids, i))
            {
                context.AddFailure(Failures.Error(ErrorCodes.DuplicateEntry, context.PathTo($"[{i}]"), $"'{ids[i]}' is listed twice; list it once."));
            }
        }
    }

    /// <summary>Gets the validation context in which a change validates <paramref name="instance"/> with
    /// <paramref name="ruleSets"/> (none: every rule outside a rule set, as FluentValidation does by default).</summary>
    /// <remarks>The selectors (<see cref="RuleSetSelector"/>) are immutable and cached per combination, so a change does
    /// not build one.</remarks>
    public static ValidationContext<T> ContextFor<T>(T instance, string[] ruleSets) =>
        ruleSets.Length == 0
            ? new ValidationContext<T>(instance)
            : new ValidationContext<T>(instance, new PropertyChain(), Selectors.GetOrAdd(
                ruleSets.Length == 1 ? ruleSets[0] : string.Join(',', ruleSets),
                static (_, sets) => new RuleSetSelector(sets),
                ruleSets));

    private static bool ListedBefore<TId>(EquatableArray<TId> ids, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (EqualityComparer<TId>.Default.Equals(ids[j], ids[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Selects the rules of the named rule sets, as FluentValidation's <see cref="RulesetValidatorSelector"/> does (rules in a
/// named set, in <c>default</c> when it is named, include rules, everything for <c>*</c>; names compared ignoring case),
/// without its bookkeeping of the rule sets executed, which allocates a set and an intersection for every rule.
/// </summary>
/// <remarks>Used only by <c>Record</c>, which never reads <see cref="ValidationResult.RuleSetsExecuted"/>; contexts made
/// for users (<see cref="CaseValidation.CreateContext{T}"/>) keep FluentValidation's selector.</remarks>
internal sealed class RuleSetSelector(string[] ruleSets) : IValidatorSelector
{
    private readonly string[] names = [.. ruleSets];
    private readonly bool all = ruleSets.Contains(RulesetValidatorSelector.WildcardRuleSetName);
    private readonly bool withDefault = ruleSets.Contains(RulesetValidatorSelector.DefaultRuleSetName, StringComparer.OrdinalIgnoreCase);

    public bool CanExecute(IValidationRule rule, string propertyPath, IValidationContext context)
    {
        if (all)
        {
            return true;
        }

        if (rule.RuleSets is not { Length: > 0 } sets)
        {
            return withDefault || rule is IIncludeRule;
        }

        foreach (var set in sets)
        {
            if ((withDefault && string.Equals(set, RulesetValidatorSelector.DefaultRuleSetName, StringComparison.OrdinalIgnoreCase)) || Named(set))
            {
                return true;
            }
        }

        return false;
    }

    private bool Named(string set)
    {
        foreach (var name in names)
        {
            if (string.Equals(name, set, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Rules that read as sentences, shared by the validators: <c>RuleFor(p =&gt; p.Name).IsAName()</c>.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>The text is not null, empty or white space: FluentValidation's <c>NotEmpty</c> for a string, without the
    /// enumerator it makes for every string that is not blank (it tests the string as an <c>IEnumerable</c> too).</summary>
    public static IRuleBuilderOptions<T, string> IsNotBlank<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text));

    /// <summary>The list holds at least one item: FluentValidation's <c>NotEmpty</c> for an <see cref="EquatableArray{T}"/>,
    /// without boxing the array and its enumerator.</summary>
    public static IRuleBuilderOptions<T, EquatableArray<TItem>> HasItems<T, TItem>(this IRuleBuilder<T, EquatableArray<TItem>> rule) =>
        rule.Must(items => items.Count > 0);

    public static IRuleBuilderOptions<T, string> IsAName<T>(this IRuleBuilder<T, string> rule, string what = "name") =>
        rule.IsNotBlank().WithErrorCode(ErrorCodes.NameRequired).WithMessage($"The {what} is blank; give the {what} people use.")
            .MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, value) => $"The {what} is {value.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.");

    public static IRuleBuilderOptions<T, string> IsAText<T>(this IRuleBuilder<T, string> rule, string what = "text") =>
        rule.IsNotBlank().WithErrorCode(ErrorCodes.TextRequired).WithMessage($"The {what} is blank; quote or summarise what was said or written.")
            .MaximumLength(ValidationSupport.MaxTextLength).WithErrorCode(ErrorCodes.TextTooLong)
            .WithMessage((_, value) => $"The {what} is {value.Length} characters long; shorten it to at most 20,000.");

    public static IRuleBuilderOptionsConditions<T, PartyId> IsAKnownParty<T>(this IRuleBuilder<T, PartyId> rule) =>
        rule.Custom((id, context) => context.Add(References.Party(context.Data(), id, context.PathTo(string.Empty))));

    public static IRuleBuilderOptionsConditions<T, TopicId> IsAKnownTopic<T>(this IRuleBuilder<T, TopicId> rule) =>
        rule.Custom((id, context) => context.Add(References.Topic(context.Data(), id, context.PathTo(string.Empty))));

    public static IRuleBuilderOptionsConditions<T, DocumentId> IsAKnownDocument<T>(this IRuleBuilder<T, DocumentId> rule) =>
        rule.Custom((id, context) => context.Add(References.Document(context.Data(), id, context.PathTo(string.Empty))));

    public static IRuleBuilderOptionsConditions<T, EquatableArray<PartyId>> AreKnownParties<T>(this IRuleBuilder<T, EquatableArray<PartyId>> rule) =>
        rule.Custom((ids, context) =>
        {
            var data = context.Data();
            context.EachReference(ids, (id, path) => References.Party(data, id, path));
        });

    public static IRuleBuilderOptionsConditions<T, EquatableArray<TopicId>> AreKnownTopics<T>(this IRuleBuilder<T, EquatableArray<TopicId>> rule) =>
        rule.Custom((ids, context) =>
        {
            var data = context.Data();
            context.EachReference(ids, (id, path) => References.Topic(data, id, path));
        });

    public static IRuleBuilderOptionsConditions<T, EquatableArray<DocumentId>> AreKnownDocuments<T>(this IRuleBuilder<T, EquatableArray<DocumentId>> rule) =>
        rule.Custom((ids, context) =>
        {
            var data = context.Data();
            context.EachReference(ids, (id, path) => References.Document(data, id, path));
        });

    public static IRuleBuilderOptionsConditions<T, EquatableArray<DemandId>> AreKnownDemands<T>(this IRuleBuilder<T, EquatableArray<DemandId>> rule) =>
        rule.Custom((ids, context) =>
        {
            var data = context.Data();
            context.EachReference(ids, (id, path) => References.Demand(data, id, path));
        });

    public static IRuleBuilderOptionsConditions<T, EquatableArray<StatementId>> AreKnownStatements<T>(this IRuleBuilder<T, EquatableArray<StatementId>> rule) =>
        rule.Custom((ids, context) =>
        {
            var data = context.Data();
            context.EachReference(ids, (id, path) => References.Statement(data, id, path));
        });

    public static IRuleBuilderOptionsConditions<T, EquatableArray<SubjectRef>> AreKnownSubjects<T>(this IRuleBuilder<T, EquatableArray<SubjectRef>> rule) =>
        rule.Custom((subjects, context) =>
        {
            var data = context.Data();
            context.EachReference(subjects, (subject, path) => References.Subject(data, subject, path));
        });
}

/// <summary>Names of parties and rounds for messages, from the case when there is one, by id otherwise.</summary>
internal static class Naming
{
    public static string Party(CaseData? data, PartyId party) =>
        data is not null && party.IsValid && data.Parties.TryGetValue(party, out var p) ? p.Name : party.ToString();

    public static string Round(CaseData? data, Round round) => Round(round.Title, round.Id, round.Participants.Select(p => Party(data, p)));

    /// <summary>Names a round by its title, else by its participants' names and its id.</summary>
    public static string Round(string? title, RoundId id, IEnumerable<string> participants) =>
        title is not null ? $"the round '{title}'" : $"the {string.Join("–", participants)} round ({id})";

    public static string Day(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
