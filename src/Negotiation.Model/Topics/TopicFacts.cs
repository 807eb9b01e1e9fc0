namespace Negotiation.Model;

/// <summary>A topic is named, possibly as narrower than another.</summary>
/// <remarks>Refused when the id is taken, the name is blank or the broader topic is unknown or the topic itself. Since a
/// broader topic must exist first, the hierarchy can never loop. Equality is by value.</remarks>
public sealed record TopicDefined : Fact
{
    /// <summary>Gets the topic.</summary>
    public required Topic Topic { get => field; init => field = Guard.NotNull(value, nameof(Topic)); }

    /// <inheritdoc />
    public override string Describe() => Topic.Broader is { } broader ? $"topic '{Topic.Name}' (within {broader})" : $"topic '{Topic.Name}'";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Topics[{Topic.Id}]";
        editor.NewId(editor.Data.Topics, Topic.Id, path, "topic");
        editor.Name(Topic.Name, path + ".Name");
        if (Topic.Broader is { } broader)
        {
            if (broader == Topic.Id)
            {
                editor.Error(ErrorCodes.TopicIsOwnBroader, path + ".Broader", "A topic cannot be broader than itself; name another topic or none.");
            }
            else
            {
                editor.Topic(broader, path + ".Broader");
            }
        }

        editor.Data = editor.Data with { Topics = editor.Data.Topics.SetItem(Topic.Id, Topic) };
    }
}
