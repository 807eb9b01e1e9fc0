using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model;

/// <summary>
/// The result of recording facts in a case: the new case and any warnings, or the failures that stopped the change and
/// the case as it was.
/// </summary>
/// <remarks>
/// <para>Errors reject the change: <see cref="Succeeded"/> is false and <see cref="Case"/> throws. Warnings (a round that
/// breaks a commitment) come with the new case. Failures use FluentValidation's vocabulary: each has an error code from
/// <see cref="ErrorCodes"/>, a property path by id and a severity.</para>
/// <para>Immutable. Reference equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = negotiation.Record(fact).Then(otherFact);
/// if (!result.Succeeded) { foreach (var error in result.Errors) Console.WriteLine(error); }
/// var updated = result.Case;
/// </code>
/// </example>
[DebuggerDisplay("{Succeeded ? \"made\" : \"refused\",nq}: {Errors.Length} errors, {Warnings.Length} warnings")]
public sealed class ChangeResult
{
    private readonly NegotiationCase? changed;

    private ChangeResult(NegotiationCase original, NegotiationCase? changed, ImmutableArray<ValidationFailure> failures, int? refusedAt = null)
    {
        Original = original;
        this.changed = changed;
        Failures = failures;
        RefusedAt = refusedAt;
    }

    /// <summary>Gets whether the change was made (no failure is an error).</summary>
    public bool Succeeded => changed is not null;

    /// <summary>Gets the case before the change; it is never altered.</summary>
    public NegotiationCase Original { get; }

    /// <summary>Gets the changed case.</summary>
    /// <exception cref="InvalidOperationException">The change failed; the message lists the errors.</exception>
    public NegotiationCase Case => changed ?? throw new InvalidOperationException(
        "The change was refused, so there is no changed case; check Succeeded or Errors first. Errors:" + Environment.NewLine + Describe(Errors));

    /// <summary>Gets which fact was refused, counted from 0 among the facts of the call that refused it: always 0 for
    /// <see cref="NegotiationCase.Record(Fact)"/> and <see cref="Then(Fact)"/>, the fact's position in the list for
    /// <see cref="NegotiationCase.RecordAll(IEnumerable{Fact})"/>; <see langword="null"/> when the change was made.</summary>
    /// <remarks>Facts before it passed their checks, but nothing was recorded: a refused change records none of its facts.
    /// The failures' paths name the entity (<c>Rounds[…]</c>), not the position, so a loader that reports the line of a
    /// refused fact reads it here.</remarks>
    public int? RefusedAt { get; }

    /// <summary>Gets every failure: errors and warnings.</summary>
    public ImmutableArray<ValidationFailure> Failures { get; }

    /// <summary>Gets the failures that stopped the change.</summary>
    public ImmutableArray<ValidationFailure> Errors => [.. Failures.Where(f => f.Severity == Severity.Error)];

    /// <summary>Gets the warnings that came with the change.</summary>
    public ImmutableArray<ValidationFailure> Warnings => [.. Failures.Where(f => f.Severity != Severity.Error)];

    /// <summary>Gets the changed case if the change was made.</summary>
    /// <param name="changedCase">The changed case, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the change was made.</returns>
    public bool TryGetCase([NotNullWhen(true)] out NegotiationCase? changedCase)
    {
        changedCase = changed;
        return changed is not null;
    }

    /// <summary>Records another fact in the changed case; a failed result stays failed and records nothing more.</summary>
    /// <param name="fact">The next fact.</param>
    /// <returns>The combined result, carrying the warnings of both steps.</returns>
    public ChangeResult Then(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (changed is null)
        {
            return this;
        }

        var next = changed.Record(fact);
        return new ChangeResult(Original, next.changed, Failures.AddRange(next.Failures), next.RefusedAt);
    }

    /// <summary>Lists the failures, one per line: severity, code, property path and message.</summary>
    /// <returns>The failures as text, or "no failures".</returns>
    public override string ToString() => Failures.IsEmpty ? "no failures" : Describe(Failures);

    internal static ChangeResult Success(NegotiationCase original, NegotiationCase changed, ImmutableArray<ValidationFailure> warnings) =>
        new(original, changed, warnings);

    internal static ChangeResult Failure(NegotiationCase original, ImmutableArray<ValidationFailure> failures, int refusedAt = 0) =>
        new(original, null, failures, refusedAt);

    private static string Describe(IEnumerable<ValidationFailure> failures) =>
        string.Join(Environment.NewLine, failures.Select(f => $"{f.Severity} {f.ErrorCode} {f.PropertyName}: {f.ErrorMessage}"));
}
