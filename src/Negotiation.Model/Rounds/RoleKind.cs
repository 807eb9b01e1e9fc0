namespace Negotiation.Model;

/// <summary>What a party or person is in a negotiation or a round besides being a side.</summary>
public enum RoleKind
{
    /// <summary>Chairs the sittings.</summary>
    Chair,

    /// <summary>Chairs jointly with another co-chair.</summary>
    CoChair,

    /// <summary>Mediates between the sides.</summary>
    Mediator,

    /// <summary>Facilitates the talks without mediating.</summary>
    Facilitator,

    /// <summary>Hosts the talks.</summary>
    Host,

    /// <summary>Attends without negotiating.</summary>
    Observer,

    /// <summary>Coordinates a group, a side or a strand of the talks.</summary>
    Coordinator,
}
