namespace Negotiation.Model;

/// <summary>What sort of development outside the talks happened.</summary>
public enum DevelopmentKind
{
    /// <summary>A build-up of troops.</summary>
    TroopBuildUp,

    /// <summary>The recognition of a breakaway region.</summary>
    Recognition,

    /// <summary>An invasion.</summary>
    Invasion,

    /// <summary>A leak of a confidential text.</summary>
    Leak,

    /// <summary>Sanctions imposed.</summary>
    Sanctions,

    /// <summary>A military exercise.</summary>
    Exercise,

    /// <summary>A report of a verifying body.</summary>
    VerificationReport,

    /// <summary>Any other development.</summary>
    Other,
}
