namespace Negotiation.Model.Json;

/// <summary>Thrown inside the reader to abandon one fact; caught at the fact and turned into a <see cref="CaseFileError"/>.
/// It never leaves the package.</summary>
internal sealed class ReadFailure(string code, string message, string path) : Exception(message)
{
    public string Code { get; } = code;

    public string Path { get; } = path;
}
