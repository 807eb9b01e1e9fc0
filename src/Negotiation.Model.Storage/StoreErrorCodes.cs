namespace Negotiation.Model.Storage;

/// <summary>
/// The codes of the errors a store returns, in the <c>NM96xx</c> block that Negotiation.Model reserves for stores. A
/// code keeps its meaning; messages may be reworded. Each is described, with an example, in this package's
/// ERROR-CODES.md. A fact the case refuses keeps the core's own code (Negotiation.Model's <c>ErrorCodes</c>).
/// </summary>
public static class StoreErrorCodes
{
    /// <summary>The append's expected version is not the case's version: another writer appended first. Nothing was
    /// written; reload the case and decide again.</summary>
    public const string VersionConflict = "NM9601";

    /// <summary>The store has no case with this id.</summary>
    public const string CaseNotFound = "NM9602";

    /// <summary>A case with this id already exists.</summary>
    public const string CaseExists = "NM9603";

    /// <summary>A stored fact cannot be read: its JSON is malformed, names an unknown kind, or breaks the case-file
    /// format; the message names the case, the sequence and the case-file error.</summary>
    public const string UnreadableFact = "NM9604";

    /// <summary>A stored fact is well-formed but the case refuses it when loaded (the store was changed by hand, or by
    /// a version of the library with other rules); the message names the case, the sequence and the core's error.</summary>
    public const string RefusedFact = "NM9605";
}
