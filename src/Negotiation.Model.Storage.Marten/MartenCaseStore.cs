using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.Events;
using Marten;
using Negotiation.Model.Json;
using NodaTime;
using Npgsql;

namespace Negotiation.Model.Storage.Marten;

/// <summary>
/// Keeps cases in PostgreSQL through Marten, the .NET event store: the <see cref="ICaseStore"/> for shared servers.
/// </summary>
/// <remarks>
/// <para>Each case is a Marten event stream keyed by the case id, and each fact one event of it, serialized in its
/// case-file form (<see cref="CaseFile.SaveFactToUtf8Bytes"/>) under its case-file type name (<c>round-held</c>, …); a
/// fact's sequence is its event's stream version, and the event's timestamp is the fact's
/// <see cref="Fact.Recorded"/>, so Marten's own as-of reading (<c>FetchStreamAsync</c> with a timestamp) answers
/// <see cref="LoadKnownOnAsync"/>. The case's title is a small document beside the stream. Appends use Marten's
/// optimistic concurrency: a new stream is started (a second starter collides), an existing one is appended to with
/// its expected version, and PostgreSQL's transaction makes the append all or nothing.</para>
/// <para>The store owns its Marten <c>DocumentStore</c>, in a schema of its own, which Marten creates on first use.
/// Thread-safe; dispose it when the application stops.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var store = new MartenCaseStore("Host=db;Database=negotiations;Username=app;Password=…");
/// var created = await store.CreateAsync(new CaseId("security-guarantees-2021"), "Security guarantees");
/// var appended = await store.AppendAsync(created.Case.Id, expectedVersion: 0, [fact]);
/// </code>
/// </example>
public sealed class MartenCaseStore : ICaseStore, IAsyncDisposable, IDisposable
{
    /// <summary>The schema the store uses unless told otherwise.</summary>
    public const string DefaultSchemaName = "negotiation";

    /// <summary>The titles' document alias, so their table has a fixed name (<c>mt_doc_case_title</c>) that
    /// <see cref="ListAsync"/> can join with Marten's streams table.</summary>
    private const string TitleAlias = "case_title";

    private static readonly JsonSerializerOptions TitleJson = new() { PropertyNameCaseInsensitive = true };

    private readonly DocumentStore store;
    private readonly string connectionString;
    private readonly RecentCases recent = new();

    /// <summary>Creates a store on a PostgreSQL database. Nothing is sent to the server until the first call.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="schemaName">The PostgreSQL schema for the store's tables; <see cref="DefaultSchemaName"/> unless given.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public MartenCaseStore(string connectionString, string schemaName = DefaultSchemaName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaName);
        this.connectionString = connectionString;
        SchemaName = schemaName;
        store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = schemaName;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.UseSystemTextJsonForSerialization(configure: json => json.Converters.Add(new FactConverterFactory()));
            options.Events.StreamIdentity = StreamIdentity.AsString;

            // Event timestamps come from the facts (their Recorded instant), not from the server's clock.
            options.Events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
            foreach (var (name, type) in CaseFile.FactTypes)
            {
                options.Events.MapEventType(type, name);
            }

