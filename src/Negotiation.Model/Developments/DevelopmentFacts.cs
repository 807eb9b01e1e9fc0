using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>Something happens outside the talks.</summary>
/// <remarks>Refused when the id is taken or the <see cref="DevelopmentValidator"/> finds an error: the description is blank
/// or a party is unknown. Equality is by value.</remarks>
public sealed record DevelopmentOccurred : Fact
{
    /// <summary>Gets the development.</summary>
    public required Development Development { get => field; init => field = Guard.NotNull(value, nameof(Development)); }

    /// <inheritdoc />
    public override string Describe() => $"{Development.Kind}: {Development.Description}";

    internal override void Apply(CaseEditor editor)
    {
        var d = Development with { Occurred = Occurred };
        editor.NewId(editor.Data.Developments, d.Id, $"Developments[{d.Id}]", "development");
        editor.Validate(DevelopmentValidator.Instance, d);
        editor.Data = editor.Data with { Developments = editor.Data.Developments.SetItem(d.Id, d) };
    }
}
