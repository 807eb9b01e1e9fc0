using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A topic is named, possibly as narrower than another.</summary>
/// <remarks>Refused when the id is taken, the name is blank or the broader topic is unknown or the topic itself. Since a
/// broader topic must exist first, the hierarchy can never loop. Equality is by value.</remarks>
public sealed record TopicDefined : Fact
{
    /// <summary>Gets the topic.</summary>
    public required Topic Topic { get => field; init => field = Guard.NotNull(value, nameof(Topic)); }

    /// <inheritdoc />
    public override string Describe() => Topic.Broader is { } broader ? $"topic '{Topic.Name}' (within {broader})" : $"topic '{Topic.Name}'";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Topics, Topic.Id, $"Topics[{Topic.Id}]", "topic");
        check.Validate(TopicValidator.Instance, Topic);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Topic);

    /// <remarks>Nothing in it can be hidden from a party.</remarks>
    internal override Fact? Redact(Redaction redaction) => this;
}
