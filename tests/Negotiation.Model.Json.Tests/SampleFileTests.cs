using System.Text.RegularExpressions;
using Negotiation.Model.Testing;
using NodaTime;

namespace Negotiation.Model.Json.Tests;

/// <summary>The sample case files in the repository are what the code says they are. Set NM_UPDATE_SAMPLES=1 to rewrite
/// the generated ones after a deliberate change, then read the diff.</summary>
public sealed partial class SampleFileTests
{
    [Fact]
    public void SeedFile_Always_IsTheSavedSeed()
    {
        var expected = CaseFile.Save(SampleScenarios.SecurityGuarantees2021);
        if (Environment.GetEnvironmentVariable("NM_UPDATE_SAMPLES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(TestFiles.SeedPath)!);
            File.WriteAllText(TestFiles.SeedPath, expected);
        }

        File.ReadAllText(TestFiles.SeedPath).Should().Be(expected, "the seed file is generated from SampleScenarios; set NM_UPDATE_SAMPLES=1 and run this test to regenerate it");
    }

    [Fact]
    public void ParisFile_Always_IsGeneratedFromTheSampleScenario() =>
        ShouldBeGenerated(SampleScenarios.ParisAgreement2015, TestFiles.ParisPath, "Paris");

    [Fact]
    public void ParisFile_Loaded_IsTheParisCase() =>
        ((object)CaseFile.Load(File.ReadAllBytes(TestFiles.ParisPath)).Case).Should().Be(SampleScenarios.ParisAgreement2015);

    [Fact]
    public void Article50File_Always_IsGeneratedFromTheSampleScenario() =>
        ShouldBeGenerated(SampleScenarios.Article50, TestFiles.Article50Path, "Article 50");

    [Fact]
    public void Article50File_Loaded_IsTheArticle50Case() =>
        ((object)CaseFile.Load(File.ReadAllBytes(TestFiles.Article50Path)).Case).Should().Be(SampleScenarios.Article50);

    [Fact]
    public void SeedFile_Loaded_IsTheSeed() =>
        ((object)CaseFile.Load(File.ReadAllBytes(TestFiles.SeedPath)).Case).Should().Be(SampleScenarios.SecurityGuarantees2021);

    [Fact]
    public void HandWrittenFile_Loaded_GivesTheStoryItTells()
    {
        var loaded = CaseFile.Load(File.ReadAllBytes(TestFiles.HandWrittenPath));

        loaded.Succeeded.Should().BeTrue(loaded.ToString());
        var c = loaded.Case;
        c.Rounds.Should().ContainKey(new RoundId("ru-nato-2022-01"));
        c.CanStart(new RoundId("ru-nato-2022-01")).CanStart.Should().Be(Truth.No, "the Russia–NATO round waits for the bilateral round");
        c.Rounds[new RoundId("ru-us-2022-01")].Planned.Window.Should().Be(DateWindow.EarlyIn(new YearMonth(2022, 1)));
        c.OpenDemands().Select(d => d.Id.Value).Should().Contain("no-enlargement");
    }

    [Fact]
    public void ReadmeFragment_Always_IsTheHandWrittenFile()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        var fragment = JsoncBlock().Match(readme);

        fragment.Success.Should().BeTrue("the README shows a hand-written case file in a ```jsonc block");
        fragment.Groups[1].Value.ReplaceLineEndings("\n").Should().Be(File.ReadAllText(TestFiles.HandWrittenPath).ReplaceLineEndings("\n"));
    }

    /// <summary>The file at <paramref name="path"/> is <paramref name="sample"/> saved; with NM_UPDATE_SAMPLES=1 it is
    /// rewritten first.</summary>
    private static void ShouldBeGenerated(NegotiationCase sample, string path, string name)
    {
        var expected = CaseFile.Save(sample);
        if (Environment.GetEnvironmentVariable("NM_UPDATE_SAMPLES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).Should().Be(expected, $"the {name} file is generated from SampleScenarios; set NM_UPDATE_SAMPLES=1 and run this test to regenerate it");
    }

    [GeneratedRegex("```jsonc\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsoncBlock();
}
