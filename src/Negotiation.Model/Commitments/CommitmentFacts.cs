using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>Parties agree a standing understanding that constrains future rounds.</summary>
/// <remarks>Refused when the id is taken or the <see cref="CommitmentValidator"/> finds an error: the text is blank, it
/// names no party, or a party or the topic is unknown. Rounds already recorded that break it are reported as warnings,
/// except rounds held certainly before the commitment was made: it constrains later rounds only. Equality is by
/// value.</remarks>
public sealed record CommitmentMade : Fact
{
    /// <summary>Gets the commitment.</summary>
    public required Commitment Commitment { get => field; init => field = Guard.NotNull(value, nameof(Commitment)); }

    /// <inheritdoc />
    public override string Describe() => $"{string.Join(" and ", Commitment.Parties)} committed: {Commitment.Text}";

    internal override void Check(FactCheck check)
    {
        var c = Commitment;
        check.NewId(check.Data.Commitments, c.Id, $"Commitments[{c.Id}]", "commitment");
        check.Validate(CommitmentValidator.Instance, c);
        if (check.HasErrors)
        {
            return;
        }

        // Only a round with one of the committed parties as a side can break it, so only those are looked at.
        var data = check.After;
        var candidates = new SortedSet<RoundId>();
        foreach (var party in c.Parties)
        {
            if (party != c.RequiredParticipant)
            {
                foreach (var key in data.Indexes.RoundsByParticipant.Get(party))
                {
                    candidates.Add(key.Id);
                }
            }
        }

        foreach (var id in candidates)
        {
            var round = data.Rounds[id];

            // A round already held before the understanding existed did not break it. Three-valued: a round held
            // possibly after it (a start "in December" for a commitment of 22 December) is still reported.
            if (round.HasBeenHeld && round.ActualStart is { } start && start.IsBefore(Occurred).IsYes)
            {
                continue;
            }

            if (RoundRules.Breaks(data, round, c))
            {
                check.Add(RoundRules.Breach(data, round, c, $"Rounds[{id}]"));
            }
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Commitment);

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}
