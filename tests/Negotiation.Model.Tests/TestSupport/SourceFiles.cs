using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>Finds files that sit beside a test's source file, such as approved snapshots.</summary>
internal static partial class SourceFiles
{
    /// <summary>Gets the directory of the calling source file.</summary>
    /// <param name="callerFilePath">Supplied by the compiler.</param>
    /// <returns>The absolute directory on this machine.</returns>
    /// <remarks>
    /// With <c>ContinuousIntegrationBuild</c> (CI=true) the compiler maps source paths to <c>/_/…</c>, so the
    /// caller path no longer exists on disk; it is then resolved against the repository that holds the test
    /// binaries.
    /// </remarks>
    public static string DirectoryOfCaller([CallerFilePath] string callerFilePath = "")
    {
        var directory = Path.GetDirectoryName(callerFilePath)
            ?? throw new InvalidOperationException($"No directory in caller path '{callerFilePath}'.");
        if (Directory.Exists(directory))
        {
            return directory;
        }

        var match = MappedRoot().Match(directory);
        if (match.Success)
        {
            var relative = directory[match.Length..];
            for (var root = new DirectoryInfo(AppContext.BaseDirectory); root is not null; root = root.Parent)
            {
                var candidate = Path.Combine(root.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Cannot find the source directory '{directory}' on disk, nor under any parent of '{AppContext.BaseDirectory}'.");
    }

    /// <summary>Gets the repository's root: the directory above the calling source file that holds the solution.</summary>
    /// <param name="callerFilePath">Supplied by the compiler.</param>
    /// <returns>The absolute directory on this machine.</returns>
    public static string RepositoryRoot([CallerFilePath] string callerFilePath = "")
    {
        for (var directory = new DirectoryInfo(DirectoryOfCaller(callerFilePath)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Negotiation.Model.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Negotiation.Model.sln above the test sources.");
    }

    [GeneratedRegex(@"^/_\d*/")]
    private static partial Regex MappedRoot();
}
