namespace Negotiation.Model;

/// <summary>One party's stance on one demand, document or proposal from a time on, and the statement it comes from.</summary>
/// <remarks>
/// <para>Positions are derived from statements (acceptances, rejections, proposals); a case keeps every position a party
/// has held on a subject, oldest first. Equality is by value.</para>
/// </remarks>
/// <param name="Party">The party.</param>
/// <param name="Subject">The demand, document or proposal.</param>
/// <param name="Stance">The stance.</param>
/// <param name="Extent">Whether the stance covers the whole subject or part of it.</param>
/// <param name="Since">When the party took the stance.</param>
/// <param name="Statement">The statement the stance comes from.</param>
/// <param name="Condition">The condition attached, for a conditional acceptance.</param>
public sealed record Position(PartyId Party, SubjectRef Subject, Stance Stance, Extent Extent, Moment Since, StatementId Statement, string? Condition = null)
{
    /// <summary>Gets whether this acceptance became unconditional because its <see cref="Condition"/> was met
    /// (<see cref="ConditionMet"/>); <see cref="Since"/> is then when the condition was met and <see cref="Statement"/>
    /// the statement that accepted on the condition.</summary>
    public bool ConditionFulfilled { get; init; }
}
