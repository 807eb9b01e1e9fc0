using System.Diagnostics;

namespace Negotiation.Model.Storage.Tests;

/// <summary>Starts the test writer (tests/Negotiation.Model.Storage.TestWriter) as a process of its own.</summary>
internal static class WriterProcess
{
    public static Process Start(params string[] arguments)
    {
        // bin/<configuration>/<framework>/ of this project, and the writer's output beside it in its own project.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        var writer = Path.Combine(here.Parent.Parent!.Parent!.Parent!.FullName, "Negotiation.Model.Storage.TestWriter", "bin", configuration, framework, "Negotiation.Model.Storage.TestWriter.dll");
        File.Exists(writer).Should().BeTrue($"the writer is built with the tests ({writer})");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(writer);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
