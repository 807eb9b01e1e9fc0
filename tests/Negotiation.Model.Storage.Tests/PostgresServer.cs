using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

[assembly: AssemblyFixture(typeof(Negotiation.Model.Storage.Tests.PostgresServer))]

namespace Negotiation.Model.Storage.Tests;

/// <summary>
/// A real PostgreSQL server for the Marten tests: the one named by <c>NM_TEST_POSTGRES</c> (an Npgsql connection
/// string), or else a throwaway cluster made with the installed server's <c>initdb</c> and started with <c>pg_ctl</c> on a
/// free loopback port, stopped and deleted when the tests end.
/// </summary>
/// <remarks>initdb refuses to run as root, so as root the cluster belongs to the <c>postgres</c> user (made by the
/// Debian package) and its tools run through <c>runuser</c>. Without server binaries, <see cref="SkipReason"/> says how to
/// install them, and each test that needs the server skips with it (CI fails on any skipped test).</remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Variable = "NM_TEST_POSTGRES";
    private string? dataDirectory;
    private string? bin;
    private bool asPostgresUser;

    /// <summary>Gets the connection string, once started.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>Gets why there is no server, or <see langword="null"/>.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Skips the calling test when there is no server; otherwise gives the connection string.</summary>
    public string Require()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }

        return ConnectionString!;
    }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            SkipReason = $"PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install them with `apt-get install -y postgresql`, or set {Variable} to a connection string";
            return;
        }

        asPostgresUser = Environment.UserName == "root";
        dataDirectory = Directory.CreateTempSubdirectory("nm-postgres-").FullName;
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", dataDirectory]);
        }

        var port = FreePort();
        await PgAsync("initdb", ["-D", dataDirectory + "/data", "-U", "nm", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        await PgAsync("pg_ctl", ["-D", dataDirectory + "/data", "-l", dataDirectory + "/log", "-w", "-t", "60", "-o",
            $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=nm;Database=postgres;Pooling=true;Include Error Detail=true";
    }

    public async ValueTask DisposeAsync()
    {
        if (dataDirectory is null)
        {
            return;
        }

        try
        {
            await PgAsync("pg_ctl", ["-D", dataDirectory + "/data", "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private Task PgAsync(string tool, string[] arguments) =>
        asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin!, tool), .. arguments])
            : RunAsync(Path.Combine(bin!, tool), arguments);

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
