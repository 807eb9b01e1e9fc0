using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Negotiation.Model.Json;

/// <summary>
/// Saves a <see cref="NegotiationCase"/> as a case file and loads one back: versioned JSON holding the case's id, title
/// and fact log, every fact with a <c>type</c>, dates in ISO 8601, EDTF and RFC 9557 (see <see cref="DateNotation"/>).
/// </summary>
/// <remarks>
/// <para>Loading never throws for bad content: it returns a <see cref="CaseFileResult"/> with the case, or with coded
/// errors (<see cref="CaseFileErrorCodes"/>) that give the line, column and JSON path, and for a fact the case refuses,
/// the fact's index and the core's own code. A file may carry comments and trailing commas. Loading records the facts
/// with <see cref="NegotiationCase.RecordAll(IEnumerable{Fact})"/>, so a loaded case is exactly the case that recording
/// those facts gives.</para>
/// <para>Saving writes the canonical form: two-space indentation, <c>\n</c> line ends, a fixed property order, optional
/// properties left out when empty; the same case always gives the same bytes, and a canonical file loads and saves back
/// to itself. The format is described by <see cref="Schema"/> (JSON Schema draft 2020-12).</para>
/// <para>No reflection: the reader and writer work on <see cref="Utf8JsonReader"/>-backed <see cref="JsonDocument"/>
/// and <see cref="Utf8JsonWriter"/>, so trimmed and NativeAOT applications use them without warnings.</para>
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("case.json", CaseFile.Save(negotiation));
/// var loaded = CaseFile.Load(File.ReadAllBytes("case.json"));
/// if (!loaded.Succeeded) foreach (var error in loaded.Errors) Console.Error.WriteLine(error);
/// </code>
/// </example>
public static class CaseFile
{
    /// <summary>The value of a case file's <c>format</c> property.</summary>
    public const string FormatName = "negotiation-case";

    /// <summary>The version of the format this library writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // One fact per row or event: no indentation, and none of a file's line end.
    private static readonly JsonWriterOptions FactWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<string> SchemaText = new(ReadSchema);

    /// <summary>Gets every fact type the format knows, by its <c>type</c> discriminator.</summary>
    public static IReadOnlyDictionary<string, Type> FactTypes => Json.FactTypes.ByName;

    /// <summary>Gets the JSON Schema (draft 2020-12) of the format; also shipped as <c>schema/case-file.schema.json</c> in
    /// the package.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Saves a case as a canonical case file.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The file's text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="negotiation"/> is <see langword="null"/>.</exception>
    public static string Save(NegotiationCase negotiation) => System.Text.Encoding.UTF8.GetString(SaveToUtf8Bytes(negotiation));

    /// <summary>Saves a case as a canonical case file, in UTF-8 without a byte order mark.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="negotiation"/> is <see langword="null"/>.</exception>
    public static byte[] SaveToUtf8Bytes(NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        // About 660 bytes per fact in the benchmarks' cases: one growth at most for most files.
        using var buffer = new PooledBuffer(4096 + (int)Math.Min(negotiation.Version * 640L, Array.MaxLength / 2));
        Save(negotiation, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Saves a case as a canonical case file to a stream, in UTF-8 without a byte order mark.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="utf8">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Save(NegotiationCase negotiation, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(utf8);
        using (var writer = new Utf8JsonWriter(utf8, WriterOptions))
        {
            CaseWriter.WriteCase(writer, negotiation);
        }

        utf8.WriteByte((byte)'\n');
    }

    /// <summary>Saves a case as a canonical case file to a buffer, in UTF-8 without a byte order mark.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="utf8">The buffer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Save(NegotiationCase negotiation, IBufferWriter<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(utf8);
        using (var writer = new Utf8JsonWriter(utf8, WriterOptions))
        {
            CaseWriter.WriteCase(writer, negotiation);
        }

        utf8.Write("\n"u8);
    }

    /// <summary>Loads a case file from text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="options">Limits; <see cref="CaseFileOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The case, or the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static CaseFileResult Load(string json, CaseFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= CaseFileOptions.Default;
        if (json.Length > options.MaxBytes)
        {
            return TooLarge(options);
        }

        return Load(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Loads a case file from a stream, reading at most <see cref="CaseFileOptions.MaxBytes"/> bytes.</summary>
    /// <param name="utf8">The stream, in UTF-8 (a byte order mark is allowed).</param>
    /// <param name="options">Limits; <see cref="CaseFileOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The case, or the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CaseFileResult Load(Stream utf8, CaseFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= CaseFileOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                return TooLarge(options);
            }

            buffer.Write(chunk, 0, read);
        }

