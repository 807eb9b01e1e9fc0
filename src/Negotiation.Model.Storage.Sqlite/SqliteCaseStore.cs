using System.Collections.Immutable;
using System.Text;
using Microsoft.Data.Sqlite;
using Negotiation.Model.Json;
using NodaTime;

namespace Negotiation.Model.Storage.Sqlite;

/// <summary>
/// Keeps cases in one SQLite file: the embedded default <see cref="ICaseStore"/>, nothing to install.
/// </summary>
/// <remarks>
/// <para>The file holds two tables: <c>cases</c> (id, title, version) and the append-only <c>facts</c> (case id,
/// sequence, the fact's kind, its recorded instant in Unix ticks, and the fact as case-file JSON,
/// <see cref="CaseFile.SaveFactToUtf8Bytes"/>); triggers refuse every update or delete of a fact. The journal is in WAL
/// mode, so readers never block the writer. An append checks the case's rules against the case at the expected version,
/// then writes its facts in one <c>BEGIN IMMEDIATE</c> transaction that first checks the version again: two writers
/// racing on one case, in one process or several, serialize on SQLite's write lock, and the second finds the version
/// moved and gets <see cref="StoreErrorCodes.VersionConflict"/>. A process killed during an append leaves the file with
/// all of that append or none of it (SQLite's atomic commit).</para>
/// <para>Thread-safe: each call opens a pooled connection of its own. Disposing the store closes the pooled connections,
/// which lets SQLite fold the WAL file back into the database and release the file.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var store = await SqliteCaseStore.OpenAsync("negotiations.db");
/// var created = await store.CreateAsync(new CaseId("security-guarantees-2021"), "Security guarantees");
/// var appended = await store.AppendAsync(created.Case.Id, expectedVersion: 0, [fact]);
/// var loaded = await store.LoadAsync(created.Case.Id);
/// </code>
/// </example>
public sealed class SqliteCaseStore : ICaseStore, IAsyncDisposable, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS cases (
            id TEXT NOT NULL PRIMARY KEY,
            title TEXT NOT NULL,
            version INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE IF NOT EXISTS facts (
            case_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL,
            recorded INTEGER NOT NULL,
            fact TEXT NOT NULL,
            PRIMARY KEY (case_id, sequence)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS facts_by_recorded ON facts (case_id, recorded);
        CREATE TRIGGER IF NOT EXISTS facts_no_update BEFORE UPDATE ON facts
            BEGIN SELECT RAISE(ABORT, 'facts are append-only: a stored fact is never changed'); END;
        CREATE TRIGGER IF NOT EXISTS facts_no_delete BEFORE DELETE ON facts
            BEGIN SELECT RAISE(ABORT, 'facts are append-only: a stored fact is never deleted'); END;
        """;

    private readonly string connectionString;
    private readonly RecentCases recent = new();

    private SqliteCaseStore(string path, string connectionString)
    {
        Path = path;
        this.connectionString = connectionString;
    }

    /// <summary>Gets the full path of the store's file.</summary>
    public string Path { get; }

    /// <summary>Opens the store in a file, creating the file and its tables when they do not exist.</summary>
    /// <param name="path">The file's path; its folder must exist.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or is not a SQLite database.</exception>
    public static async Task<SqliteCaseStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        var store = new SqliteCaseStore(fullPath, connectionString);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Schema);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    public async Task<StoreResult> CreateAsync(CaseId id, string title, CancellationToken cancellationToken = default)
    {
        var negotiation = NegotiationCase.Create(id, title);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "INSERT INTO cases (id, title, version) VALUES ($id, $title, 0) ON CONFLICT (id) DO NOTHING", ("$id", id.Value), ("$title", title));
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (inserted != 1)
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
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // The rules run against the case at the expected version, outside the write lock: facts up to it never change.
        // When this instance last wrote or read the case at that version it has it already; the version is checked
        // against the file inside the transaction below either way.
        var current = recent.TryGet(id, expectedVersion, out var known)
            ? StoreResult.Success(known)
            : await ReadCaseAsync(connection, id, expectedVersion, null, cancellationToken).ConfigureAwait(false);
        if (!StoredFacts.TryDecide(id, expectedVersion, current, list, out var change, out var refusal))
        {
            return refusal;
        }

        var rows = list.Select(f => (Kind: CaseFile.FactTypeOf(f), Recorded: f.Recorded.ToUnixTimeTicks(), Json: Encoding.UTF8.GetString(CaseFile.SaveFactToUtf8Bytes(f)))).ToList();

        // BEGIN IMMEDIATE: the write lock is taken before the version is read again, so no other writer slips between.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = await VersionAsync(connection, id, cancellationToken).ConfigureAwait(false);
        if (version != expectedVersion)
        {
            return StoreResult.Failure([StoreErrors.VersionConflict(id, expectedVersion, version)]);
        }

        await using (var insert = Command(connection, "INSERT INTO facts (case_id, sequence, kind, recorded, fact) VALUES ($case, $sequence, $kind, $recorded, $fact)"))
        {
            var caseParameter = insert.Parameters.AddWithValue("$case", id.Value);
            var sequence = insert.Parameters.Add("$sequence", SqliteType.Integer);
            var kind = insert.Parameters.Add("$kind", SqliteType.Text);
            var recorded = insert.Parameters.Add("$recorded", SqliteType.Integer);
            var fact = insert.Parameters.Add("$fact", SqliteType.Text);
            for (var i = 0; i < rows.Count; i++)
            {
                sequence.Value = expectedVersion + i + 1;
                kind.Value = rows[i].Kind;
                recorded.Value = rows[i].Recorded;
                fact.Value = rows[i].Json;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var update = Command(connection, "UPDATE cases SET version = $version WHERE id = $id", ("$version", expectedVersion + rows.Count), ("$id", id.Value)))
        {
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Committed without the token: once the rows are written, the append stands.
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        recent.Remember(change.Case);
        return StoreResult.Success(change.Case, change.Warnings);
    }

    /// <inheritdoc />
    public async Task<StoreResult> LoadAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var loaded = await ReadCaseAsync(connection, id, null, null, cancellationToken).ConfigureAwait(false);
        if (loaded.TryGetCase(out var negotiation))
        {
            recent.Remember(negotiation);
        }

        return loaded;
    }

    /// <inheritdoc />
    public async Task<StoreResult> LoadKnownOnAsync(CaseId id, Instant knownAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCaseAsync(connection, id, null, knownAt, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<StoredCase>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT id, title, version FROM cases ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var cases = ImmutableArray.CreateBuilder<StoredCase>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cases.Add(new StoredCase(new CaseId(reader.GetString(0)), reader.GetString(1), reader.GetInt32(2)));
        }

        return cases.ToImmutable();
    }

    /// <inheritdoc />
    public async Task<int?> GetVersionAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await VersionAsync(connection, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the store's pooled connections; the store is not used afterwards.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Closes the store's pooled connections; the store is not used afterwards.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<int?> VersionAsync(SqliteConnection connection, CaseId id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT version FROM cases WHERE id = $id", ("$id", id.Value));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? checked((int)version) : null;
    }

    /// <summary>Reads a case's facts (up to a sequence, or recorded by an instant) in one read transaction, so the
    /// title and the facts come from one snapshot.</summary>
    private static async Task<StoreResult> ReadCaseAsync(SqliteConnection connection, CaseId id, int? upTo, Instant? knownAt, CancellationToken cancellationToken)
    {
        // Deferred: a read snapshot that takes no write lock (WAL readers never block the writer).
        await using var transaction = connection.BeginTransaction(deferred: true);
        string title;
        await using (var find = Command(connection, "SELECT title FROM cases WHERE id = $id", ("$id", id.Value)))
        {
            if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string found)
            {
                return StoreResult.Failure([StoreErrors.CaseNotFound(id)]);
            }

            title = found;
        }

        var sql = "SELECT sequence, fact FROM facts WHERE case_id = $id"
            + (upTo is null ? string.Empty : " AND sequence <= $upTo")
            + (knownAt is null ? string.Empty : " AND recorded <= $recorded")
            + " ORDER BY sequence";
        await using var command = Command(connection, sql, ("$id", id.Value));
        if (upTo is { } last)
        {
            command.Parameters.AddWithValue("$upTo", last);
        }

        if (knownAt is { } when)
        {
            command.Parameters.AddWithValue("$recorded", when.ToUnixTimeTicks());
        }

        var rows = new List<(long, ReadOnlyMemory<byte>)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        return StoredFacts.Build(id, title, rows, knownAt);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
