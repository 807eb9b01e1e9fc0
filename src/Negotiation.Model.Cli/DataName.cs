using System.Text.Json;

namespace Negotiation.Model.Cli;

/// <summary>Enum values as data: the kebab-case names the case file uses (<c>PartlyRejected</c> is <c>partly-rejected</c>).</summary>
internal static class DataName
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
