using System.Globalization;
using Negotiation.Model;
using Negotiation.Model.Storage;
using Negotiation.Model.Storage.Marten;
using Negotiation.Model.Storage.Sqlite;
using Negotiation.Model.Storage.Tests;

// Usage:
//   sqlite <file> <case> race <expected-version> <count>   waits for a line on stdin, appends, prints "won" or the error code
//   sqlite <file> <case> loop <batch>                      prints "ready", then appends batches until killed, printing each version
//   marten <connection> <schema> <case> race|loop …        the same on PostgreSQL
var (store, rest) = args[0] switch
{
    "sqlite" => ((ICaseStore)await SqliteCaseStore.OpenAsync(args[1]), args[2..]),
    "marten" => (new MartenCaseStore(args[1], args[2]), args[3..]),
    _ => throw new ArgumentException("The first argument is sqlite or marten."),
};
var id = new CaseId(rest[0]);
var number = (int i) => int.Parse(rest[i], CultureInfo.InvariantCulture);
switch (rest[1])
{
    case "race":
    {
        var expected = number(2);
        var facts = TestFacts.Topics(expected + 1, number(3));
        _ = Console.ReadLine();
        var result = await store.AppendAsync(id, expected, facts);
        Console.WriteLine(result.Succeeded ? "won" : result.Errors[0].ErrorCode);
        break;
    }

    case "loop":
    {
        var batch = number(2);
        Console.WriteLine("ready");
        while (true)
        {
            var version = await store.GetVersionAsync(id) ?? throw new InvalidOperationException("no case");
            var result = await store.AppendAsync(id, version, TestFacts.Topics(version + 1, batch));
            Console.WriteLine(result.Succeeded ? (version + batch).ToString(CultureInfo.InvariantCulture) : result.Errors[0].ErrorCode);
        }
    }

    default:
        throw new ArgumentException("The mode is race or loop.");
}

if (store is IAsyncDisposable disposable)
{
    await disposable.DisposeAsync();
}
