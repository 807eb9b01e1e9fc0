using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>Something that happens outside the talks that the talks depend on or react to: a troop build-up, the
/// recognition of a breakaway region, an invasion, a leak.</summary>
/// <remarks>
/// <para>When it happened is the time of the <see cref="DevelopmentOccurred"/> fact that records it, copied into
/// <see cref="Occurred"/> by the case. Preconditions refer to developments by kind ("only if no invasion happens"), so a
/// development that has not happened needs no id. Equality is by value.</para>
/// </remarks>
/// <param name="Id">The development's id.</param>
/// <param name="Kind">What sort of development it is.</param>
/// <param name="Description">What happened, in words.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Development(DevelopmentId Id, DevelopmentKind Kind, string Description)
{
    /// <summary>Gets the development's id.</summary>
    public DevelopmentId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets what happened, in words.</summary>
    public string Description { get; init => field = Guard.NotNull(value, nameof(Description)); } = Guard.NotNull(Description, nameof(Description));

    /// <summary>Gets the parties that act in it (the invader, the party that recognises).</summary>
    public EquatableArray<PartyId> Actors { get; init; }

    /// <summary>Gets the parties it is directed at or concerns (the invaded state).</summary>
    public EquatableArray<PartyId> Targets { get; init; }

    /// <summary>Gets when it happened (filled in by the case).</summary>
    public Moment Occurred { get; internal init; }

    /// <summary>Gets whether the development involves <paramref name="party"/> as actor or target.</summary>
    /// <param name="party">The party.</param>
    /// <returns><see langword="true"/> when the party is named.</returns>
    public bool Concerns(PartyId party) => Actors.Contains(party) || Targets.Contains(party);

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Development), Id.ToString(), Description);
}
