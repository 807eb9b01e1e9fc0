namespace Negotiation.Model;

/// <summary>What sort of thing a demand asks for.</summary>
public enum DemandKind
{
    /// <summary>A legally binding guarantee ("legal guarantees over its security").</summary>
    LegalGuarantee,

    /// <summary>A prohibition: something the addressee must not do ("must not admit new members").</summary>
    Prohibition,

    /// <summary>A commitment the addressee must give or keep.</summary>
    Commitment,

    /// <summary>A demand to take part, or to let someone take part ("with participation of the EU").</summary>
    Participation,

    /// <summary>A demand about timing ("do not drag out the negotiations").</summary>
    Timing,

    /// <summary>Any other demand.</summary>
    Other,
}
