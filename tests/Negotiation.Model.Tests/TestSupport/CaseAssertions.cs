using FluentAssertions.Execution;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>Records facts in a case and asserts what a user of the result would see.</summary>
internal static class CaseAssertions
{
    /// <summary>Records every fact, all or nothing, and throws when the case refuses one: for setting up a test.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The new case.</returns>
    public static NegotiationCase RecordOrThrow(this NegotiationCase negotiation, params IEnumerable<Fact> facts)
    {
        var result = negotiation.RecordAll(facts);
        return result.Succeeded
            ? result.Case
            : throw new InvalidOperationException("The test's set-up was refused:" + Environment.NewLine + result);
    }

    /// <summary>Records a fact and asserts it was accepted without any warning.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The new case.</returns>
    public static NegotiationCase ShouldAccept(this NegotiationCase negotiation, Fact fact)
    {
        var result = negotiation.Record(fact);
        result.Succeeded.Should().BeTrue("the fact should be accepted, but:{0}{1}", Environment.NewLine, result);
        result.Failures.Should().BeEmpty("no warning is expected, but:{0}{1}", Environment.NewLine, result);
        result.Case.Version.Should().Be(negotiation.Version + 1);
        result.Case.Log[^1].Should().BeSameAs(fact);
        return result.Case;
    }

    /// <summary>Records a fact and asserts it was accepted with exactly one warning, with the code and path given.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="code">The expected error code.</param>
    /// <param name="path">The expected property path.</param>
    /// <returns>The new case and the warning.</returns>
    public static (NegotiationCase Case, ValidationFailure Warning) ShouldAcceptWithWarning(this NegotiationCase negotiation, Fact fact, string code, string path)
    {
        var result = negotiation.Record(fact);
        result.Succeeded.Should().BeTrue("the fact should be accepted, but:{0}{1}", Environment.NewLine, result);
        var warning = result.Warnings.Should().ContainSingle("one warning is expected, but:{0}{1}", Environment.NewLine, result).Subject;
        using (new AssertionScope())
        {
            warning.ErrorCode.Should().Be(code);
            warning.PropertyName.Should().Be(path);
            warning.Severity.Should().Be(Severity.Warning);
            warning.ErrorMessage.Should().NotBeNullOrWhiteSpace();
        }

        return (result.Case, warning);
    }

    /// <summary>
    /// Records a fact and asserts it was refused with exactly one error, with the code and path given, and that the case
    /// recorded in was left as it was.
    /// </summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="code">The expected error code.</param>
    /// <param name="path">The expected property path.</param>
    /// <returns>The error.</returns>
    public static ValidationFailure ShouldRefuse(this NegotiationCase negotiation, Fact fact, string code, string path) =>
        negotiation.ShouldRefuseWith(fact, (code, path))[0];

    /// <summary>
    /// Records a fact and asserts it was refused with exactly the errors given (in any order), and that the case recorded
    /// in was left as it was.
    /// </summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="expected">The expected code and path of each error.</param>
    /// <returns>The errors, in the order of <paramref name="expected"/>.</returns>
    public static IReadOnlyList<ValidationFailure> ShouldRefuseWith(this NegotiationCase negotiation, Fact fact, params (string Code, string Path)[] expected)
    {
        var version = negotiation.Version;
        var log = negotiation.Log;
        var result = negotiation.Record(fact);

        result.Succeeded.Should().BeFalse("the fact should be refused");
        using (new AssertionScope())
        {
            result.Original.Should().BeSameAs(negotiation, "a refusal hands back the case it started from");
            negotiation.Version.Should().Be(version, "a refusal leaves the case as it was");
            negotiation.Log.Should().BeSameAs(log, "a refusal leaves the log as it was");
            result.Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().BeEquivalentTo(expected, "the errors were:{0}{1}", Environment.NewLine, result);
            result.Errors.Should().OnlyContain(e => e.Severity == Severity.Error && !string.IsNullOrWhiteSpace(e.ErrorMessage));
        }

        return [.. expected.Select(e => result.Errors.First(f => f.ErrorCode == e.Code && f.PropertyName == e.Path))];
    }
}
