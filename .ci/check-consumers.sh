#!/usr/bin/env bash
# Builds a fresh net8.0 and a fresh net10.0 console app against each packed library package (Negotiation.Model,
# Negotiation.Model.Testing, Negotiation.Model.Storage.Sqlite, whose example writes and reads a real SQLite file), as a
# user would get it, runs the first example of the package's README in each and
# compares what it prints with what the README says it prints. Only the .NET 10 runtime is installed here, so the
# net8.0 apps run on it with DOTNET_ROLL_FORWARD=Major; compiling them against the net8.0 reference pack is what proves
# the packages fit .NET 8.
#
# Usage: bash .ci/check-consumers.sh <folder holding the .nupkg files>
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
packages_dir=$(cd "$1" && pwd)

# Outside the repository, so none of its Directory.Build.props or nuget.config applies: a user's fresh folder.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# first_example README OUT_DIR: the README's first C# block and the blocks marked as its continuation; its expected output is
# read by the convention of tests/Negotiation.Model.Docs.Tests (comments after and below Console.Write statements).
first_example() {
python3 - "$1" "$2/Program.cs" "$2/expected.txt" <<'PY'
import re, sys
readme, program_path, expected_path = sys.argv[1:4]
lines = open(readme, encoding="utf-8").read().splitlines()
blocks, i = [], 0
while i < len(lines):
    if lines[i].strip().startswith("```"):
        lang, start, body = lines[i].strip().strip("`").strip(), i, []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith("```"):
            body.append(lines[i]); i += 1
        if lang in ("csharp", "cs"):
            prev = next((l.strip() for l in reversed(lines[:start]) if l.strip()), "")
            blocks.append((prev == "<!-- doc-test: continues -->", body))
    i += 1
if not blocks:
    sys.exit(f"error: no C# block in {readme}")
program = list(blocks[0][1])
for continues, body in blocks[1:]:
    if not continues:
        break
    program += body
expected, j = [], 0
trailing = re.compile(r"^(?P<code>.*?;)\s*//\s?(?P<text>.*)$")
while j < len(program):
    m = trailing.match(program[j])
    code = m.group("code") if m else program[j]
    if "Console.Write" in code:
        if m:
            expected.append(m.group("text").rstrip())
        while j + 1 < len(program) and program[j + 1].lstrip().startswith("//"):
            text = program[j + 1].lstrip()[2:]
            expected.append((text[1:] if text.startswith(" ") else text).rstrip())
            j += 1
    j += 1
usings = [l for l in program if re.match(r"^using [A-Za-z0-9_.]+;\s*$", l)]
rest = [l for l in program if l not in usings]
open(program_path, "w", encoding="utf-8").write("\n".join(usings + rest) + "\n")
open(expected_path, "w", encoding="utf-8").write("\n".join(expected) + "\n")
PY
}

# A temporary nuget.config above the apps adds the folder of packed packages to the machine's own sources.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="packed" value="$packages_dir" />
  </packageSources>
</configuration>
XML

status=0
for package in Negotiation.Model Negotiation.Model.Testing Negotiation.Model.Storage.Sqlite; do
    readme=src/$package/README.md
    nupkg=$(ls "$packages_dir/$package".[0-9]*.nupkg | head -n 1)
    version=$(basename "$nupkg" .nupkg)
    version=${version#"$package".}
    example="$work/$package"
    mkdir -p "$example"
    first_example "$readme" "$example"

    for tfm in net8.0 net10.0; do
        app="$example/app-$tfm"
        mkdir -p "$app"
        cp "$example/Program.cs" "$app/Program.cs"
        cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$tfm</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="$package" Version="$version" />
  </ItemGroup>
</Project>
XML
        echo "--> $tfm app against $package $version"
        # A package cache of its own, so an older package of the same version in the machine's cache cannot stand in.
        dotnet build "$app/App.csproj" -c Release --packages "$work/packages" -nologo -v quiet
        id=$(echo "$package" | tr '[:upper:]' '[:lower:]')
        if ! find "$work/packages/$id" -name "$package.dll" -path "*lib/$tfm/*" | grep -q .; then
            echo "error: the $tfm app did not get lib/$tfm/$package.dll from the package" >&2
            status=1
            continue
        fi
        DOTNET_ROLL_FORWARD=Major dotnet "$app/bin/Release/$tfm/App.dll" > "$example/printed-$tfm.txt"
        if diff -u "$example/expected.txt" "$example/printed-$tfm.txt"; then
            echo "ok: the $tfm app prints what $readme says ($(wc -l < "$example/expected.txt") lines)"
        else
            echo "error: the $tfm app printed something else than $readme says (diff above)" >&2
            status=1
        fi
    done
done
exit $status
