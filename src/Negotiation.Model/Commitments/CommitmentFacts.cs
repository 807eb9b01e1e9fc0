namespace Negotiation.Model;

/// <summary>Parties agree a standing understanding that constrains future rounds.</summary>
/// <remarks>Refused when the id is taken, the text is blank, it names no party, or a party or the topic is unknown.
/// Rounds already planned that break it are reported as warnings. Equality is by value.</remarks>
public sealed record CommitmentMade : Fact
{
    /// <summary>Gets the commitment.</summary>
    public required Commitment Commitment { get => field; init => field = Guard.NotNull(value, nameof(Commitment)); }

    /// <inheritdoc />
    public override string Describe() => $"{string.Join(" and ", Commitment.Parties)} committed: {Commitment.Text}";

    internal override void Apply(CaseEditor editor)
    {
        var c = Commitment;
        var path = $"Commitments[{c.Id}]";
        editor.NewId(editor.Data.Commitments, c.Id, path, "commitment");
        editor.Body(c.Text, path + ".Text");
        if (c.Parties.IsEmpty)
        {
            editor.Error(ErrorCodes.CommitmentWithoutParties, path + ".Parties", "The commitment names no party; name the parties that agreed it.");
        }

        editor.Parties(c.Parties, path + ".Parties");
        var topicKnown = editor.Topic(c.Topic, path + ".Topic");
        var participantKnown = editor.Party(c.RequiredParticipant, path + ".RequiredParticipant");
        editor.Data = editor.Data with { Commitments = editor.Data.Commitments.SetItem(c.Id, c) };
        if (!topicKnown || !participantKnown || editor.HasErrors)
        {
            return;
        }

        foreach (var round in editor.Data.Rounds.Values)
        {
            if (round.Status != RoundStatus.Cancelled && RoundChecks.Breaks(editor.Data, round, c))
            {
                editor.Warning(ErrorCodes.CommitmentBroken, $"Rounds[{round.Id}]", RoundChecks.BreachMessage(editor.Current, round, c));
            }
        }
    }
}
