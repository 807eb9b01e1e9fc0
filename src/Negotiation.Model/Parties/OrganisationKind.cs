namespace Negotiation.Model;

/// <summary>What sort of international organisation an <see cref="Organisation"/> is.</summary>
public enum OrganisationKind
{
    /// <summary>A military or political alliance (NATO).</summary>
    Alliance,

    /// <summary>A union of states with common institutions (the European Union).</summary>
    Union,

    /// <summary>A forum or conference of states (the OSCE).</summary>
    Forum,

    /// <summary>Any other organisation.</summary>
    Other,
}
