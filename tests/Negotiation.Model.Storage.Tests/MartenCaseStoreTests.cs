using Negotiation.Model.Storage.Marten;
using Npgsql;

namespace Negotiation.Model.Storage.Tests;

/// <summary>The store contract (races and kills in other processes included) on a real PostgreSQL server
/// (<see cref="PostgresServer"/>), each test in a schema of its own.</summary>
public sealed class MartenCaseStoreTests(PostgresServer server) : CaseStoreContract, IAsyncDisposable
{
    private readonly List<MartenCaseStore> stores = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    protected override Task<ICaseStore> NewStoreAsync()
    {
        var store = new MartenCaseStore(server.Require(), $"t{Guid.NewGuid():N}");
        stores.Add(store);
        return Task.FromResult<ICaseStore>(store);
    }

    protected override Task<ICaseStore> OpenAgainAsync(ICaseStore store)
    {
        var again = new MartenCaseStore(server.Require(), ((MartenCaseStore)store).SchemaName);
        stores.Add(again);
        return Task.FromResult<ICaseStore>(again);
    }

    protected override async Task CorruptAsync(ICaseStore store, CaseId id, int sequence, string json)
    {
        await using var connection = new NpgsqlConnection(server.Require());
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand($"UPDATE \"{((MartenCaseStore)store).SchemaName}\".mt_events SET data = @json::jsonb WHERE stream_id = @id AND version = @sequence", connection);
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("id", id.Value);
        command.Parameters.AddWithValue("sequence", (long)sequence);
        (await command.ExecuteNonQueryAsync(Token)).Should().Be(1);
    }

    [Fact]
    public async Task LoadAsync_AnEventTypeThatIsNoFact_FailsNamingTheCaseAndSequence()
    {
        var store = (MartenCaseStore)await WithFactsAsync(await NewStoreAsync(), Security, 3);
        await using (var connection = new NpgsqlConnection(server.Require()))
        {
            await connection.OpenAsync(Token);
            await using var command = new NpgsqlCommand($"UPDATE \"{store.SchemaName}\".mt_events SET type = 'summit_held', mt_dotnet_type = 'Nowhere.SummitHeld, Nowhere' WHERE stream_id = @id AND version = 2", connection);
            command.Parameters.AddWithValue("id", Security.Value);
            (await command.ExecuteNonQueryAsync(Token)).Should().Be(1);
        }

        var loaded = await store.LoadAsync(Security, Token);

        var error = loaded.Errors.Should().ContainSingle().Subject;
        error.ErrorCode.Should().Be(StoreErrorCodes.UnreadableFact);
        error.PropertyName.Should().Be("security-2021.Facts[2]");
    }

    protected override string[] WriterArguments(ICaseStore store) => ["marten", server.Require(), ((MartenCaseStore)store).SchemaName];
}
