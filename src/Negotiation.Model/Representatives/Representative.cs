using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>A person who holds an office on behalf of a party ("Sergei Lavrov, Foreign Minister of Russia").</summary>
/// <remarks>
/// <para>A representative speaks only for their own <see cref="Party"/> and only within their <see cref="Term"/>; a case
/// refuses statements that break either rule. Equality is by value.</para>
/// </remarks>
/// <param name="Id">The representative's id.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Office">The office held ("Foreign Minister", "EU High Representative").</param>
/// <param name="Party">The party the person speaks for.</param>
/// <param name="Term">The period in office.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Representative(RepresentativeId Id, string Name, string Office, PartyId Party, TermOfOffice Term)
{
    /// <summary>Gets the representative's id.</summary>
    public RepresentativeId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the person's name.</summary>
    public string Name { get; init => field = Guard.NotNull(value, nameof(Name)); } = Guard.NotNull(Name, nameof(Name));

    /// <summary>Gets the office held.</summary>
    public string Office { get; init => field = Guard.NotNull(value, nameof(Office)); } = Guard.NotNull(Office, nameof(Office));

    /// <summary>Gets the party the person speaks for.</summary>
    public PartyId Party { get; init => field = Guard.Id(value, value.IsValid, nameof(Party)); } = Guard.Id(Party, Party.IsValid, nameof(Party));

    /// <summary>Gets the kind, id and name in one short, culture-invariant line, such as <c>Representative lavrov (Sergey Lavrov)</c>; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Representative), Id.ToString(), Name);
}
