using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>What is negotiated: "security guarantees", "NATO enlargement", "European security".</summary>
/// <remarks>
/// <para>A topic may name a <see cref="Broader"/> topic; "NATO enlargement" is narrower than "European security". A case
/// refuses a topic whose broader topic is unknown or whose chain of broader topics loops. Equality is by value.</para>
/// </remarks>
/// <param name="Id">The topic's id.</param>
/// <param name="Name">The topic's name.</param>
/// <param name="Broader">The broader topic, if any.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Topic(TopicId Id, string Name, TopicId? Broader = null)
{
    /// <summary>Gets the topic's id.</summary>
    public TopicId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the topic's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value, nameof(Name)); } = Guard.NotNull(Name, nameof(Name));

    /// <summary>Gets the kind, id and name in one short, culture-invariant line, such as <c>Topic nato-enlargement (NATO enlargement)</c>; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Topic), Id.ToString(), Name);
}
