using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Negotiation.Model.Testing;

/// <summary>FluentAssertions for a round in its case: is it blocked, ready to start, before another?</summary>
public sealed class RoundAssertions : ReferenceTypeAssertions<RoundInCase, RoundAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The round under test.</param>
    public RoundAssertions(RoundInCase subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "round";

    /// <summary>Asserts that the round's preconditions are certainly not met; the failure shows the reason tree.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the evaluation.</returns>
    [CustomAssertion]
    public AndWhichConstraint<RoundAssertions, PreconditionResult> BeBlocked(string because = "", params object[] becauseArgs)
    {
        var result = Subject.CanStart();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(result.Met.IsNo)
            .FailWith(Message.Escape($"Expected round {Subject.Round.Id} to be blocked") + "{reason}"
                + Message.Escape($", but its preconditions are {(result.Met.IsYes ? "met" : "undetermined")}:{Tree(result)}"));
        return new(this, result);
    }

    /// <summary>Asserts that the round's preconditions are certainly met (or it has none).</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the evaluation.</returns>
    [CustomAssertion]
    public AndWhichConstraint<RoundAssertions, PreconditionResult> BeReadyToStart(string because = "", params object[] becauseArgs)
    {
        var result = Subject.CanStart();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(result.Met.IsYes)
            .FailWith(Message.Escape($"Expected round {Subject.Round.Id} to be ready to start") + "{reason}"
                + Message.Escape($", but its preconditions are {(result.Met.IsNo ? "not met" : "undetermined")}:{Tree(result)}"));
        return new(this, result);
    }

    /// <summary>Asserts that the round certainly starts before another round of the same case.</summary>
    /// <param name="other">The other round's id.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint on this round.</returns>
    [CustomAssertion]
    public AndConstraint<RoundAssertions> Precede(string other, string because = "", params object[] becauseArgs)
    {
        var known = Subject.Case.Rounds.TryGetValue(new RoundId(other), out var otherRound);
        var before = known ? Subject.Round.Start.IsBefore(otherRound!.Start) : Truth.No;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(known)
            .FailWith(Message.Escape($"Expected round {Subject.Round.Id} to precede {other}") + "{reason}" + Message.Escape($", but the case has no round {other}."))
            .Then
            .ForCondition(before.IsYes)
            .FailWith(Message.Escape($"Expected round {Subject.Round.Id} ({Subject.Round.Start}) to precede {other} ({otherRound?.Start})") + "{reason}"
                + Message.Escape($", but whether it does is {before}."));
        return new(this);
    }

    private static string Tree(PreconditionResult result) => Environment.NewLine + result;
}
