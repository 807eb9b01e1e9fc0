#!/usr/bin/env bash
# Mutation testing of src/Negotiation.Model with Stryker.NET (dotnet-stryker 5.1.0, a local tool in .config/dotnet-tools.json).
# Too slow for CI on two cores: run it by hand. Pass folders of src/Negotiation.Model to mutate only those, e.g.
#   bash .build/mutation.sh Validation Preconditions Time
# With no argument the whole library is mutated; a file may be given instead of a folder (Validation/ValueRules.cs).
# The HTML and JSON reports land in artifacts/mutation/reports/.
# MUTATION_TESTS restricts the tests run against each mutant (dotnet test --filter syntax), e.g.
#   MUTATION_TESTS='FullyQualifiedName~Negotiation.Model.Tests.Time' bash .build/mutation.sh Time
# which measures what those tests alone kill: a lower bound of the whole suite's score, in a fraction of the time.
# The tests run are those of tests/Negotiation.Model.Tests compiled against xunit v2 by
# tests/Negotiation.Model.MutationTests: Stryker.NET 5.1.0 does not observe kills by xunit v3 tests (every mutant
# "survives"; see tests/README.md, Mutation testing). CI builds that project; only this script runs it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dotnet tool restore >/dev/null

mutate=()
for target in "$@"; do
    if [[ "${target}" == *.cs ]]; then
        mutate+=(--mutate "**/${target}")          # one file, e.g. Validation/TextParsing.cs
    else
        mutate+=(--mutate "**/${target}/**/*.cs")  # a folder
    fi
done

filter=()
if [[ -n "${MUTATION_TESTS:-}" ]]; then
    filter=(--test-case-filter "${MUTATION_TESTS}")
fi

cd tests/Negotiation.Model.MutationTests
dotnet stryker \
    --project Negotiation.Model.csproj \
    --test-project Negotiation.Model.MutationTests.csproj \
    --configuration Release \
    --concurrency 2 \
    --reporter html --reporter json --reporter progress \
    --output ../../artifacts/mutation \
    "${mutate[@]}" "${filter[@]}"
