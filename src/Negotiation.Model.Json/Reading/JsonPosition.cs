using System.Text;
using System.Text.Json;

namespace Negotiation.Model.Json;

/// <summary>Finds where in the file a JSON path points, and where and why malformed JSON breaks. Runs only when there is
/// an error to report, so a valid file is read once.</summary>
internal static class JsonPosition
{
    /// <summary>The 1-based line and column of the value at <paramref name="path"/> (its first character), or of the
    /// file's start when the path is not found.</summary>
    public static (int Line, int Column) Find(ReadOnlySpan<byte> utf8, string path, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var stack = new List<Frame>();
        var pendingName = default(string);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingName = reader.GetString();
                    continue;
                }

                var here = Current(stack, pendingName);
                pendingName = null;
                if (reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    if (here == path)
                    {
                        return LineColumn(utf8, (int)reader.TokenStartIndex);
                    }
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        stack.Add(new Frame(here, -1));
                        break;
                    case JsonTokenType.StartArray:
                        stack.Add(new Frame(here, -1));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed tail cannot hide the path of an error found before it; report the start.
        }

        return (1, 1);
    }

    /// <summary>Where and at which path malformed JSON breaks, and whether the break is only the depth limit.</summary>
    public static (int Line, int Column, string Path, string Message, bool TooDeep) Break(ReadOnlySpan<byte> utf8, JsonReaderOptions options, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var stack = new List<Frame>();
        var pendingName = default(string);
        var path = "$";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingName = reader.GetString();
                    path = Node.Child(stack.Count == 0 ? "$" : stack[^1].Path, pendingName!);
                    continue;
                }

                var here = Current(stack, pendingName);
                pendingName = null;
                path = here;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            var (line, column) = LineColumn(utf8, (int)reader.TokenStartIndex);
                            return (line, column, here, $"Objects and arrays nest deeper than {maxDepth} levels.", true);
                        }

                        stack.Add(new Frame(here, -1));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        path = stack.Count == 0 ? "$" : stack[^1].Path;
                        break;
                    default:
                        break;
                }
            }

            return (1, 1, "$", "The file holds no JSON value.", false);
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(int.MaxValue - 1, e.LineNumber ?? 0) + 1;
            var column = ColumnOf(utf8, line, (int)Math.Min(int.MaxValue, e.BytePositionInLine ?? 0));
            return (line, column, path, Reason(e.Message), false);
        }
    }

    private static string Current(List<Frame> stack, string? pendingName)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var parent = stack[^1];
        if (pendingName is not null)
        {
            return Node.Child(parent.Path, pendingName);
        }

        var index = parent.Index + 1;
        stack[^1] = parent with { Index = index };
        return Node.Item(parent.Path, index);
    }

    // The reader's message ends with its own "LineNumber: … | BytePositionInLine: …", which the error already carries.
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static (int Line, int Column) LineColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(utf8[lineStart..offset]) + 1);
    }

    private static int ColumnOf(ReadOnlySpan<byte> utf8, int line, int bytePosition)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var end = Math.Min(utf8.Length, start + bytePosition);
        return Encoding.UTF8.GetCharCount(utf8[start..end]) + 1;
    }

    private readonly record struct Frame(string Path, int Index);
}
