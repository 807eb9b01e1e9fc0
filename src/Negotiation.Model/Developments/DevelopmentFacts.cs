namespace Negotiation.Model;

/// <summary>Something happens outside the talks.</summary>
/// <remarks>Refused when the id is taken, the description is blank or a party is unknown. Equality is by value.</remarks>
public sealed record DevelopmentOccurred : Fact
{
    /// <summary>Gets the development.</summary>
    public required Development Development { get => field; init => field = Guard.NotNull(value, nameof(Development)); }

    /// <inheritdoc />
    public override string Describe() => $"{Development.Kind}: {Development.Description}";

    internal override void Apply(CaseEditor editor)
    {
        var d = Development;
        var path = $"Developments[{d.Id}]";
        editor.NewId(editor.Data.Developments, d.Id, path, "development");
        editor.Body(d.Description, path + ".Description");
        editor.Parties(d.Actors, path + ".Actors");
        editor.Parties(d.Targets, path + ".Targets");
        editor.Data = editor.Data with { Developments = editor.Data.Developments.SetItem(d.Id, d with { Occurred = Occurred }) };
    }
}
