using NodaTime;

namespace Negotiation.Model;

/// <summary>A person takes up an office on behalf of a party.</summary>
/// <remarks>Refused when the id is taken, a name or office is blank, the party is unknown or the term ends before it
/// starts. Equality is by value.</remarks>
public sealed record RepresentativeAppointed : Fact
{
    /// <summary>Gets the representative.</summary>
    public required Representative Representative { get => field; init => field = Guard.NotNull(value, nameof(Representative)); }

    /// <inheritdoc />
    public override string Describe() => $"{Representative.Name} holds the office of {Representative.Office} for {Representative.Party}";

    internal override void Apply(CaseEditor editor)
    {
        var r = Representative;
        var path = $"Representatives[{r.Id}]";
        editor.NewId(editor.Data.Representatives, r.Id, path, "representative");
        editor.Name(r.Name, path + ".Name");
        editor.Name(r.Office, path + ".Office");
        editor.Party(r.Party, path + ".Party");
        if (r.Term.Until is { } until && until < r.Term.From)
        {
            editor.Error(ErrorCodes.TermEndsBeforeStart, path + ".Term", $"The term ends ({until:uuuu-MM-dd}) before it starts ({r.Term.From:uuuu-MM-dd}).");
        }

        editor.Data = editor.Data with { Representatives = editor.Data.Representatives.SetItem(r.Id, r) };
    }
}

/// <summary>A representative leaves office.</summary>
/// <remarks>Refused when the representative is unknown, has already left, or would leave before the term started.
/// Equality is by value.</remarks>
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
        if (!editor.Representative(Representative, $"Representatives[{Representative}]"))
        {
            return;
        }

        var r = editor.Data.Representatives[Representative];
        if (r.Term.Until is { } until)
        {
            editor.Error(ErrorCodes.AlreadyLeftOffice, path, $"{r.Name} already left office after {until:uuuu-MM-dd}.");
            return;
        }

        if (LastDay < r.Term.From)
        {
            editor.Error(ErrorCodes.TermEndsBeforeStart, path, $"{r.Name} cannot leave office ({LastDay:uuuu-MM-dd}) before taking it ({r.Term.From:uuuu-MM-dd}).");
            return;
        }

        editor.Data = editor.Data with { Representatives = editor.Data.Representatives.SetItem(Representative, r with { Term = r.Term with { Until = LastDay } }) };
    }
}
