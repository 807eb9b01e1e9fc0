namespace Negotiation.Model;

/// <summary>How a thing differs between two versions of a case.</summary>
public enum ChangeKind
{
    /// <summary>Only the later version has it.</summary>
    Added,

    /// <summary>Only the earlier version has it.</summary>
    Removed,

    /// <summary>Both have it, with different values.</summary>
    Changed,
}
