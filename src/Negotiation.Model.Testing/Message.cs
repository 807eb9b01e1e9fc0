namespace Negotiation.Model.Testing;

/// <summary>Builds FluentAssertions failure messages from text that may contain braces.</summary>
internal static class Message
{
    /// <summary>Escapes braces so FluentAssertions prints the text as it is instead of reading placeholders.</summary>
    public static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
