namespace Negotiation.Model;

/// <summary>A named milestone in an agreement's life, each with its own rule (<see cref="Milestone"/>).</summary>
public enum MilestoneKind
{
    /// <summary>The text is adopted (recorded by <see cref="AgreementAdopted"/> or an adoption step, not by a rule).</summary>
    Adoption,

    /// <summary>The agreement enters into force (<see cref="Agreement.EntryIntoForce"/>).</summary>
    EntryIntoForce,

    /// <summary>The agreement, or part of it, applies provisionally.</summary>
    ProvisionalApplication,

    /// <summary>Implementation begins.</summary>
    Implementation,

    /// <summary>A transition (implementation) period ends.</summary>
    TransitionEnd,

    /// <summary>The agreement terminates.</summary>
    Termination,

    /// <summary>A withdrawal the agreement governs takes effect (such as a state leaving a union).</summary>
    WithdrawalEffective,
}
