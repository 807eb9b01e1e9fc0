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

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Developments, Development.Id, $"Developments[{Development.Id}]", "development");
        check.Validate(DevelopmentValidator.Instance, Stored);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Development Stored => Development with { Occurred = Occurred };

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}
