using System.Text.Json;

namespace Negotiation.Model.Json;

/// <summary>One JSON object of the file being read, with its path; reads its properties by name and, at the end, refuses
/// the ones it did not ask for.</summary>
internal sealed class Node
{
    private readonly int maxString;
    private readonly List<string> asked = new(8);
    private readonly PathTo at;
    private int found;
    private string? path;

    /// <summary>What is wrong with a string whose escapes do not make text.</summary>
    public const string LoneSurrogate = "The string escapes half of a surrogate pair (such as \\ud800 alone); it is not text.";

    public Node(JsonElement element, PathTo path, int maxString)
    {
        this.maxString = maxString;
        at = path;
        Element = element.ValueKind == JsonValueKind.Object
            ? element
            : throw new ReadFailure(CaseFileErrorCodes.WrongJsonType, $"Expected an object here, found {Kind(element)}.", path);
    }

    public JsonElement Element { get; }

    /// <summary>Gets the object's JSON path, made on first use.</summary>
    public string Path => path ??= at.ToString();

    /// <summary>Gets the path of the property <paramref name="name"/> of this object, without making it.</summary>
    public PathTo At(string name) => new(this, name);

    public static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Child(string path, string name) =>
        IsPlain(name) ? path + "." + name : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Item(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public bool TryGet(string name, out JsonElement value)
    {
        // Each name once, and how many of them the object has (null or not): End compares that with its property count.
        var present = Element.TryGetProperty(name, out value);
        if (!asked.Contains(name))
        {
            asked.Add(name);
            found += present ? 1 : 0;
        }

        return present && value.ValueKind != JsonValueKind.Null;
    }

    public JsonElement Required(string name) =>
        TryGet(name, out var value)
            ? value
            : throw new ReadFailure(CaseFileErrorCodes.MissingProperty, $"The property '{name}' is required here.", Path);

    public Node Object(string name) => new(Required(name), At(name), maxString);

    public Node? OptionalObject(string name) => TryGet(name, out var value) ? new Node(value, At(name), maxString) : null;

    public Node ObjectAt(JsonElement element, PathTo path) => new(element, path, maxString);

    public string String(string name) => StringValue(Required(name), At(name));

    public string? OptionalString(string name) => TryGet(name, out var value) ? StringValue(value, At(name)) : null;

    public string StringValue(JsonElement value, PathTo path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ReadFailure(CaseFileErrorCodes.WrongJsonType, $"Expected a string here, found {Kind(value)}.", path);
        }

        // The raw UTF-8 length bounds the decoded length from above, so most strings are checked without decoding twice.
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new ReadFailure(CaseFileErrorCodes.MalformedJson, LoneSurrogate, path);
        }

        return text.Length <= maxString
            ? text
            : throw new ReadFailure(CaseFileErrorCodes.StringTooLong, $"The string is longer than {maxString:N0} characters.", path);
    }

    public bool Boolean(string name, bool fallback)
    {
        if (!TryGet(name, out var value))
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ReadFailure(CaseFileErrorCodes.WrongJsonType, $"Expected true or false here, found {Kind(value)}.", At(name)),
        };
    }

    public int Int(string name, int? fallback = null)
    {
        if (!TryGet(name, out var value))
        {
            return fallback ?? throw new ReadFailure(CaseFileErrorCodes.MissingProperty, $"The property '{name}' is required here.", Path);
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new ReadFailure(CaseFileErrorCodes.WrongJsonType, $"Expected a whole number here, found {Kind(value)}.", At(name));
    }

    public decimal? OptionalDecimal(string name) =>
        !TryGet(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number
        : throw new ReadFailure(CaseFileErrorCodes.WrongJsonType, $"Expected a number here, found {Kind(value)}.", At(name));

    /// <summary>Gets the items of the array property <paramref name="name"/>, each with its path, and how many there are
    /// (none when an optional property is absent or null).</summary>
    public ArrayItems Array(string name, bool required)
    {
        if (!TryGet(name, out var value))
        {
            return required
                ? throw new ReadFailure(CaseFileErrorCodes.MissingProperty, $"The property '{name}' is required here.", Path)
                : default;
        }

        return value.ValueKind == JsonValueKind.Array
            ? new ArrayItems(this, name, value)
            : throw new ReadFailure(CaseFileErrorCodes.WrongJsonType, $"Expected an array here, found {Kind(value)}.", At(name));
    }

    /// <summary>Refuses any property that was not asked for, so a misspelt name is reported rather than ignored.</summary>
    public void End()
    {
        // Every distinct name asked for that the object has is at least one of its properties; as many of them as it has
        // properties means each property was asked for, with no name compared or made. Only an object with a property
        // not asked for, or with a name twice, goes on to the walks below.
        if (found == Element.GetPropertyCount())
        {
            return;
        }

        // The parser leaves a name twice in one object to this walk (CaseFile.TryParse); the count above proves there is
        // none in an object that does not come here.
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in Element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                throw new ReadFailure(CaseFileErrorCodes.MalformedJson, JsonPosition.TwiceNamedMessage(property.Name), Child(Path, property.Name));
            }
        }

        foreach (var property in Element.EnumerateObject())
        {
            if (!asked.Contains(property.Name))
            {
                throw new ReadFailure(
                    CaseFileErrorCodes.UnknownProperty,
                    $"'{property.Name}' is not a property of this object; expected {string.Join(", ", asked.Select(n => "'" + n + "'"))}.",
                    Child(Path, property.Name));
            }
        }
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The items of one array property of a <see cref="Node"/>, each with its path: a struct with a struct
/// enumerator, so reading the many short id lists of a case file allocates nothing for the walk, and with the count, so
/// each list is built at its size (or not at all when it is empty).</summary>
internal readonly struct ArrayItems
{
    private readonly Node? owner;
    private readonly string? name;
    private readonly JsonElement array;

    public ArrayItems(Node owner, string name, JsonElement array)
    {
        this.owner = owner;
        this.name = name;
        this.array = array;
        Count = array.GetArrayLength();
    }

    /// <summary>Gets the number of items.</summary>
    public int Count { get; }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Walks the items in order.</summary>
    public struct Enumerator
    {
        private readonly ArrayItems items;
        private JsonElement.ArrayEnumerator inner;
        private int index;

        public Enumerator(ArrayItems items)
        {
            this.items = items;
            inner = items.Count == 0 ? default : items.array.EnumerateArray();
            index = -1;
        }

        public readonly (JsonElement Element, PathTo Path) Current => (inner.Current, new PathTo(items.owner!, items.name!, index));

        public bool MoveNext()
        {
            if (items.Count == 0 || !inner.MoveNext())
            {
                return false;
            }

            index++;
            return true;
        }
    }
}
