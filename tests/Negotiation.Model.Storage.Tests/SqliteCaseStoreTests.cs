using Microsoft.Data.Sqlite;
using Negotiation.Model.Storage.Sqlite;

namespace Negotiation.Model.Storage.Tests;

/// <summary>The store contract (races and kills in other processes included) on a real SQLite file in a temporary
/// folder, and what only a file shows: a stored fact that is not JSON, and the triggers that keep facts append-only.</summary>
public sealed class SqliteCaseStoreTests : CaseStoreContract, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("nm-sqlite-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    protected override async Task<ICaseStore> NewStoreAsync() =>
        await SqliteCaseStore.OpenAsync(Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db"), Token);

    protected override async Task<ICaseStore> OpenAgainAsync(ICaseStore store) =>
        await SqliteCaseStore.OpenAsync(((SqliteCaseStore)store).Path, Token);

    protected override async Task CorruptAsync(ICaseStore store, CaseId id, int sequence, string json)
    {
        // The store refuses to change a fact; a fault or a hand edit goes around it.
        await using var connection = new SqliteConnection($"Data Source={((SqliteCaseStore)store).Path}");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER facts_no_update; UPDATE facts SET fact = $json WHERE case_id = $id AND sequence = $sequence;";
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$id", id.Value);
        command.Parameters.AddWithValue("$sequence", sequence);
        (await command.ExecuteNonQueryAsync(Token)).Should().Be(1);
    }

    [Fact]
    public async Task LoadAsync_AStoredFactThatIsNotJson_FailsNamingTheCaseAndSequence()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 3);
        await CorruptAsync(store, Security, 2, "{\"type\": \"topic-defined\", \"occ");

        var loaded = await store.LoadAsync(Security, Token);

        var error = loaded.Errors.Should().ContainSingle().Subject;
        error.ErrorCode.Should().Be(StoreErrorCodes.UnreadableFact);
        error.ErrorMessage.Should().Contain("Case 'security-2021', fact 2").And.Contain(Json.CaseFileErrorCodes.MalformedJson);
    }

    [Fact]
    public async Task Facts_UpdateOrDelete_IsRefusedByTheFile()
    {
        var store = (SqliteCaseStore)await WithFactsAsync(await NewStoreAsync(), Security, 2);
        await using var connection = new SqliteConnection($"Data Source={store.Path}");
        await connection.OpenAsync(Token);

        foreach (var sql in new[] { "UPDATE facts SET kind = 'x'", "DELETE FROM facts" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var act = () => command.ExecuteNonQueryAsync(Token);
            (await act.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("append-only");
        }
    }

    [Fact]
    public async Task OpenAsync_FileOfAnotherRun_KeepsItsCases()
    {
        var path = Path.Combine(folder.FullName, "kept.db");
        await WithFactsAsync(await SqliteCaseStore.OpenAsync(path, Token), Security, 4);

        var reopened = await SqliteCaseStore.OpenAsync(path, Token);

        (await reopened.LoadAsync(Security, Token)).Case.Version.Should().Be(4);
    }

    protected override string[] WriterArguments(ICaseStore store) => ["sqlite", ((SqliteCaseStore)store).Path];
}
