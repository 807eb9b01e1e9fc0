using NodaTime;

namespace Negotiation.Model.Cli;

/// <summary>What the user asked for: which moment, whose view, which format.</summary>
/// <param name="AsOf">Report the world as it stood at the end of this day, if given.</param>
/// <param name="KnownOn">Report what had been recorded by the end of this day (UTC), if given.</param>
/// <param name="View">Report what this party could see, if given.</param>
/// <param name="Format">Text or JSON.</param>
internal sealed record ReportRequest(LocalDate? AsOf, LocalDate? KnownOn, PartyId? View, ReportFormat Format);
