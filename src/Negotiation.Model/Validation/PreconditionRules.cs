using System.Globalization;
using FluentValidation;

namespace Negotiation.Model.Validation;

/// <summary>One simple part of a precondition, numbered depth first as <see cref="Precondition.Leaves"/> numbers it.</summary>
/// <param name="Condition">The simple precondition.</param>
/// <param name="Index">Its number among the leaves, from 0: the <c>i</c> of <c>Precondition[i]</c>.</param>
/// <param name="Required">Whether it must hold for the whole to hold (it is reached through all-of only, not under any-of
/// or not).</param>
internal readonly record struct PreconditionLeaf(Precondition Condition, int Index, bool Required);

/// <summary>The rules of a precondition tree, shared by the <see cref="PreconditionValidator"/> (a precondition on its
/// own) and the <see cref="RoundValidator"/> (the precondition of a round).</summary>
internal static class PreconditionRules
{
    /// <summary>Gets whether a required not-before or not-after <paramref name="condition"/> rules out every day of a round
    /// planned for <paramref name="planned"/>.</summary>
    public static bool RulesOut(Precondition condition, Moment planned) => condition switch
    {
        NotBeforeCondition nb => planned.Window.End < nb.Date,
        NotAfterCondition na => planned.Window.Start > na.Date,
        _ => false,
    };

    /// <summary>Gets the leaves with their numbers and whether each is required, walking the tree without recursion.</summary>
    public static IEnumerable<PreconditionLeaf> Leaves(Precondition precondition)
    {
        var index = 0;
        var pending = new Stack<(Precondition Node, bool Required)>();
        pending.Push((precondition, true));
        while (pending.TryPop(out var item))
        {
            switch (item.Node)
            {
                case AllOfCondition all:
                    Push(pending, all.Parts, item.Required);
                    break;
                case AnyOfCondition any:
                    Push(pending, any.Parts, required: false);
                    break;
                case NotCondition not:
                    pending.Push((not.Part, false));
                    break;
                default:
                    yield return new PreconditionLeaf(item.Node, index++, item.Required);
                    break;
            }
        }

        // Reversed, so the parts come off the stack in their order.
        static void Push(Stack<(Precondition, bool)> stack, EquatableArray<Precondition> parts, bool required)
        {
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                stack.Push((parts[i], required));
            }
        }
    }

    /// <summary>Checks the tree under the current rule's path: composites have parts, leaves' references resolve, a round
    /// does not require itself (when <paramref name="guarded"/> is given), and the required date window is not empty.</summary>
    public static void Check<T>(ValidationContext<T> context, Precondition precondition, RoundId? guarded)
    {
        // Measured when made, so this costs nothing; beyond it the parts are not examined one by one.
        if (precondition.Depth > PreconditionValidator.DepthLimit)
        {
            context.Error(ErrorCodes.PreconditionTooDeep, string.Empty, $"The precondition is {precondition.Depth} deep; at most {PreconditionValidator.DepthLimit} is accepted. Flatten it: AllOf and AnyOf take any number of parts, and !(a & b) is !a | !b.");
            return;
        }

        if (precondition.HasEmptyComposite)
        {
            context.Error(ErrorCodes.EmptyComposite, string.Empty, "An all-of or any-of precondition has no parts; give it at least one or remove it.");
        }

        var data = context.Data();
        PreconditionLeaf? latestStart = null;
        PreconditionLeaf? earliestEnd = null;
        foreach (var leaf in Leaves(precondition))
        {
            var path = context.PathTo($"[{leaf.Index}]");
            context.Add(leaf.Condition switch
            {
                IRoundDependency dependency when dependency.Round.IsValid && dependency.Round == guarded =>
                    Failures.Error(ErrorCodes.PreconditionCycle, path, $"The round '{guarded}' cannot require itself to be held first."),
                IRoundDependency dependency => References.Round(data, dependency.Round, path),
                DocumentPresentedCondition d => References.Document(data, d.Document, path),
                DemandAnsweredCondition d => References.Demand(data, d.Demand, path) ?? (d.By is { } by ? References.Party(data, by, path) : null),
                PartyTakesPartCondition p => References.Party(data, p.Party, path),
                DevelopmentOccurredCondition { Against: { } against } => References.Party(data, against, path),
                NamedDevelopmentCondition named => References.Development(data, named.Development, path),
                _ => null,
            });

            if (leaf.Required && leaf.Condition is NotBeforeCondition nb && (latestStart is not { Condition: NotBeforeCondition s } || nb.Date > s.Date))
            {
                latestStart = leaf;
            }

            if (leaf.Required && leaf.Condition is NotAfterCondition na && (earliestEnd is not { Condition: NotAfterCondition e } || na.Date < e.Date))
            {
                earliestEnd = leaf;
            }
        }

        if (latestStart is { Condition: NotBeforeCondition from } && earliestEnd is { Condition: NotAfterCondition until, Index: var untilIndex } && from.Date > until.Date)
        {
            context.Error(ErrorCodes.ContradictoryWindow, $"[{untilIndex}]", $"The round may start no earlier than {Day(from.Date)} and no later than {Day(until.Date)}; no day satisfies both. Correct one of the dates.");
        }
    }

    /// <summary>Describes a not-before or not-after leaf as the limit it sets ("not before 10 January 2022").</summary>
    public static string Limit(Precondition leaf) => leaf switch
    {
        NotBeforeCondition nb => "not before " + Day(nb.Date),
        NotAfterCondition na => "not after " + Day(na.Date),
        _ => leaf.ToString(),
    };

    private static string Day(NodaTime.LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
}
