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

    internal override void Apply(CaseEditor editor)
    {
        var s = Statement with { Made = Occurred };
        var path = $"Statements[{s.Id}]";
        editor.NewId(editor.Data.Statements, s.Id, path, "statement");
        editor.Validate(StatementValidator.Instance, s);

        var stance = StanceOf(s);
        var positions = editor.Data.Positions;
        if (stance is { } taken && !editor.HasErrors)
        {
            for (var i = 0; i < s.About.Count; i++)
            {
                var subject = s.About[i];
                if (subject.Kind is not (SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal))
                {
                    continue;
                }

                if (subject.Kind == SubjectKind.Demand && taken is Stance.Accepts or Stance.AcceptsConditionally
                    && !editor.Data.DemandLifecycles[new DemandId(subject.Id)].IsStanding)
                {
                    editor.Error(ErrorCodes.DemandNotOpen, $"{path}.About[{i}]", $"The demand '{subject.Id}' was withdrawn or replaced; it can no longer be accepted.");
                    continue;
                }

                var key = new PositionKey(s.Party, subject);
                var history = positions.TryGetValue(key, out var existing) ? existing : [];
                positions = positions.SetItem(key, history.Add(new Position(s.Party, subject, taken, s.Extent, Occurred, s.Id, s.Condition)));
            }
        }

        editor.Data = editor.Data with
        {
            Statements = editor.Data.Statements.SetItem(s.Id, s),
            Positions = positions,
            SpokenUntil = s.Speaker is { } speaker ? SpeakerIndex.Spoke(editor.Data.SpokenUntil, speaker, Occurred.Window.Start) : editor.Data.SpokenUntil,
        };
    }

    private static Stance? StanceOf(Statement statement) => statement.Kind switch
    {
        StatementKind.Acceptance => statement.Condition is null ? Stance.Accepts : Stance.AcceptsConditionally,
        StatementKind.Rejection => Stance.Rejects,
        StatementKind.Proposal => Stance.OpenToDiscuss,
        _ => null,
    };
}
