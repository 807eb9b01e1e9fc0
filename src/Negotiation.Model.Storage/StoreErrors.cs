using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Storage;

/// <summary>
/// Builds the coded failures of <see cref="StoreErrorCodes"/>, so every store words them alike: each is an error
/// (<see cref="Severity.Error"/>) whose property path names the case, and for a stored fact its sequence
/// (<c>security-2021.Facts[17]</c>).
/// </summary>
public static class StoreErrors
{
    /// <summary>The append's expected version is stale.</summary>
    /// <param name="id">The case.</param>
    /// <param name="expected">The version the writer read.</param>
    /// <param name="actual">The case's version in the store, when known.</param>
    /// <returns>The failure, coded <see cref="StoreErrorCodes.VersionConflict"/>.</returns>
    public static ValidationFailure VersionConflict(CaseId id, int expected, int? actual) => Failure(
        StoreErrorCodes.VersionConflict,
        id.Value,
        actual is { } a
            ? Invariant($"Case '{id.Value}' is at version {a}, not {expected}: another writer appended first. Nothing was written; load the case again and decide again.")
            : Invariant($"Case '{id.Value}' is no longer at version {expected}: another writer appended first. Nothing was written; load the case again and decide again."));

    /// <summary>The store has no such case.</summary>
    /// <param name="id">The case.</param>
    /// <returns>The failure, coded <see cref="StoreErrorCodes.CaseNotFound"/>.</returns>
    public static ValidationFailure CaseNotFound(CaseId id) =>
        Failure(StoreErrorCodes.CaseNotFound, id.Value, $"The store has no case '{id.Value}'; create it first, or list the cases to find its id.");

    /// <summary>The id is taken.</summary>
    /// <param name="id">The case.</param>
    /// <returns>The failure, coded <see cref="StoreErrorCodes.CaseExists"/>.</returns>
    public static ValidationFailure CaseExists(CaseId id) =>
        Failure(StoreErrorCodes.CaseExists, id.Value, $"The store already has a case '{id.Value}'; load it, or choose another id.");

    /// <summary>A stored fact cannot be read.</summary>
    /// <param name="id">The case.</param>
    /// <param name="sequence">The fact's sequence (1 for the first fact).</param>
    /// <param name="problem">What is wrong, such as a case-file error.</param>
    /// <returns>The failure, coded <see cref="StoreErrorCodes.UnreadableFact"/>.</returns>
    public static ValidationFailure UnreadableFact(CaseId id, long sequence, string problem) => Failure(
        StoreErrorCodes.UnreadableFact,
        FactPath(id, sequence),
        Invariant($"Case '{id.Value}', fact {sequence}: the stored fact cannot be read: {problem}. The other facts and cases are untouched; restore this fact from a backup."));

    /// <summary>A stored fact the case refuses.</summary>
    /// <param name="id">The case.</param>
    /// <param name="sequence">The fact's sequence (1 for the first fact).</param>
    /// <param name="refusal">The core's failure.</param>
    /// <returns>The failure, coded <see cref="StoreErrorCodes.RefusedFact"/>; the core's failure is its
    /// <see cref="ValidationFailure.CustomState"/>.</returns>
    public static ValidationFailure RefusedFact(CaseId id, long sequence, ValidationFailure refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var failure = Failure(
            StoreErrorCodes.RefusedFact,
            FactPath(id, sequence),
            Invariant($"Case '{id.Value}', fact {sequence}: the case refuses the stored fact: {refusal.ErrorCode} {refusal.ErrorMessage} ({refusal.PropertyName})."));
        failure.CustomState = refusal;
        return failure;
    }

    private static string FactPath(CaseId id, long sequence) => Invariant($"{id.Value}.Facts[{sequence}]");

    private static ValidationFailure Failure(string code, string path, string message) =>
        new(path, message) { ErrorCode = code, Severity = Severity.Error };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
