using System.Globalization;
using NodaTime;

namespace Negotiation.Model.Storage.Tests;

/// <summary>What every <see cref="ICaseStore"/> does, run against each store on a real database (no mocks): the
/// SQLite and the Marten test classes derive from this one.</summary>
public abstract class CaseStoreContract
{
    protected static readonly CaseId Security = new("security-2021");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store of its own for the calling test.</summary>
    protected abstract Task<ICaseStore> NewStoreAsync();

    /// <summary>Overwrites the stored JSON of one fact, as a disk fault or a hand edit would.</summary>
    protected abstract Task CorruptAsync(ICaseStore store, CaseId id, int sequence, string json);

    /// <summary>Another instance of the same store (same file, or same database and schema), as a second app opens it.</summary>
    protected abstract Task<ICaseStore> OpenAgainAsync(ICaseStore store);

    /// <summary>How many times the kill test kills a writer.</summary>
    private const int KillRuns = 100;

    /// <summary>The test writer's first arguments that open the same store in another process.</summary>
    protected abstract string[] WriterArguments(ICaseStore store);

    protected static async Task<ICaseStore> WithFactsAsync(ICaseStore store, CaseId id, int count)
    {
        (await store.CreateAsync(id, "Security guarantees", Token)).Succeeded.Should().BeTrue();
        (await store.AppendAsync(id, 0, TestFacts.Topics(1, count), Token)).Succeeded.Should().BeTrue();
        return store;
    }

    [Fact]
    public async Task CreateAsync_NewId_GivesAnEmptyCaseThatLoads()
    {
        var store = await NewStoreAsync();

        var created = await store.CreateAsync(Security, "Security guarantees", Token);

        created.Case.Version.Should().Be(0);
        var loaded = await store.LoadAsync(Security, Token);
        loaded.Case.Should().Be(NegotiationCase.Create(Security, "Security guarantees"));
        (await store.GetVersionAsync(Security, Token)).Should().Be(0);
    }

