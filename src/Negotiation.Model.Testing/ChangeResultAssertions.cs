using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Testing;

/// <summary>FluentAssertions for a <see cref="ChangeResult"/>: did the change go through, and with which failures?</summary>
public sealed class ChangeResultAssertions : ReferenceTypeAssertions<ChangeResult, ChangeResultAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    /// <param name="subject">The result under test.</param>
    public ChangeResultAssertions(ChangeResult subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "change";

    /// <summary>Asserts that the change was made.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the changed case.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ChangeResultAssertions, NegotiationCase> Succeed(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected the change to succeed{reason}, but the result is <null>.")
            .Then
            .ForCondition(Subject!.Succeeded)
            .FailWith("Expected the change to succeed{reason}" + Message.Escape(", but it was refused:" + Describe(Subject.Errors)));
        return new(this, Subject.Succeeded ? Subject.Case : Subject.Original);
    }

    /// <summary>Asserts that the change was refused with an error of the given code.</summary>
    /// <param name="errorCode">The code, such as <c>NM5009</c> (see <see cref="ErrorCodes"/>).</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first failure with that code.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ChangeResultAssertions, ValidationFailure> FailWith(string errorCode, string because = "", params object[] becauseArgs)
    {
        var match = Subject?.Errors.FirstOrDefault(f => f.ErrorCode == errorCode);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith(Message.Escape($"Expected the change to fail with {errorCode}") + "{reason}, but the result is <null>.")
            .Then
            .ForCondition(!Subject!.Succeeded)
            .FailWith(Message.Escape($"Expected the change to fail with {errorCode}") + "{reason}"
                + Message.Escape(", but it succeeded" + (Subject.Warnings.IsEmpty ? "." : " with warnings:" + Describe(Subject.Warnings))))
            .Then
            .ForCondition(match is not null)
            .FailWith(Message.Escape($"Expected the change to fail with {errorCode}") + "{reason}" + Message.Escape(", but it failed with:" + Describe(Subject.Errors)));
        return new(this, match!);
    }

    /// <summary>Asserts that the change went through with a warning of the given code.</summary>
    /// <param name="errorCode">The code, such as <c>NM6001</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first warning with that code.</returns>
    [CustomAssertion]
    public AndWhichConstraint<ChangeResultAssertions, ValidationFailure> HaveWarning(string errorCode, string because = "", params object[] becauseArgs)
    {
        var match = Subject?.Warnings.FirstOrDefault(f => f.ErrorCode == errorCode);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith(Message.Escape($"Expected the change to warn with {errorCode}") + "{reason}, but the result is <null>.")
            .Then
            .ForCondition(match is not null)
            .FailWith(Message.Escape($"Expected the change to warn with {errorCode}") + "{reason}" + Message.Escape(", but found:" + Describe(Subject!.Failures)));
        return new(this, match!);
    }

    internal static string Describe(IEnumerable<ValidationFailure> failures)
    {
        var lines = failures.Select(f => $"{Environment.NewLine}  {(f.Severity == Severity.Error ? "error" : "warning")} {f.ErrorCode} at {f.PropertyName}: {f.ErrorMessage}").ToList();
        return lines.Count == 0 ? " no failures" : string.Concat(lines);
    }
}