            options.Schema.For<CaseTitle>().Identity(c => c.Id).DocumentAlias(TitleAlias);
        });
    }

    /// <summary>Gets the PostgreSQL schema of the store's tables.</summary>
    public string SchemaName { get; }

    /// <inheritdoc />
    public async Task<StoreResult> CreateAsync(CaseId id, string title, CancellationToken cancellationToken = default)
    {
        var negotiation = NegotiationCase.Create(id, title);
        await using var session = store.LightweightSession();
        session.Insert(new CaseTitle { Id = id.Value, Title = title });
        try
        {
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentAlreadyExistsException)
        {
            return StoreResult.Failure([StoreErrors.CaseExists(id)]);
        }

        recent.Remember(negotiation);
        return StoreResult.Success(negotiation);
    }

    /// <inheritdoc />
    public async Task<StoreResult> AppendAsync(CaseId id, int expectedVersion, IEnumerable<Fact> facts, CancellationToken cancellationToken = default)
    {
        var list = StoredFacts.Arguments(expectedVersion, facts);
        await using var session = store.LightweightSession();

        // The rules run against the case at the expected version: events up to it never change. When this instance last
        // wrote or read the case at that version it has it already; Marten checks the version in the append either way.
        var current = recent.TryGet(id, expectedVersion, out var known)
            ? StoreResult.Success(known)
            : await ReadCaseAsync(session, id, expectedVersion, null, cancellationToken).ConfigureAwait(false);
        if (!StoredFacts.TryDecide(id, expectedVersion, current, list, out var change, out var refusal))
        {
            return refusal;
        }

        var events = list.Cast<object>().ToArray();
        var action = expectedVersion == 0
            ? session.Events.StartStream(id.Value, events)
            : session.Events.Append(id.Value, expectedVersion + list.Length, events);
        for (var i = 0; i < list.Length; i++)
        {
            action.Events[i].Timestamp = list[i].Recorded.ToDateTimeOffset();
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            return StoreResult.Failure([StoreErrors.VersionConflict(id, expectedVersion, null)]);
        }

        recent.Remember(change.Case);
        return StoreResult.Success(change.Case, change.Warnings);
    }

    /// <inheritdoc />
    public async Task<StoreResult> LoadAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var loaded = await ReadCaseAsync(session, id, null, null, cancellationToken).ConfigureAwait(false);
        if (loaded.TryGetCase(out var negotiation))
        {
            recent.Remember(negotiation);
        }

        return loaded;
    }

    /// <inheritdoc />
    public async Task<StoreResult> LoadKnownOnAsync(CaseId id, Instant knownAt, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await ReadCaseAsync(session, id, null, knownAt, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>One query: each case's title document joined with its stream's version (a case with no facts has no
    /// stream yet, so version 0).</remarks>
    public async Task<ImmutableArray<StoredCase>> ListAsync(CancellationToken cancellationToken = default)
    {
        // Marten makes its tables on first use of a type; the query below names them itself, so make sure they exist.
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(CaseTitle), cancellationToken).ConfigureAwait(false);
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent), cancellationToken).ConfigureAwait(false);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT d.id, d.data::text, COALESCE(s.version, 0) FROM \"{SchemaName}\".mt_doc_{TitleAlias} d LEFT JOIN \"{SchemaName}\".mt_streams s ON s.id = d.id ORDER BY d.id COLLATE \"C\"",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var cases = ImmutableArray.CreateBuilder<StoredCase>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var title = JsonSerializer.Deserialize<CaseTitle>(reader.GetString(1), TitleJson)?.Title ?? string.Empty;
            cases.Add(new StoredCase(new CaseId(reader.GetString(0)), title, checked((int)reader.GetInt64(2))));
        }

        return cases.ToImmutable();
    }

    /// <inheritdoc />
    public async Task<int?> GetVersionAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<CaseTitle>(id.Value, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var state = await session.Events.FetchStreamStateAsync(id.Value, cancellationToken).ConfigureAwait(false);
        return checked((int)(state?.Version ?? 0));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => store.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => store.Dispose();

    private async Task<StoreResult> ReadCaseAsync(IQuerySession session, CaseId id, int? upTo, Instant? knownAt, CancellationToken cancellationToken)
    {
        var title = await session.LoadAsync<CaseTitle>(id.Value, cancellationToken).ConfigureAwait(false);
        if (title is null)
        {
            return StoreResult.Failure([StoreErrors.CaseNotFound(id)]);
        }

        // Marten keeps timestamps to the microsecond: ask up to the next one, and the facts recorded after the instant
        // within it are left out by their own Recorded.
        DateTimeOffset? timestamp = knownAt is { } when ? when.PlusNanoseconds(1000).ToDateTimeOffset() : null;
        IReadOnlyList<IEvent> events;
        try
        {
            events = await session.Events.FetchStreamAsync(id.Value, upTo ?? 0, timestamp, token: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not NpgsqlException)
        {
            return await DiagnoseAsync(id, title.Title, cancellationToken).ConfigureAwait(false);
        }

        var facts = new List<Fact>(events.Count);
        foreach (var e in events)
        {
            if (e.Data is not Fact fact || (knownAt is null && e.Version != facts.Count + 1))
            {
                return await DiagnoseAsync(id, title.Title, cancellationToken).ConfigureAwait(false);
            }

            if (knownAt is not { } at || fact.Recorded <= at)
            {
                facts.Add(fact);
            }
        }

        var recorded = NegotiationCase.Create(id, title.Title).RecordAll(facts);
        return recorded.Succeeded
            ? StoreResult.Success(recorded.Case)
            : StoredFacts.Build(id, title.Title, events.Select(e => (e.Version, (ReadOnlyMemory<byte>)CaseFile.SaveFactToUtf8Bytes((Fact)e.Data))), knownAt);
    }

    /// <summary>Marten could not read the stream: read its rows as stored to find and name the fact that breaks it.</summary>
    private async Task<StoreResult> DiagnoseAsync(CaseId id, string title, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT version, type, data::text FROM \"{SchemaName}\".mt_events WHERE stream_id = @id ORDER BY version", connection);
        command.Parameters.AddWithValue("id", id.Value);
        var rows = new List<(long, ReadOnlyMemory<byte>)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (version, type) = (reader.GetInt64(0), reader.GetString(1));
                if (!CaseFile.FactTypes.ContainsKey(type))
                {
                    return StoreResult.Failure([StoreErrors.UnreadableFact(id, version, $"its event type '{type}' is not a fact type")]);
                }

                rows.Add((version, System.Text.Encoding.UTF8.GetBytes(reader.GetString(2))));
            }
        }

        return StoredFacts.Build(id, title, rows);
    }

    /// <summary>The document that holds a case's title; the stream of the same id holds its facts.</summary>
    internal sealed class CaseTitle
    {
        public string Id { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;
    }

    /// <summary>Writes every fact kind in its case-file form and reads it back with the case-file reader, whatever
    /// the declared type (Marten serializes an event as its own kind).</summary>
    private sealed class FactConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeof(Fact).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(FactConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class FactConverter<T> : JsonConverter<T>
        where T : Fact
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(document.RootElement);
            return CaseFile.TryLoadFact(bytes, out var fact, out var error)
                ? fact as T ?? throw new JsonException($"The fact is a {CaseFile.FactTypeOf(fact)}, not a {typeof(T).Name}.")
                : throw new JsonException(error.ToString());
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteRawValue(CaseFile.SaveFactToUtf8Bytes(value), skipInputValidation: true);
    }
}
