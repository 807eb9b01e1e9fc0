using System.Globalization;
using Microsoft.Data.Sqlite;
using Negotiation.Model.Storage.Sqlite;

namespace Negotiation.Model.Storage.Tests;

/// <summary>The store contract on a real SQLite file in a temporary folder, and the faults only a file shows: a
/// stored fact that is not JSON, writers in two processes, and a writer killed in the middle of an append.</summary>
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

    [Fact]
    public async Task AppendAsync_WriterKilledAtRandomPoints_LeavesAllOrNoneOfEachAppend()
    {
        const int Batch = 25;
        var store = (SqliteCaseStore)await WithFactsAsync(await NewStoreAsync(), Security, 1);
        var random = new Random(20211222);
        for (var run = 0; run < 100; run++)
        {
            using var writer = WriterProcess.Start("sqlite", store.Path, Security.Value, "loop", Batch.ToString(CultureInfo.InvariantCulture));
            (await writer.StandardOutput.ReadLineAsync(Token)).Should().Be("ready");

            // Once the writer has committed one append it appends back to back: a kill a few milliseconds later lands
            // anywhere in the next one (reading the case, checking, inserting the rows, committing).
            var first = await writer.StandardOutput.ReadLineAsync(Token);
            int.TryParse(first, CultureInfo.InvariantCulture, out _).Should().BeTrue($"run {run}: the writer appended ({first})");
            await Task.Delay(random.Next(0, 15), Token);
            writer.Kill();
            await writer.WaitForExitAsync(Token);

            var loaded = await store.LoadAsync(Security, Token);

            loaded.Succeeded.Should().BeTrue($"run {run}: {loaded}");
            ((loaded.Case.Version - 1) % Batch).Should().Be(0, $"run {run}: every append of {Batch} facts is there whole or not at all");
            loaded.Case.Should().Be(NegotiationCase.Create(Security, "Security guarantees").RecordAll(TestFacts.Topics(1, loaded.Case.Version)).Case);
        }
    }
}
