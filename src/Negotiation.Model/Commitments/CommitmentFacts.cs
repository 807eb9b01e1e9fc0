using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>Parties agree a standing understanding that constrains future rounds.</summary>
/// <remarks>Refused when the id is taken or the <see cref="CommitmentValidator"/> finds an error: the text is blank, it
/// names no party, or a party, the topic or a round its rule names is unknown. Rounds already recorded that break it are
/// reported as warnings, except rounds held certainly before the commitment was made: it constrains later rounds only. Equality is by
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
        check.Validate(CommitmentValidator.Instance, Stored);
        if (check.HasErrors)
        {
            return;
        }

        // Only a round with one of the committed parties taking part can break it, so only those are looked at.
        var data = check.After;
        var made = Stored;
        foreach (var id in RoundRules.Candidates(data, made))
        {
            var round = data.Rounds[id];
            if (RoundRules.Breaks(data, round, made))
            {
                check.Add(RoundRules.Breach(data, round, made, $"Rounds[{id}]"));
            }
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Commitment Stored => Commitment with { Made = Occurred };

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}
