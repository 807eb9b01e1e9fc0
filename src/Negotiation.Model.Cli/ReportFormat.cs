namespace Negotiation.Model.Cli;

/// <summary>How the report is printed.</summary>
internal enum ReportFormat
{
    /// <summary>Tables for people.</summary>
    Text,

    /// <summary>JSON for scripts.</summary>
    Json,
}
