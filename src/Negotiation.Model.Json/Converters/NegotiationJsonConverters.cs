using System.Text.Json;
using System.Text.Json.Serialization;

namespace Negotiation.Model.Json;

/// <summary>
/// System.Text.Json converters for the model's values, for applications that put facts, moments or ids in JSON of
/// their own (messages, event stores, API payloads): ids as strings and as dictionary keys, moments and windows in the
/// case-file notation (<see cref="DateNotation"/>), facts and cases in their case-file form.
/// </summary>
/// <remarks>
/// Each converter is reflection-free, so it works with source-generated <see cref="JsonSerializerContext"/>s under
/// trimming and NativeAOT. Bad content makes them throw <see cref="JsonException"/>, as System.Text.Json expects; to load
/// a whole file with coded errors and positions, use <see cref="CaseFile.Load(ReadOnlySpan{byte}, CaseFileOptions?)"/>.
/// </remarks>
/// <example>
/// <code>
/// var options = new JsonSerializerOptions().ConfigureForNegotiationModel();
/// var json = JsonSerializer.Serialize(new Dictionary&lt;PartyId, Moment&gt; { [new("nato")] = DateWindow.In(new YearMonth(2022, 1)) }, options);
/// // {"nato":"2022-01"}
/// </code>
/// </example>
public static class NegotiationJsonConverters
{
    /// <summary>Gets every converter below, in one list.</summary>
    public static IReadOnlyList<JsonConverter> All { get; } =
    [
        new IdConverter<PartyId>(PartyId.TryCreate, id => id.Value),
        new IdConverter<RepresentativeId>(RepresentativeId.TryCreate, id => id.Value),
        new IdConverter<TopicId>(TopicId.TryCreate, id => id.Value),
        new IdConverter<DemandId>(DemandId.TryCreate, id => id.Value),
        new IdConverter<ProposalId>(ProposalId.TryCreate, id => id.Value),
        new IdConverter<DocumentId>(DocumentId.TryCreate, id => id.Value),
        new IdConverter<RoundId>(RoundId.TryCreate, id => id.Value),
        new IdConverter<CommitmentId>(CommitmentId.TryCreate, id => id.Value),
        new IdConverter<StatementId>(StatementId.TryCreate, id => id.Value),
        new IdConverter<DeadlineId>(DeadlineId.TryCreate, id => id.Value),
        new IdConverter<DevelopmentId>(DevelopmentId.TryCreate, id => id.Value),
        new IdConverter<AgreementId>(AgreementId.TryCreate, id => id.Value),
        new IdConverter<CaseId>(CaseId.TryCreate, id => id.Value),
        new NotationConverter<Moment>("2022-01", DateNotation.TryParseMoment, DateNotation.Format),
        new NotationConverter<DateWindow>("early 2022-01", DateNotation.TryParseWindow, DateNotation.Format),
        new FactConverter(),
        new CaseConverter(),
    ];

    /// <summary>Adds every converter in <see cref="All"/> to the options.</summary>
    /// <param name="options">The options, not yet used (System.Text.Json freezes options on first use).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The options have been used already.</exception>
    public static JsonSerializerOptions ConfigureForNegotiationModel(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in All)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    private delegate bool TryCreate<T>(string? text, out T id);

    private sealed class IdConverter<T>(TryCreate<T> create, Func<T, string> text) : JsonConverter<T>
        where T : struct
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException($"A {typeof(T).Name} is a JSON string.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Text(value));

        private T Parse(string? value) =>
            create(value, out var id) ? id : throw new JsonException($"'{value}' is not a {typeof(T).Name}: use 1 to 100 lowercase ASCII letters, digits and single hyphens.");

        private string Text(T value)
        {
            var result = text(value);
            return result ?? throw new JsonException($"A default {typeof(T).Name} has no value to write; create ids from a slug.");
        }
    }

    private delegate bool TryParse<T>(string text, out T value, out string? problem);

    /// <summary>A value written as a string in the case-file notation.</summary>
    private sealed class NotationConverter<T>(string example, TryParse<T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"A {typeof(T).Name} is a JSON string such as \"{example}\".");
            }

            return parse(reader.GetString()!, out var value, out var problem) ? value : throw new JsonException(problem);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
    }

    private sealed class FactConverter : JsonConverter<Fact>
    {
        public override Fact Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            try
            {
                return FactReader.ReadFact(new Node(document.RootElement, "$", int.MaxValue));
            }
            catch (ReadFailure failure)
            {
                throw new JsonException($"{failure.Code}: {failure.Message} ({failure.Path} in the fact)");
            }
            catch (ArgumentException e)
            {
                throw new JsonException($"{CaseFileErrorCodes.BadValue}: {e.Message}", e);
            }
        }

        public override void Write(Utf8JsonWriter writer, Fact value, JsonSerializerOptions options) => CaseWriter.WriteFact(writer, value);
    }

    private sealed class CaseConverter : JsonConverter<NegotiationCase>
    {
        public override NegotiationCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var loaded = CaseFile.Load(System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText()));
            return loaded.Succeeded ? loaded.Case : throw new JsonException(loaded.Errors[0].ToString());
        }

        public override void Write(Utf8JsonWriter writer, NegotiationCase value, JsonSerializerOptions options) => CaseWriter.WriteCase(writer, value);
    }
}
