using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Testing;

/// <summary>FluentAssertions for a whole case: is it valid, which warnings does it carry, which demands are open, which
/// rounds are blocked and by what?</summary>
public sealed class NegotiationCaseAssertions : ReferenceTypeAssertions<NegotiationCase, NegotiationCaseAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The case under test.</param>
    public NegotiationCaseAssertions(NegotiationCase subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "case";

    /// <summary>Asserts that validating the whole case finds no error (warnings are allowed).</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint on the case.</returns>
    [CustomAssertion]
    public AndConstraint<NegotiationCaseAssertions> BeValid(string because = "", params object[] becauseArgs)
    {
        var errors = Subject.Validate().Errors.Where(f => f.Severity == Severity.Error).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(errors.Count == 0)
            .FailWith(Message.Escape($"Expected case {Subject.Id} to be valid") + "{reason}"
                + Message.Escape(", but validation found:" + ChangeResultAssertions.Describe(errors)));
        return new(this);
    }

    /// <summary>Asserts that validating the whole case reports a warning with the given code.</summary>
    /// <param name="errorCode">The code, such as <c>NM6001</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first such warning.</returns>
    [CustomAssertion]
    public AndWhichConstraint<NegotiationCaseAssertions, ValidationFailure> HaveWarning(string errorCode, string because = "", params object[] becauseArgs)
    {
        var failures = Subject.Validate().Errors;
        var match = failures.FirstOrDefault(f => f.ErrorCode == errorCode && f.Severity != Severity.Error);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(Message.Escape($"Expected case {Subject.Id} to carry the warning {errorCode}") + "{reason}"
                + Message.Escape(", but validation found:" + ChangeResultAssertions.Describe(failures)));
        return new(this, match!);
    }

    /// <summary>Asserts that the demand is open for the addressee (see <see cref="DemandAssertions.BeOpenFor"/>).</summary>
    /// <param name="demand">The demand's id.</param>
    /// <param name="addressee">The addressee's id.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the status with its reason.</returns>
    [CustomAssertion]
    public AndWhichConstraint<NegotiationCaseAssertions, AddresseeStatus> HaveOpenDemand(string demand, string addressee, string because = "", params object[] becauseArgs)
    {
        var known = Subject.Demands.ContainsKey(new DemandId(demand));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(known)
            .FailWith(Message.Escape($"Expected case {Subject.Id} to have the open demand {demand}") + "{reason}"
                + Message.Escape($", but no such demand has been tabled; its demands are: {string.Join(", ", Subject.Demands.Keys)}."));
        var status = known ? Subject.Demand(demand).Should().BeOpenFor(addressee, because, becauseArgs).Which : null;
        return new(this, status!);
    }

    /// <summary>Asserts that <paramref name="round"/> cannot start because <paramref name="requiredRound"/> has not been
    /// held (or concluded) yet.</summary>
    /// <param name="round">The blocked round's id.</param>
    /// <param name="requiredRound">The round that blocks it.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the evaluation of the blocked round's preconditions.</returns>
    [CustomAssertion]
    public AndWhichConstraint<NegotiationCaseAssertions, PreconditionResult> HaveRoundBlockedBy(string round, string requiredRound, string because = "", params object[] becauseArgs)
    {
        var subject = Subject.Round(round);
        var result = subject.CanStart();
        var required = new RoundId(requiredRound);
        var requires = subject.Round.Precondition?.RequiredRounds().Contains(required) == true;
        var pending = Subject.Rounds.TryGetValue(required, out var other) && !other.HasBeenHeld;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(requires)
            .FailWith(Message.Escape($"Expected round {round} to be blocked by {requiredRound}") + "{reason}"
                + Message.Escape($", but its preconditions do not require {requiredRound}:{Environment.NewLine}{result}"))
            .Then
            .ForCondition(result.Met.IsNo && pending)
            .FailWith(Message.Escape($"Expected round {round} to be blocked by {requiredRound}") + "{reason}"
                + Message.Escape($", but {(pending ? "its preconditions are " + (result.Met.IsYes ? "met" : "undetermined") : requiredRound + " has been held")}:{Environment.NewLine}{result}"));
        return new(this, result);
    }
}
