namespace Negotiation.Model;

/// <summary>A party or one of its representatives says something. Acceptances, rejections and proposals about demands,
/// documents or proposals update the party's positions.</summary>
/// <remarks>Refused when the id is taken, the quote is blank, the party, speaker, an addressee or a subject is unknown,
/// the speaker represents another party or was not in office then, or the statement accepts a demand that was withdrawn
/// or replaced. Equality is by value.</remarks>
public sealed record StatementMade : Fact
{
    /// <summary>Gets the statement.</summary>
    public required Statement Statement { get => field; init => field = Guard.NotNull(value, nameof(Statement)); }

    /// <inheritdoc />
    public override string Describe() =>
        $"{Statement.Speaker?.ToString() ?? Statement.Party.ToString()} ({Statement.Kind.ToString().ToLowerInvariant()}): \"{Statement.Quote}\"";

    internal override void Apply(CaseEditor editor)
    {
        var s = Statement;
        var path = $"Statements[{s.Id}]";
        editor.NewId(editor.Data.Statements, s.Id, path, "statement");
        editor.Body(s.Quote, path + ".Quote");
        editor.Party(s.Party, path + ".Party");
        editor.Parties(s.Addressees, path + ".Addressees");
        editor.Subjects(s.About, path + ".About");
        if (s.Speaker is { } speakerId && editor.Representative(speakerId, path + ".Speaker"))
        {
            var speaker = editor.Data.Representatives[speakerId];
            if (speaker.Party != s.Party)
            {
                editor.Error(ErrorCodes.SpeaksForOtherParty, path + ".Speaker", $"{speaker.Name} speaks for '{speaker.Party}', not for '{s.Party}'.");
            }

            if (speaker.Term.Covers(Occurred).IsNo)
            {
                editor.Error(ErrorCodes.StatementOutsideTerm, path + ".Speaker", $"{speaker.Name} was not {speaker.Office} on {Occurred} (term {speaker.Term.From:uuuu-MM-dd} to {speaker.Term.Until?.ToString("uuuu-MM-dd", null) ?? "now"}).");
            }
        }

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
            Statements = editor.Data.Statements.SetItem(s.Id, s with { Made = Occurred }),
            Positions = positions,
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
