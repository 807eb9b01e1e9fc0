namespace Negotiation.Model;

/// <summary>What sort of development outside the talks happened.</summary>
/// <remarks>The kinds added after <see cref="Other"/> (elections, votes, laws, appointments, resignations, speeches: the
/// domestic politics of a party that real talks turn on) come after it so that no earlier value changes.</remarks>
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

    /// <summary>An election or a referendum.</summary>
    Election,

    /// <summary>A vote in a parliament or an assembly (a motion, an amendment, a reading of a bill, a vote of
    /// confidence).</summary>
    ParliamentaryVote,

    /// <summary>A law enacted, brought into force or repealed.</summary>
    Legislation,

    /// <summary>Someone taking office: a head of government, a minister, a negotiator.</summary>
    Appointment,

    /// <summary>Someone leaving office, or announcing it.</summary>
    Resignation,

    /// <summary>A speech setting out a position outside the talks.</summary>
    Speech,
}
