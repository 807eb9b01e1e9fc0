using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A party or one of its representatives says something. Acceptances, rejections and proposals about demands,
/// documents or proposals update the party's positions.</summary>
/// <remarks>Refused when the id is taken or the <see cref="StatementValidator"/> finds an error (the quote is blank, the
/// party, speaker, an addressee or a subject is unknown, the speaker represents another party or was not in office then,
/// a demand or document it is about came later), or the statement accepts a demand that was withdrawn or replaced. An
/// acceptance or rejection about nothing it can take a stance on is recorded with a warning. Equality is by value.</remarks>
public sealed record StatementMade : Fact
{
    /// <summary>Gets the statement.</summary>
    public required Statement Statement { get => field; init => field = Guard.NotNull(value, nameof(Statement)); }

    /// <inheritdoc />
    public override string Describe() =>
        $"{Statement.Speaker?.ToString() ?? Statement.Party.ToString()} ({Statement.Kind.ToString().ToLowerInvariant()}): \"{Statement.Quote}\"";

    internal override void Check(FactCheck check)
    {
        var s = Stored;
        var path = $"Statements[{s.Id}]";
        check.NewId(check.Data.Statements, s.Id, path, "statement");
        check.Validate(StatementValidator.Instance, s);
        if (check.HasErrors || StanceOf(s) is not (Stance.Accepts or Stance.AcceptsConditionally))
        {
            return;
        }

        for (var i = 0; i < s.About.Count; i++)
        {
            var subject = s.About[i];
            if (subject.Kind == SubjectKind.Demand && !check.Data.DemandLifecycles[new DemandId(subject.Id)].IsStanding)
            {
                check.Error(ErrorCodes.DemandNotOpen, $"{path}.About[{i}]", $"The demand '{subject.Id}' was withdrawn or replaced; it can no longer be accepted.");
            }
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var s = Stored;
        evolution.Put(s);
        if (StanceOf(s) is not { } taken)
        {
            return;
        }

        foreach (var subject in s.About)
        {
            if (subject.Kind is SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal)
            {
                evolution.Put(new Position(s.Party, subject, taken, s.Extent, Occurred, s.Id, s.Condition));
            }
        }
    }

    private Statement Stored => Statement with { Made = Occurred };

    private static Stance? StanceOf(Statement statement) => statement.Kind switch
    {
        StatementKind.Acceptance => statement.Condition is null ? Stance.Accepts : Stance.AcceptsConditionally,
        StatementKind.Rejection => Stance.Rejects,
        StatementKind.Proposal => Stance.OpenToDiscuss,
        _ => null,
    };

    internal override Fact? Redact(Redaction redaction)
    {
        if (redaction.Hides(Statement.Id))
        {
            return null;
        }

        var about = Redaction.Keep(Statement.About, redaction.Hides);
        return about == Statement.About ? this : this with { Statement = Statement with { About = about } };
    }
}
