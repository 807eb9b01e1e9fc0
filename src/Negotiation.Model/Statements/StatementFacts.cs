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
        if (check.HasErrors)
        {
            return;
        }

        foreach (var (subject, taken, _, _) in Taken(s))
        {
            if (taken is (Stance.Accepts or Stance.AcceptsConditionally) && subject.Kind == SubjectKind.Demand
                && !check.Data.DemandLifecycles[DemandId.FromChecked(subject.Id)].IsStanding)
            {
                var index = s.About.Items.IndexOf(subject);
                var where = index >= 0 ? $"{path}.About[{index}]" : $"{path}.Stances[{s.Stances.Items.IndexOf(s.Stances.First(t => t.Subject == subject))}]";
                check.Error(ErrorCodes.DemandNotOpen, where, $"The demand '{subject.Id}' was withdrawn or replaced; it can no longer be accepted.");
            }
        }
    }

    internal override void Evolve(CaseEvolution evolution)
    {
        var s = Stored;
        evolution.Put(s);
        foreach (var (subject, taken, extent, condition) in Taken(s))
        {
            evolution.Put(new Position(s.Party, subject, taken, extent, Occurred, s.Id, condition));
        }
    }

    private Statement Stored => Statement with { Made = Occurred };

    /// <summary>The stances the statement takes: those it names subject by subject, then its kind's stance on the other
    /// demands, documents and proposals it is about.</summary>
    private static IEnumerable<(SubjectRef Subject, Stance Stance, Extent Extent, string? Condition)> Taken(Statement statement)
    {
        foreach (var stance in statement.Stances)
        {
            yield return (stance.Subject, stance.Effective, stance.Extent, stance.Condition);
        }

        if (statement.KindStance is not { } taken)
        {
            yield break;
        }

        foreach (var subject in statement.About)
        {
            if (subject.Kind is SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal && !statement.Stances.Any(t => t.Subject == subject))
            {
                yield return (subject, taken, statement.Extent, statement.Condition);
            }
        }
    }

    internal override Fact? Redact(Redaction redaction)
    {
        if (redaction.Hides(Statement.Id))
        {
            return null;
        }

        var about = Redaction.Keep(Statement.About, redaction.Hides);
        var stances = Redaction.Keep(Statement.Stances, t => redaction.Hides(t.Subject));
        return about == Statement.About && stances == Statement.Stances ? this : this with { Statement = Statement with { About = about, Stances = stances } };
    }
}
