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
        var target = Parse(path);
        var walk = new PathReader(utf8, options);
        try
        {
            while (walk.Read())
            {
                if (!walk.IsValue)
                {
                    continue;
                }

                if (Matches(walk.Frames, walk.Here, target))
                {
                    return LineColumn(utf8, walk.TokenStart);
                }

                walk.Open();
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
        var walk = new PathReader(utf8, options);
        Segment? last = null;
        try
        {
            while (walk.Read())
            {
                if (!walk.IsValue)
                {
                    last = walk.TokenType == JsonTokenType.PropertyName ? new Segment(walk.PendingName, -1) : null;
                    continue;
                }

                last = walk.Here;
                if (walk.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (walk.CurrentDepth >= maxDepth)
                    {
                        var (line, column) = LineColumn(utf8, walk.TokenStart);
                        return (line, column, Render(walk.Frames, walk.Here), $"Objects and arrays nest deeper than {maxDepth} levels.", true);
                    }

                    walk.Open();
                    last = null;
                }
            }

            return (1, 1, "$", "The file holds no JSON value.", false);
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(int.MaxValue - 1, e.LineNumber ?? 0) + 1;
            var column = ColumnOf(utf8, line, (int)Math.Min(int.MaxValue, e.BytePositionInLine ?? 0));
            return (line, column, Render(walk.Frames, last), Reason(e.Message), false);
        }
    }

    /// <summary>The first property named twice in one object, if any: where its second name starts, and its path.</summary>
    /// <remarks>The parser does not look for these (see <c>CaseFile.TryParse</c>); a file that loads has none, because every
    /// object is read through a <see cref="Node"/> whose <see cref="Node.End"/> refuses them, so this runs only for a file
    /// that failed, to report the name twice rather than what it made go wrong.</remarks>
    public static (int Line, int Column, string Path, string Name)? TwiceNamed(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var walk = new PathReader(utf8, options);
        var names = new Stack<HashSet<string>>();
        try
        {
            while (walk.Read())
            {
                if (walk.TokenType == JsonTokenType.PropertyName)
                {
                    if (!names.Peek().Add(walk.PendingName!))
                    {
                        var (line, column) = LineColumn(utf8, walk.TokenStart);
                        return (line, column, Render(walk.Frames, new Segment(walk.PendingName, -1)), walk.PendingName!);
                    }
                }
                else if (walk.TokenType == JsonTokenType.EndObject)
                {
                    names.Pop();
                }
                else if (walk.IsValue)
                {
                    if (walk.TokenType == JsonTokenType.StartObject)
                    {
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                    }

                    walk.Open();
                }
            }
        }
        catch (JsonException)
        {
            // Only called on a document that parsed.
        }

        return null;
    }

    /// <summary>The error for a property named twice in one object.</summary>
    public static string TwiceNamedMessage(string name) => $"The property '{name}' appears twice in one object; keep one.";

    // The segment of the value that starts here: the pending property name in an object, the next index in an array.
    private static Segment Enter(List<Frame> stack, string? pendingName)
    {
        if (stack.Count == 0)
        {
            return new Segment(null, -1);
        }

        var top = stack[^1];
        if (!top.IsArray)
        {
            return new Segment(pendingName, -1);
        }

        stack[^1] = top with { Count = top.Count + 1 };
        return new Segment(null, top.Count);
    }

    private static bool Matches(List<Frame> stack, Segment here, List<Segment> target)
    {
        // The root's frame has no segment of its own; the path's segments follow it.
        var depth = stack.Count;
        if (target.Count == 0 || depth != target.Count)
        {
            return depth == 0 && target.Count == 0;
        }

        for (var i = 1; i < depth; i++)
        {
            if (stack[i].At != target[i - 1])
            {
                return false;
            }
        }

        return here == target[^1];
    }

    private static string Render(List<Frame> stack, Segment? current)
    {
        var path = "$";
        for (var i = 1; i < stack.Count; i++)
        {
            path = Append(path, stack[i].At);
        }

        return current is { } here && stack.Count > 0 ? Append(path, here) : path;

        static string Append(string path, Segment segment) =>
            segment.Name is { } name ? Node.Child(path, name) : segment.Index >= 0 ? Node.Item(path, segment.Index) : path;
    }

    // Reads back the paths Node writes: $.name, $['odd name'], $[3].
    private static List<Segment> Parse(string path)
    {
        var segments = new List<Segment>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(i + 1)..end], -1));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !(path[i] == '\'' && i + 1 < path.Length && path[i + 1] == ']'))
                {
                    if (path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }

                    name.Append(path[i]);
                    i++;
                }

                segments.Add(new Segment(name.ToString(), -1));
                i += 2;
            }
            else
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(null, int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : -2));
                i = end + 1;
            }
        }

        return segments;
    }

    // A property name whose escapes make no text cannot be a path the loader reports; keep its raw bytes.
    private static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    // The reader's message ends with its own "LineNumber: … | BytePositionInLine: …", which the error already carries.
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return utf8.Length - 1;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    public static (int Line, int Column) LineColumn(ReadOnlySpan<byte> utf8, int offset)
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

    private readonly record struct Segment(string? Name, int Index);

    /// <summary>Reads a file token by token and keeps track of where it is (the frames of the objects and arrays it is in,
    /// and the property name the next value follows), for the walks above, which differ only in what they look for.</summary>
    private ref struct PathReader
    {
        private Utf8JsonReader reader;

        public PathReader(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
        {
            reader = new Utf8JsonReader(utf8, options);
            Frames = [];
        }

        /// <summary>Gets the objects and arrays the token is in, the root's first.</summary>
        public List<Frame> Frames { get; }

        /// <summary>Gets the property name read last, until a value follows it.</summary>
        public string? PendingName { get; private set; }

        /// <summary>Gets where the value that starts at the token is (when <see cref="IsValue"/>).</summary>
        public Segment Here { get; private set; }

        /// <summary>Gets whether the token starts a value: not a property name, and not the end of an object or array.</summary>
        public readonly bool IsValue => reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray);

        public readonly JsonTokenType TokenType => reader.TokenType;

        public readonly int TokenStart => (int)reader.TokenStartIndex;

        public readonly int CurrentDepth => reader.CurrentDepth;

        /// <summary>Reads the next token: a name becomes <see cref="PendingName"/>, an end closes its frame, a value gets its
        /// <see cref="Here"/> (an object or array is entered only by <see cref="Open"/>, so a walk can look at it first).</summary>
        public bool Read()
        {
            if (!reader.Read())
            {
                return false;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    PendingName = Name(ref reader);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    Frames.RemoveAt(Frames.Count - 1);
                    break;
                default:
                    Here = Enter(Frames, PendingName);
                    PendingName = null;
                    break;
            }

            return true;
        }

        /// <summary>Enters the object or array that starts at the token, if it is one.</summary>
        public readonly void Open()
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                Frames.Add(new Frame(Here, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
    }

    private readonly record struct Frame(Segment At, bool IsArray, int Count);
}
