// Checks that no symbol file in the given .snupkg packages names a path of the machine that built it: every source
// document must sit under the mapped root /_/ (DeterministicSourcePaths), or users' stack traces and debuggers would
// show our build folder. Run as a file-based app: dotnet run .ci/check-symbols.cs -- artifacts/packages/*.snupkg
using System.IO.Compression;
using System.Reflection.Metadata;

var problems = 0;
foreach (var package in args)
{
    using var zip = ZipFile.OpenRead(package);
    var pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).ToList();
    if (pdbs.Count == 0)
    {
        Console.Error.WriteLine($"error: {Path.GetFileName(package)} holds no .pdb");
        problems++;
    }

    foreach (var entry in pdbs)
    {
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        var documents = 0;
        var outside = 0;
        foreach (var handle in reader.Documents)
        {
            documents++;
            var name = reader.GetString(reader.GetDocument(handle).Name);
            if (!name.StartsWith("/_/", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"error: {Path.GetFileName(package)}/{entry.FullName} names the machine path {name}");
                outside++;
            }
        }

        problems += outside;
        if (outside == 0)
        {
            Console.WriteLine($"ok: {Path.GetFileName(package)}/{entry.FullName}: {documents} source documents, all under /_/");
        }
    }
}

return problems == 0 ? 0 : 1;