        return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Loads a case file from its UTF-8 bytes.</summary>
    /// <param name="utf8">The file's bytes (a byte order mark is allowed).</param>
    /// <param name="options">Limits; <see cref="CaseFileOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The case, or the errors.</returns>
    public static CaseFileResult Load(ReadOnlySpan<byte> utf8, CaseFileOptions? options = null)
    {
        options ??= CaseFileOptions.Default;
        if (!Prepare(ref utf8, options, out var readerOptions, out var error))
        {
            return CaseFileResult.Failure([error]);
        }

        // The document reads the caller's bytes where they are, pinned until it is disposed, rather than a copy: a file of
        // tens of megabytes copied is as many megabytes on the large object heap per load, and the collections they cost.
        // Nothing read from the document (strings, facts, errors) keeps a reference to it.
        unsafe
        {
            fixed (byte* start = utf8)
            {
                using var pinned = new PinnedBytes(start, utf8.Length);
                if (!TryParse(pinned.Memory, utf8, options, readerOptions, out var document, out error))
                {
                    return CaseFileResult.Failure([error]);
                }

                using (document)
                {
                    return new Loading(options, readerOptions).Run(document.RootElement, utf8);
                }
            }
        }
    }

    /// <summary>Gets a fact's <c>type</c> in the format (<c>party-registered</c>, <c>round-held</c>, …): the key of
    /// <see cref="FactTypes"/> for the fact's kind.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The type name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    public static string FactTypeOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Json.FactTypes.NameOf(fact);
    }

    /// <summary>Saves one fact in its case-file form: the object a file holds for it in <c>facts</c>, with the same
    /// properties in the same order, written compactly (no indentation, no line end), in UTF-8 without a byte order mark.
    /// For stores and messages that keep one fact per row or event.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The fact's bytes; <see cref="TryLoadFact"/> reads them back to an equal fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    public static byte[] SaveFactToUtf8Bytes(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, FactWriterOptions))
        {
            CaseWriter.WriteFact(writer, fact);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Loads one fact from its case-file form (as <see cref="SaveFactToUtf8Bytes"/> writes it, or as a file
    /// holds it in <c>facts</c>, indented or not), with the same checks and codes as <see cref="Load(ReadOnlySpan{byte}, CaseFileOptions?)"/>
    /// gives a fact in a file. Whether a case accepts the fact is not checked here: record it to know.</summary>
    /// <param name="utf8">The fact's bytes (a byte order mark is allowed).</param>
    /// <param name="fact">The fact, or <see langword="null"/>.</param>
    /// <param name="error">Why the bytes are not a fact (a code from <see cref="CaseFileErrorCodes"/>, the JSON path
    /// from <c>$</c>, the fact's root, and the line and column in <paramref name="utf8"/>), or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="CaseFileOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the bytes are a fact.</returns>
    /// <remarks>Never throws for bad content. Reading stops at the first problem, so there is one error.</remarks>
    public static bool TryLoadFact(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Fact? fact, [NotNullWhen(false)] out CaseFileError? error, CaseFileOptions? options = null)
    {
        options ??= CaseFileOptions.Default;
        fact = null;
        if (!Prepare(ref utf8, options, out var readerOptions, out error) || !TryParse(utf8.ToArray(), utf8, options, readerOptions, out var document, out error))
        {
            return false;
        }

        using (document)
        {
            string? code = null, message = null, path = null;
            try
            {
                fact = FactReader.ReadFact(new Node(document.RootElement, "$", options.MaxStringLength));
                return true;
            }
            catch (ReadFailure failure)
            {
                (code, message, path) = (failure.Code, failure.Message, failure.Path);
            }
            catch (ArgumentException e)
            {
                (code, message, path) = (CaseFileErrorCodes.BadValue, FirstSentence(e.Message), "$");
            }
            catch (InvalidOperationException)
            {
                (code, message, path) = (CaseFileErrorCodes.MalformedJson, Node.LoneSurrogate, "$");
            }

            if (NamedTwice(utf8, readerOptions) is { } twice)
            {
                error = twice;
                return false;
            }

            var (line, column) = JsonPosition.Find(utf8, path, readerOptions);
            error = new CaseFileError(code, message, path, line, column);
            return false;
        }
    }

    /// <summary>Checks the size and UTF-8 of the bytes and drops a byte order mark, or gives the coded error that stops
    /// loading.</summary>
    private static bool Prepare(ref ReadOnlySpan<byte> utf8, CaseFileOptions options, out JsonReaderOptions readerOptions, [NotNullWhen(false)] out CaseFileError? error)
    {
        readerOptions = new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = options.MaxDepth };
        if (utf8.Length > options.MaxBytes)
        {
            error = TooLarge(options).Errors[0];
            return false;
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        // The reader checks UTF-8 only in what it decodes; check it all first so no string fails later.
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            var offset = JsonPosition.FirstInvalidUtf8(utf8);
            var (badLine, badColumn) = JsonPosition.LineColumn(utf8, offset);
            error = new CaseFileError(CaseFileErrorCodes.MalformedJson, $"The file is not valid UTF-8: byte 0x{utf8[offset]:X2} at offset {offset} does not belong to a character; save the file as UTF-8.", "$", badLine, badColumn);
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Parses the prepared bytes (<paramref name="bytes"/>, the same as <paramref name="utf8"/>, which error
    /// positions are counted in), or gives the coded error that stops loading.</summary>
    /// <remarks>A property named twice in one object is refused by the object's <see cref="Node.End"/> (every object the
    /// format has is read through a <see cref="Node"/>), not by the parser: the parser's own check decodes and hashes every
    /// property name of the file, about a fifth of the parse, to find what only an object with more properties than were
    /// read can hold.</remarks>
    private static bool TryParse(ReadOnlyMemory<byte> bytes, ReadOnlySpan<byte> utf8, CaseFileOptions options, JsonReaderOptions readerOptions, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out CaseFileError? error)
    {
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
                MaxDepth = options.MaxDepth,
            });
            error = null;
            return true;
        }
        catch (JsonException)
        {
            var (line, column, path, message, tooDeep) = JsonPosition.Break(utf8, readerOptions with { MaxDepth = options.MaxDepth + 1 }, options.MaxDepth);
            if (!tooDeep && message == "The file holds no JSON value.")
            {
                message = "The file is not well-formed JSON.";
            }

            document = null;
            error = new CaseFileError(tooDeep ? CaseFileErrorCodes.TooDeep : CaseFileErrorCodes.MalformedJson, message, path, line, column);
            return false;
        }
    }

    /// <summary>The error for the first property named twice in one object of bytes that failed to load, if there is one
    /// (see <see cref="JsonPosition.TwiceNamed"/>).</summary>
    private static CaseFileError? NamedTwice(ReadOnlySpan<byte> utf8, JsonReaderOptions readerOptions) =>
        JsonPosition.TwiceNamed(utf8, readerOptions) is var (line, column, path, name)
            ? new CaseFileError(CaseFileErrorCodes.MalformedJson, JsonPosition.TwiceNamedMessage(name), path, line, column)
            : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static CaseFileResult TooLarge(CaseFileOptions options) =>
        CaseFileResult.Failure([new CaseFileError(CaseFileErrorCodes.TooLarge, $"The file is larger than {options.MaxBytes:N0} bytes; raise CaseFileOptions.MaxBytes if it is meant to be.", "$", 0, 0)]);

    private static string ReadSchema()
    {
        using var stream = typeof(CaseFile).Assembly.GetManifestResourceStream("Negotiation.Model.Json.case-file.schema.json")
            ?? throw new InvalidOperationException("The schema resource is missing from Negotiation.Model.Json; the package is damaged.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class Loading(CaseFileOptions options, JsonReaderOptions readerOptions)
    {
        private readonly List<(string Code, string Message, string Path, int? Fact)> problems = [];

        public CaseFileResult Run(JsonElement rootElement, ReadOnlySpan<byte> utf8)
        {
            var (id, title, facts) = ReadAll(rootElement);
            if (problems.Count > 0 && NamedTwice(utf8, readerOptions) is { } twice)
            {
                // A name twice is what is wrong with the file, whatever it made go wrong after it.
                return CaseFileResult.Failure([twice with { FactIndex = FactIndexOf(twice.Path) }]);
            }

            if (problems.Count == 0)
            {
                var recorded = NegotiationCase.Create(id, title).RecordAll(facts);
                if (recorded.Succeeded)
                {
                    return CaseFileResult.Success(recorded.Case, recorded.Warnings);
                }

                Refused(recorded);
            }

            var errors = new List<CaseFileError>(problems.Count);
            foreach (var (code, message, path, fact) in problems)
            {
                var (line, column) = JsonPosition.Find(utf8, path, readerOptions);
                errors.Add(new CaseFileError(code, message, path, line, column, fact));
            }

            return CaseFileResult.Failure(errors);
        }

        private (CaseId Id, string Title, List<Fact> Facts) ReadAll(JsonElement rootElement)
        {
            var facts = new List<Fact>();
            Node root;
            try
            {
                root = new Node(rootElement, "$", options.MaxStringLength);
                if (root.OptionalString("format") is not CaseFile.FormatName)
                {
                    throw new ReadFailure(CaseFileErrorCodes.NotACaseFile, $"This is not a case file: it needs \"format\": \"{FormatName}\".", root.TryGet("format", out _) ? "$.format" : "$");
                }

                var version = root.TryGet("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number) ? number : (int?)null;
                if (version != FormatVersion)
                {
                    throw new ReadFailure(CaseFileErrorCodes.UnsupportedVersion, $"This library reads case files of version {FormatVersion}; the file says {(version is null ? "no version" : "version " + version)}.", version is null && !root.TryGet("version", out _) ? "$" : "$.version");
                }

                _ = root.OptionalString("$schema");
                var idText = root.String("id");
                var id = CaseId.TryCreate(idText, out var caseId)
                    ? caseId
                    : throw new ReadFailure(CaseFileErrorCodes.BadId, $"'{idText}' is not a case id: use 1 to 100 lowercase ASCII letters, digits and single hyphens.", "$.id");
                var title = root.String("title");
                if (string.IsNullOrWhiteSpace(title))
                {
                    throw new ReadFailure(CaseFileErrorCodes.BadValue, "The title is blank; give the case a title.", "$.title");
                }

                var items = root.Array("facts", required: true);
                facts.Capacity = items.Count;
                var index = 0;
                foreach (var (element, path) in items)
                {
                    if (problems.Count >= options.MaxErrors)
                    {
                        break;
                    }

                    try
                    {
                        facts.Add(FactReader.ReadFact(root.ObjectAt(element, path)));
                    }
                    catch (ReadFailure failure)
                    {
                        problems.Add((failure.Code, failure.Message, failure.Path, index));
                    }
                    catch (ArgumentException e)
                    {
                        problems.Add((CaseFileErrorCodes.BadValue, FirstSentence(e.Message), path, index));
                    }
                    catch (InvalidOperationException)
                    {
                        // A property name whose escapes make no text (a lone surrogate) fails as it is decoded.
                        problems.Add((CaseFileErrorCodes.MalformedJson, Node.LoneSurrogate, path, index));
                    }

                    index++;
                }

                root.End();
                return (id, title, facts);
            }
            catch (ReadFailure failure)
            {
                problems.Add((failure.Code, failure.Message, failure.Path, null));
                return (default, string.Empty, facts);
            }
            catch (InvalidOperationException)
            {
                problems.Add((CaseFileErrorCodes.MalformedJson, Node.LoneSurrogate, "$", null));
                return (default, string.Empty, facts);
            }
        }

        // The index of the fact a path is in ($.facts[3]…), if it is in one.
        private static int? FactIndexOf(string path)
        {
            const string Facts = "$.facts[";
            if (!path.StartsWith(Facts, StringComparison.Ordinal))
            {
                return null;
            }

            var end = path.IndexOf(']', Facts.Length);
            return end > 0 && int.TryParse(path.AsSpan(Facts.Length, end - Facts.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : null;
        }

        // RecordAll refuses the whole list and names the fact it refused.
        private void Refused(ChangeResult refused)
        {
            var i = refused.RefusedAt ?? 0;
            foreach (var error in refused.Errors)
            {
                problems.Add((error.ErrorCode, $"The case refuses this fact: {error.ErrorMessage} ({error.PropertyName})", Node.Item("$.facts", i), i));
            }
        }
    }
}
