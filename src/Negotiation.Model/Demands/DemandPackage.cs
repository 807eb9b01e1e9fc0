namespace Negotiation.Model;

/// <summary>A package of demands that one party insists on all together: its name (which identifies it in the case), its
/// author and the demands tabled in it.</summary>
/// <remarks>
/// <para>A demand joins a package by naming it (<see cref="Demand.Package"/>); the case refuses a package that mixes
/// authors (<see cref="ErrorCodes.PackageMixesAuthors"/>), so the name is the package's id within a case. The package is
/// built from the demands when asked (<see cref="DemandQueries.Packages(NegotiationCase)"/>), so it cannot drift from
/// them.</para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <param name="Name">The package's name, its id in the case.</param>
/// <param name="Author">The party that tabled it.</param>
/// <param name="Demands">The demands in it, in id order.</param>
public sealed record DemandPackage(string Name, PartyId Author, EquatableArray<DemandId> Demands);
