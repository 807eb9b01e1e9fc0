using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model;

/// <summary>A person takes up an office on behalf of a party.</summary>
/// <remarks>Refused when the id is taken or the <see cref="RepresentativeValidator"/> finds an error: a name or office is
/// blank, the party is unknown or a named group, or the term ends before it starts. Equality is by value.</remarks>
public sealed record RepresentativeAppointed : Fact
{
    /// <summary>Gets the representative.</summary>
    public required Representative Representative { get => field; init => field = Guard.NotNull(value, nameof(Representative)); }

    /// <inheritdoc />
    public override string Describe() => $"{Representative.Name} holds the office of {Representative.Office} for {Representative.Party}";

    internal override void Apply(CaseEditor editor)
    {
        var r = Representative;
        editor.NewId(editor.Data.Representatives, r.Id, $"Representatives[{r.Id}]", "representative");
        editor.Validate(RepresentativeValidator.Instance, r);
        editor.Data = editor.Data with { Representatives = editor.Data.Representatives.SetItem(r.Id, r) };
    }
}

/// <summary>A representative leaves office.</summary>
/// <remarks>Refused when the representative is unknown, has already left, would leave before the term started, or made a
/// statement recorded after the last day. Equality is by value.</remarks>
public sealed record RepresentativeLeftOffice : Fact
{
    /// <summary>Gets the representative.</summary>
    public required RepresentativeId Representative { get; init; }

    /// <summary>Gets the last day in office.</summary>
    public required LocalDate LastDay { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Representative} left office after {LastDay:uuuu-MM-dd}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Representatives[{Representative}].Term";
        var data = editor.Data;
        if (!editor.Representative(Representative, $"Representatives[{Representative}]"))
        {
            return;
        }

        var r = data.Representatives[Representative];
        if (r.Term.Until is { } until)
        {
            editor.Error(ErrorCodes.AlreadyLeftOffice, path, $"{r.Name} already left office after {until:uuuu-MM-dd}.");
            return;
        }

        var left = r with { Term = r.Term with { Until = LastDay } };
        editor.Validate(RepresentativeValidator.Instance, left, RepresentativeValidator.TermRules);
        editor.Data = data with { Representatives = data.Representatives.SetItem(Representative, left) };

        // The shorter term must still cover every statement they made in office.
        foreach (var statement in data.StatementsBySpeaker.Get(Representative))
        {
            editor.Validate(StatementValidator.Instance, editor.Data.Statements[statement], StatementValidator.SpeakerRules);
        }
    }
}
