using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model.Storage;

/// <summary>
/// Keeps negotiation cases between runs and between users: each case an append-only log of facts, written with
/// optimistic concurrency. Implemented by <c>SqliteCaseStore</c> (Negotiation.Model.Storage.Sqlite, one file, nothing
/// to install) and <c>MartenCaseStore</c> (Negotiation.Model.Storage.Marten, PostgreSQL through Marten).
/// </summary>
/// <remarks>
/// <para>Versions: a case's version is the number of facts in its log (<see cref="NegotiationCase.Version"/>); its
/// n-th fact is stored with sequence n. A writer says which version it read (<c>expectedVersion</c>); if another writer
/// appended since, the append is refused with <see cref="StoreErrorCodes.VersionConflict"/> and nothing is written,
/// so no update is ever lost: reload, re-decide, append again.</para>
/// <para>Expected failures (a stale version, an unknown case, a fact the case refuses, a stored fact that cannot be
/// read) come back as a failed <see cref="StoreResult"/> with coded errors, never as exceptions. Exceptions mean the
/// database itself failed (unreachable, disk full) or the call was cancelled (<see cref="OperationCanceledException"/>).</para>
/// <para>Implementations are thread-safe: one instance serves a whole application.</para>
/// </remarks>
/// <example>
/// <code>
/// var created = await store.CreateAsync(new CaseId("security-guarantees-2021"), "Security guarantees", ct);
/// var appended = await store.AppendAsync(created.Case.Id, created.Case.Version, [fact], ct);
/// if (!appended.Succeeded) foreach (var error in appended.Errors) Console.WriteLine(error.ErrorCode);
/// var loaded = await store.LoadAsync(created.Case.Id, ct);
/// </code>
/// </example>
public interface ICaseStore
{
    /// <summary>Creates an empty case.</summary>
    /// <param name="id">The case's id, not used by another case in the store.</param>
    /// <param name="title">The case's title.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new empty case, or <see cref="StoreErrorCodes.CaseExists"/> when the id is taken.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="title"/> is blank.</exception>
    Task<StoreResult> CreateAsync(CaseId id, string title, CancellationToken cancellationToken = default);

    /// <summary>Appends facts to a case, all or nothing, if the case is still at <paramref name="expectedVersion"/>.
    /// The case's own rules run first (<see cref="NegotiationCase.RecordAll(IEnumerable{Fact})"/>): a fact they refuse
    /// writes nothing.</summary>
    /// <param name="id">The case.</param>
    /// <param name="expectedVersion">The version the writer read: the case's number of facts.</param>
    /// <param name="facts">The facts, in order; at least one.</param>
    /// <param name="cancellationToken">Cancels the call; once the write has been committed it is not undone.</param>
    /// <returns>The case with the facts appended and any warnings; or <see cref="StoreErrorCodes.VersionConflict"/>,
    /// <see cref="StoreErrorCodes.CaseNotFound"/>, or the core's codes of the first fact the case refuses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    Task<StoreResult> AppendAsync(CaseId id, int expectedVersion, IEnumerable<Fact> facts, CancellationToken cancellationToken = default);

    /// <summary>Loads a case with every fact stored, through the engine's bulk path.</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The case; or <see cref="StoreErrorCodes.CaseNotFound"/>, <see cref="StoreErrorCodes.UnreadableFact"/> or
    /// <see cref="StoreErrorCodes.RefusedFact"/>, naming the case and the fact's sequence.</returns>
    Task<StoreResult> LoadAsync(CaseId id, CancellationToken cancellationToken = default);

    /// <summary>Loads a case as it was known at <paramref name="knownAt"/>: only the facts whose
    /// <see cref="Fact.Recorded"/> is at or before it, chosen by the database. The result equals
    /// <see cref="NegotiationCase.KnownOn(Instant)"/> of the whole case.</summary>
    /// <param name="id">The case.</param>
    /// <param name="knownAt">The record-time instant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The case as known then (empty when nothing was recorded by then), or the errors of <see cref="LoadAsync"/>.</returns>
    Task<StoreResult> LoadKnownOnAsync(CaseId id, Instant knownAt, CancellationToken cancellationToken = default);

    /// <summary>Lists the cases in the store, by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each case's id, title and version, ordered by id.</returns>
    Task<ImmutableArray<StoredCase>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a case's version without loading it.</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of facts stored for the case, or <see langword="null"/> when the store has no such case.</returns>
    Task<int?> GetVersionAsync(CaseId id, CancellationToken cancellationToken = default);
}
