namespace Negotiation.Model;

/// <summary>How a <see cref="Moment"/> was stated.</summary>
public enum MomentKind
{
    /// <summary>An approximate date: a <see cref="DateWindow"/> with a precision.</summary>
    Approximate,

    /// <summary>An exact instant on the global time line.</summary>
    Exact,

    /// <summary>A wall-clock time in a named time zone ("09:00 in Geneva").</summary>
    Zoned,
}
