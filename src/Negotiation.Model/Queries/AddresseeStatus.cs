namespace Negotiation.Model;

/// <summary>Where one demand stands with one of its addressees, and why.</summary>
/// <remarks>
/// <para>Produced by <see cref="DemandQueries.StatusesOf(NegotiationCase, DemandId)"/>. <see cref="Reason"/> says in words
/// what the status follows from ("the United States rejected part of 'Treaty on security guarantees', which carries it
/// (21 December 2021, statement 'us-unacceptable': "some Russian proposals are unacceptable")"). Equality is by value.</para>
/// </remarks>
public sealed record AddresseeStatus
{
    internal AddresseeStatus(DemandId demand, PartyId addressee, DemandStatus status, Position? position, string reason)
    {
        Demand = demand;
        Addressee = addressee;
        Status = status;
        Position = position;
        Reason = reason;
    }

    /// <summary>Gets the demand.</summary>
    public DemandId Demand { get; }

    /// <summary>Gets the addressee.</summary>
    public PartyId Addressee { get; }

    /// <summary>Gets the status.</summary>
    public DemandStatus Status { get; }

    /// <summary>Gets whether the demand is still open with this addressee: its author stands by it and the addressee has
    /// not accepted it. A rejected demand stays open; its author may keep pressing it.</summary>
    public bool IsOpen => DemandStatusRules.IsOpen(Status);

    /// <summary>Gets the addressee's stance the status follows from (on the demand, or on the document carrying it), if
    /// any; its <see cref="Model.Position.Statement"/> names the statement.</summary>
    public Position? Position { get; }

    /// <summary>Gets why the demand has this status, in words.</summary>
    public string Reason { get; }

    /// <summary>Returns <c>demand → addressee: status (reason)</c>.</summary>
    /// <returns>The status as one line.</returns>
    public override string ToString() => $"{Demand} → {Addressee}: {Status} ({Reason})";
}
