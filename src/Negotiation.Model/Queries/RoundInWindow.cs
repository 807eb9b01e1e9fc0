namespace Negotiation.Model;

/// <summary>A round that is planned or was held in a period, or may be: its time may be too approximate to say.</summary>
/// <remarks>Produced by <see cref="RoundQueries.RoundsIn(NegotiationCase, NodaTime.Interval, PartyId?)"/>. The reason is
/// worded when read, so asking for many rounds costs no text until it is shown. Immutable; reference equality.</remarks>
public sealed class RoundInWindow
{
    private readonly NegotiationCase negotiation;
    private readonly Func<string> period;

    internal RoundInWindow(NegotiationCase negotiation, Round round, Truth within, Func<string> period)
    {
        this.negotiation = negotiation;
        this.period = period;
        Round = round;
        Within = within;
    }

    /// <summary>Gets the round.</summary>
    public Round Round { get; }

    /// <summary>Gets whether the round falls in the period: <see cref="Truth.Yes"/>, or <see cref="Truth.Undetermined"/>
    /// when its approximate time overlaps the period without lying inside it.</summary>
    public Truth Within { get; }

    /// <summary>Gets the answer in words ("the Russia–NATO round (ru-nato-2022-01) is planned for January 2022, which may or
    /// may not fall on 5 January 2022 (Europe/Brussels): the time is approximate").</summary>
    public string Reason
    {
        get
        {
            var verb = Round.HasBeenHeld ? "was held" : "is planned for";
            return Within.IsYes
                ? $"{negotiation.NameOf(Round)} {verb} {Round.Start}, {period()}"
                : $"{negotiation.NameOf(Round)} {verb} {Round.Start}, which may or may not fall {period()}: the time is approximate";
        }
    }

    /// <summary>Returns the reason.</summary>
    /// <returns>The answer in words.</returns>
    public override string ToString() => Reason;
}
