using System.Collections.Immutable;
using FluentValidation.Results;

namespace Negotiation.Model.Json;

/// <summary>What loading a case file gave: the case and its warnings, or the errors.</summary>
/// <remarks>Immutable. Exactly one of a case and a non-empty <see cref="Errors"/> is present.</remarks>
public sealed class CaseFileResult
{
    private readonly NegotiationCase? loaded;

    private CaseFileResult(NegotiationCase? loaded, ImmutableArray<CaseFileError> errors, ImmutableArray<ValidationFailure> warnings)
    {
        this.loaded = loaded;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Gets a value indicating whether the file gave a case.</summary>
    public bool Succeeded => loaded is not null;

    /// <summary>Gets the loaded case.</summary>
    /// <exception cref="InvalidOperationException">Loading failed; read <see cref="Errors"/>.</exception>
    public NegotiationCase Case => loaded ?? throw new InvalidOperationException(
        "The case file could not be loaded; check Succeeded and read Errors. First error: " + Errors[0]);

    /// <summary>Gets the errors, in file order; empty when loading succeeded.</summary>
    public ImmutableArray<CaseFileError> Errors { get; }

    /// <summary>Gets the warnings the case reported while recording the facts (a round that breaks a commitment).</summary>
    public ImmutableArray<ValidationFailure> Warnings { get; }

    /// <summary>Gets the case when loading succeeded.</summary>
    /// <param name="negotiation">The case, or <see langword="null"/>.</param>
    /// <returns>Whether loading succeeded.</returns>
    public bool TryGetCase(out NegotiationCase? negotiation)
    {
        negotiation = loaded;
        return loaded is not null;
    }

    /// <summary>Describes the outcome: the case, or one line per error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        loaded is not null ? loaded.ToString() : string.Join(Environment.NewLine, Errors.Select(e => e.ToString()));

    internal static CaseFileResult Success(NegotiationCase negotiation, ImmutableArray<ValidationFailure> warnings) => new(negotiation, [], warnings);

    internal static CaseFileResult Failure(IEnumerable<CaseFileError> errors) => new(null, [.. errors], []);
}
