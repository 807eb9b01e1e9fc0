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

    /// <summary>An institution or organ of another party, or a body it set up: the European Council, the Council or the
    /// Commission of the European Union; a subsidiary body or working group of a conference of parties.</summary>
    Institution,

    /// <summary>A government, or a ministry, department, task force or unit of one.</summary>
    Executive,

    /// <summary>A parliament, one of its chambers, or a committee or group within one.</summary>
    Legislature,

    /// <summary>A political party.</summary>
    PoliticalParty,

    /// <summary>A body that two or more parties set up together, such as a joint committee under a treaty.</summary>
    JointBody,

    /// <summary>The secretariat of a conference or an organisation, or a treaty's depositary.</summary>
    Secretariat,
}
