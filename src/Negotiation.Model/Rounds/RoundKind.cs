namespace Negotiation.Model;

/// <summary>What sort of sitting or exchange a round is, as diplomatic reporting names it.</summary>
/// <remarks>The kind says nothing about the number of sides (<see cref="RoundFormat"/>) or the medium
/// (<see cref="RoundChannel"/>). <c>default</c> is <see cref="Unspecified"/>.</remarks>
public enum RoundKind
{
    /// <summary>The kind was not stated.</summary>
    Unspecified,

    /// <summary>A negotiating session between delegations.</summary>
    NegotiatingSession,

    /// <summary>A meeting of ministers.</summary>
    MinisterialMeeting,

    /// <summary>A meeting of heads of state or government, including a summit.</summary>
    LeadersMeeting,

    /// <summary>A call between leaders.</summary>
    LeadersCall,

    /// <summary>An exchange of written texts.</summary>
    WrittenExchange,

    /// <summary>A briefing given to other parties.</summary>
    Briefing,

    /// <summary>A plenary sitting of all participants.</summary>
    Plenary,

    /// <summary>A meeting on the side of a larger round.</summary>
    SideMeeting,

    /// <summary>Talks between experts or officials on technical questions, including negotiating groups.</summary>
    ExpertTalks,

    /// <summary>A meeting of the coordinators or chief negotiators' deputies.</summary>
    CoordinatorsMeeting,

    /// <summary>A meeting of a body of one side that decides that side's position (a council, a summit of one group).</summary>
    InternalDecision,

    /// <summary>A press conference given by the participants.</summary>
    PressConference,

    /// <summary>Another kind.</summary>
    Other,
}
