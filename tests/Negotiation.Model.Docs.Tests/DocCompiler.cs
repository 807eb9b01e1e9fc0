using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Negotiation.Model.Docs.Tests;

/// <summary>Compiles a documentation program as a fresh console app would (top-level statements, the SDK's implicit
/// usings, nullable on, warnings reported) against the assemblies beside the tests, and runs it.</summary>
internal static class DocCompiler
{
    // What `dotnet new console` gives every Program.cs through ImplicitUsings.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    // The SDK's default NoWarn: assembly-version unification notes that a real build never shows.
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => MetadataReference.CreateFromFile(path)),
    ]);

    /// <summary>Compiles the program twice: as C# 12, the default of a .NET 8 project (the oldest the packages
    /// serve, so no example may need a newer feature such as params collections), and as the latest C#.</summary>
    /// <returns>The assembly image (latest C#), or the errors and warnings of either compilation as text.</returns>
    public static (byte[]? Image, IReadOnlyList<string> Problems) Compile(DocProgram program)
    {
        var problems = new List<string>();
        byte[]? image = null;
        foreach (var version in new[] { LanguageVersion.CSharp12, LanguageVersion.Latest })
        {
            var parse = new CSharpParseOptions(version);
            var compilation = CSharpCompilation.Create(
                "DocProgram",
                [
                    CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "GlobalUsings.g.cs"),
                    CSharpSyntaxTree.ParseText(program.Code, parse, program.Name),
                ],
                References.Value,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                    .WithSpecificDiagnosticOptions(SdkNoWarn));

            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            problems.AddRange(result.Diagnostics
                .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
                .Select(d => $"C# {version.ToDisplayString()}: {d}"));
            image = result.Success ? stream.ToArray() : null;
        }

        return (problems.Count == 0 ? image : null, problems);
    }

    /// <summary>Runs a compiled program and returns what it printed.</summary>
    public static string Run(byte[] image)
    {
        var context = new AssemblyLoadContext("doc-program", isCollectible: true);
        var original = Console.Out;
        using var printed = new StringWriter();
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                ?? throw new InvalidOperationException("The program has no entry point.");
            Console.SetOut(printed);
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"The program threw after printing:{Environment.NewLine}{printed}", e.InnerException);
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return printed.ToString();
    }
}
