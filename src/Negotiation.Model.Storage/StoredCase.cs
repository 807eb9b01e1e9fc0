namespace Negotiation.Model.Storage;

/// <summary>One case in a store, as <see cref="ICaseStore.ListAsync"/> lists it.</summary>
/// <param name="Id">The case's id.</param>
/// <param name="Title">The case's title.</param>
/// <param name="Version">The number of facts stored for the case.</param>
/// <remarks>Value equality.</remarks>
public sealed record StoredCase(CaseId Id, string Title, int Version);