    [Fact]
    public async Task CreateAsync_TakenId_FailsWithCaseExists()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 2);

        var again = await store.CreateAsync(Security, "Another title", Token);

        again.Succeeded.Should().BeFalse();
        again.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.CaseExists);
        (await store.LoadAsync(Security, Token)).Case.Title.Should().Be("Security guarantees");
    }

    [Fact]
    public async Task AppendAsync_ThenLoadAsync_GivesTheCaseThatRecordingTheFactsGives()
    {
        var store = await NewStoreAsync();
        await store.CreateAsync(Security, "Security guarantees", Token);

        var first = await store.AppendAsync(Security, 0, TestFacts.Topics(1, 3), Token);
        var second = await store.AppendAsync(Security, 3, TestFacts.Topics(4, 2), Token);

        var expected = NegotiationCase.Create(Security, "Security guarantees").RecordAll(TestFacts.Topics(1, 5)).Case;
        first.Case.Version.Should().Be(3);
        second.Case.Should().Be(expected);
        (await store.LoadAsync(Security, Token)).Case.Should().Be(expected);
        (await store.GetVersionAsync(Security, Token)).Should().Be(5);
    }

    [Fact]
    public async Task AppendAsync_StaleExpectedVersion_FailsWithVersionConflictAndWritesNothing()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 3);

        var stale = await store.AppendAsync(Security, 2, TestFacts.Topics(4, 2), Token);
        var ahead = await store.AppendAsync(Security, 7, TestFacts.Topics(4, 2), Token);

        stale.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.VersionConflict);
        ahead.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.VersionConflict);
        (await store.LoadAsync(Security, Token)).Case.Version.Should().Be(3);
    }

    [Fact]
    public async Task AppendAsync_AFactTheCaseRefuses_WritesNoneOfTheFactsAndGivesTheCoreCode()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 2);

        // Topic 3 is new, topic 1 is defined again: the case refuses the second, so neither is written.
        var refused = await store.AppendAsync(Security, 2, [TestFacts.Topic(3), TestFacts.Topic(1)], Token);

        refused.Succeeded.Should().BeFalse();
        refused.Errors.Should().Contain(e => e.ErrorCode == ErrorCodes.DuplicateId);
        (await store.GetVersionAsync(Security, Token)).Should().Be(2);
        (await store.LoadAsync(Security, Token)).Case.Topics.Keys.Should().Equal(new TopicId("topic-1"), new TopicId("topic-2"));
    }

    [Fact]
    public async Task AppendAsync_UnknownCase_FailsWithCaseNotFound()
    {
        var store = await NewStoreAsync();

        var result = await store.AppendAsync(Security, 0, TestFacts.Topics(1, 1), Token);

        result.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.CaseNotFound);
        (await store.ListAsync(Token)).Should().BeEmpty();
    }

    [Fact]
    public async Task LoadAsync_UnknownCase_FailsWithCaseNotFound()
    {
        var store = await NewStoreAsync();

        (await store.LoadAsync(Security, Token)).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.CaseNotFound);
        (await store.GetVersionAsync(Security, Token)).Should().BeNull();
    }

    [Fact]
    public async Task LoadKnownOnAsync_AnyInstant_EqualsKnownOnOfTheWholeCase()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 10);
        var whole = (await store.LoadAsync(Security, Token)).Case;

        foreach (var known in new[]
        {
            TestFacts.Start, TestFacts.Start + Duration.FromMinutes(1), TestFacts.Start + Duration.FromMinutes(4) - Duration.FromNanoseconds(1),
            TestFacts.Start + Duration.FromMinutes(4), TestFacts.Start + Duration.FromMinutes(4) + Duration.FromNanoseconds(1),
            TestFacts.Start + Duration.FromMinutes(10), Instant.FromUtc(2030, 1, 1, 0, 0),
        })
        {
            var loaded = await store.LoadKnownOnAsync(Security, known, Token);

            loaded.Case.Should().Be(whole.KnownOn(known), "the case as known at {0}", known);
        }
    }

    [Fact]
    public async Task ListAsync_SeveralCases_GivesEachIdTitleAndVersionInIdOrder()
    {
        var store = await NewStoreAsync();
        await WithFactsAsync(store, new CaseId("b-case"), 3);
        await store.CreateAsync(new CaseId("a-case"), "Empty", Token);

        var cases = await store.ListAsync(Token);

        cases.Should().Equal(new StoredCase(new CaseId("a-case"), "Empty", 0), new StoredCase(new CaseId("b-case"), "Security guarantees", 3));
    }

    [Fact]
    public async Task AppendAsync_AnotherInstanceAppendedSinceThisOneWrote_FailsWithConflictAndLosesNothing()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 2);
        var other = await OpenAgainAsync(store);
        (await other.AppendAsync(Security, 2, TestFacts.Topics(3, 1), Token)).Succeeded.Should().BeTrue();

        // This instance wrote version 2 itself; the database, not what it remembers, decides that 2 is stale.
        var stale = await store.AppendAsync(Security, 2, TestFacts.Topics(10, 1), Token);
        var current = await store.AppendAsync(Security, 3, TestFacts.Topics(4, 1), Token);

        stale.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.VersionConflict);
        var expected = NegotiationCase.Create(Security, "Security guarantees").RecordAll(TestFacts.Topics(1, 4)).Case;
        current.Case.Should().Be(expected);
        (await other.LoadAsync(Security, Token)).Case.Should().Be(expected);
    }

    [Fact]
    public async Task AppendAsync_MoreCasesThanOneInstanceRemembers_AppendsEachCorrectly()
    {
        var store = await NewStoreAsync();
        var ids = Enumerable.Range(0, 40).Select(i => new CaseId($"case-{i:00}")).ToList();
        foreach (var id in ids)
        {
            await WithFactsAsync(store, id, 1);
        }

        foreach (var id in ids)
        {
            (await store.AppendAsync(id, 1, TestFacts.Topics(2, 1), Token)).Case.Version.Should().Be(2);
            (await store.AppendAsync(id, 1, TestFacts.Topics(9, 1), Token)).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(StoreErrorCodes.VersionConflict);
        }

        foreach (var id in ids)
        {
            (await store.LoadAsync(id, Token)).Case.Should().Be(NegotiationCase.Create(id, "Security guarantees").RecordAll(TestFacts.Topics(1, 2)).Case);
        }
    }

    [Fact]
    public async Task ListAsync_NewStore_IsEmpty()
    {
        var store = await NewStoreAsync();

        (await store.ListAsync(Token)).Should().BeEmpty();
    }

    [Fact]
    public async Task AppendAsync_WritersRacingOnOneCase_ExactlyOneWinsAndNothingIsLostOrDuplicated()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 2);

        // Eight writers read version 2 and append three facts each, at once.
        using var start = new ManualResetEventSlim();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(
            async () =>
            {
                start.Wait(Token);
                return await store.AppendAsync(Security, 2, TestFacts.Topics(100 + (w * 10), 3), Token);
            },
            Token)).ToList();
        start.Set();
        var results = await Task.WhenAll(writers);

        results.Count(r => r.Succeeded).Should().Be(1);
        results.Where(r => !r.Succeeded).SelectMany(r => r.Errors).Should().OnlyContain(e => e.ErrorCode == StoreErrorCodes.VersionConflict);
        var winner = results.Single(r => r.Succeeded).Case;
        var loaded = (await store.LoadAsync(Security, Token)).Case;
        loaded.Should().Be(winner);
        loaded.Version.Should().Be(5);
    }

    [Fact]
    public async Task LoadAsync_AStoredFactOfAnUnknownKind_FailsNamingTheCaseAndSequenceAndOtherCasesStillLoad()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 5);
        await WithFactsAsync(store, new CaseId("other"), 2);
        var json = System.Text.Encoding.UTF8.GetString(Json.CaseFile.SaveFactToUtf8Bytes(TestFacts.Topic(3))).Replace("\"topic-defined\"", "\"summit-held\"", StringComparison.Ordinal);
        await CorruptAsync(store, Security, 3, json);

        var loaded = await store.LoadAsync(Security, Token);

        var error = loaded.Errors.Should().ContainSingle().Subject;
        error.ErrorCode.Should().Be(StoreErrorCodes.UnreadableFact);
        error.PropertyName.Should().Be("security-2021.Facts[3]");
        error.ErrorMessage.Should().Contain("Case 'security-2021', fact 3").And.Contain(Json.CaseFileErrorCodes.UnknownType);
        (await store.LoadAsync(new CaseId("other"), Token)).Case.Version.Should().Be(2);
        (await store.ListAsync(Token)).Should().HaveCount(2);
    }

    [Fact]
    public async Task LoadAsync_AStoredFactTheCaseRefuses_FailsWithRefusedFactNamingTheSequence()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 5);

        // Fact 4 rewritten as topic 2 again: well-formed, but a duplicate id.
        await CorruptAsync(store, Security, 4, System.Text.Encoding.UTF8.GetString(Json.CaseFile.SaveFactToUtf8Bytes(TestFacts.Topic(2))));

        var loaded = await store.LoadAsync(Security, Token);

        var error = loaded.Errors.Should().ContainSingle().Subject;
        error.ErrorCode.Should().Be(StoreErrorCodes.RefusedFact);
        error.PropertyName.Should().Be("security-2021.Facts[4]");
        error.ErrorMessage.Should().Contain(ErrorCodes.DuplicateId);
    }

    [Fact]
    public async Task AppendAsync_WritersInTwoProcesses_ExactlyOneWins()
    {
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 2);
        var writers = new[]
        {
            WriterProcess.Start([.. WriterArguments(store), Security.Value, "race", "2", "5"]),
            WriterProcess.Start([.. WriterArguments(store), Security.Value, "race", "2", "5"]),
        };

        // Both are started and waiting on their input before either is told to go.
        foreach (var writer in writers)
        {
            await writer.StandardInput.WriteLineAsync("go");
            await writer.StandardInput.FlushAsync(Token);
        }

        var said = new List<string>();
        foreach (var writer in writers)
        {
            said.Add((await writer.StandardOutput.ReadToEndAsync(Token)).Trim());
            await writer.WaitForExitAsync(Token);
            writer.ExitCode.Should().Be(0, await writer.StandardError.ReadToEndAsync(Token));
            writer.Dispose();
        }

        said.Should().BeEquivalentTo(["won", StoreErrorCodes.VersionConflict]);
        (await store.LoadAsync(Security, Token)).Case.Should().Be(NegotiationCase.Create(Security, "Security guarantees").RecordAll(TestFacts.Topics(1, 7)).Case);
    }

    [Fact]
    public async Task AppendAsync_WriterKilledAtRandomPoints_LeavesAllOrNoneOfEachAppend()
    {
        const int Batch = 25;
        var store = await WithFactsAsync(await NewStoreAsync(), Security, 1);
        var random = new Random(20211222);
        for (var run = 0; run < KillRuns; run++)
        {
            using var writer = WriterProcess.Start([.. WriterArguments(store), Security.Value, "loop", Batch.ToString(CultureInfo.InvariantCulture)]);
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
