namespace Negotiation.Model.Json;

/// <summary>Where a value sits in the file being read, as a JSON path made only when it is needed: a failure names it, a
/// value read without fault never builds it (on a large file, most paths are never read).</summary>
internal readonly struct PathTo
{
    private readonly Node? parent;
    private readonly string? text;
    private readonly string? name;
    private readonly int index;

    /// <summary>Initialises a path already written out.</summary>
    public PathTo(string text)
    {
        this.text = text;
        index = -1;
    }

    /// <summary>Initialises the path of <paramref name="parent"/>'s property <paramref name="name"/>, or of that property's
    /// item at <paramref name="index"/> when it is 0 or more.</summary>
    public PathTo(Node parent, string name, int index = -1)
    {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    public static implicit operator PathTo(string text) => new(text);

    public static implicit operator string(PathTo path) => path.ToString();

    /// <summary>Gets the path, such as <c>$.facts[3].round.sides[0]</c>.</summary>
    /// <returns>The path.</returns>
    public override string ToString()
    {
        if (text is not null)
        {
            return text;
        }

        if (parent is null || name is null)
        {
            return "$";
        }

        var property = Node.Child(parent.Path, name);
        return index >= 0 ? Node.Item(property, index) : property;
    }
}
