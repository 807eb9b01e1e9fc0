using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Storage;

/// <summary>
/// What a store call gives back: the case (created, appended to or loaded) with any warnings, or the coded failures
/// that stopped it.
/// </summary>
/// <remarks>
/// <para>Failures use the core's vocabulary (<see cref="ValidationFailure"/>): a stale version, an unknown case or an
/// unreadable stored fact has a code from <see cref="StoreErrorCodes"/>; a fact the case refuses keeps the core's code.
/// When <see cref="Succeeded"/> is false nothing was written.</para>
/// <para>Immutable. Reference equality.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class StoreResult
{
    private readonly NegotiationCase? stored;

    private StoreResult(NegotiationCase? stored, ImmutableArray<ValidationFailure> errors, ImmutableArray<ValidationFailure> warnings)
    {
        this.stored = stored;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Gets whether the call succeeded.</summary>
    public bool Succeeded => stored is not null;

    /// <summary>Gets the case.</summary>
    /// <exception cref="InvalidOperationException">The call failed; the message lists the errors.</exception>
    public NegotiationCase Case => stored ?? throw new InvalidOperationException(
        "The store call failed, so there is no case; check Succeeded or Errors first. Errors:" + Environment.NewLine + ToString());

    /// <summary>Gets the failures that stopped the call; empty when it succeeded.</summary>
    public ImmutableArray<ValidationFailure> Errors { get; }

    /// <summary>Gets the warnings that came with the facts appended (a round that breaks a commitment).</summary>
    public ImmutableArray<ValidationFailure> Warnings { get; }

    /// <summary>Gets the case if the call succeeded.</summary>
    /// <param name="negotiation">The case, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the call succeeded.</returns>
    public bool TryGetCase([NotNullWhen(true)] out NegotiationCase? negotiation)
    {
        negotiation = stored;
        return stored is not null;
    }

    /// <summary>A successful call.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="warnings">The warnings, if any.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="negotiation"/> is <see langword="null"/>.</exception>
    public static StoreResult Success(NegotiationCase negotiation, IEnumerable<ValidationFailure>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return new(negotiation, [], warnings is null ? [] : [.. warnings]);
    }

    /// <summary>A failed call.</summary>
    /// <param name="errors">The failures; at least one, each with <see cref="Severity.Error"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or holds a failure that is not an error.</exception>
    public static StoreResult Failure(IEnumerable<ValidationFailure> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ImmutableArray<ValidationFailure> list = [.. errors];
        if (list.IsEmpty || list.Any(e => e is null || e.Severity != Severity.Error))
        {
            throw new ArgumentException("Give at least one failure, each an error (Severity.Error); warnings go with a success.", nameof(errors));
        }

        return new(null, list, []);
    }

    /// <summary>Describes the result: the case, or one line per error (code, path, message).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        stored is not null ? stored.ToString() : string.Join(Environment.NewLine, Errors.Select(e => $"{e.ErrorCode} {e.PropertyName}: {e.ErrorMessage}"));
}
