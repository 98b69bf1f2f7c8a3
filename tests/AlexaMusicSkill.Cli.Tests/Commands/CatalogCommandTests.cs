using System.Text.Json.Nodes;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

public sealed class CatalogCommandTests
{
    [Fact]
    public async Task Validate_BuiltIn_IsValid()
    {
        var result = await CliRun.RunAsync(["catalog", "validate", "--built-in"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("OK: ", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CatalogWithErrors_PrintsFileLineFieldAndExits1()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("artists.csv"), "id,name,genres,mood,energy,era,popularity,synonyms\nsome-band,Some Band,NOT_A_GENRE,LAID_BACK,0.3,NINETIES,50,\n");
        File.WriteAllText(folder.Combine("tracks.csv"), "id,artistId,title,year,energy,durationSeconds,sample,stream,sampleFormat,sampleBitrateKbps,sampleRateHz,sampleSeconds\n");

        var result = await CliRun.RunAsync(["catalog", "validate", folder.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith(folder.Combine("artists.csv") + ":2:genres: error: ", StringComparison.Ordinal));
        Assert.StartsWith("Invalid: ", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NeitherPathNorBuiltIn_IsAUserError()
    {
        var result = await CliRun.RunAsync(["catalog", "validate"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("needs a PATH or --built-in", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en-IN")]
    public async Task InteractionModel_Printed_EqualsTheCommittedModelsTypes(string locale)
    {
        var result = await CliRun.RunAsync(["catalog", "interaction-model", "--locale", locale]);

        Assert.Equal(0, result.ExitCode);
        var committed = JsonNode.Parse(File.ReadAllText(ModelPath(locale)))!["interactionModel"]!["languageModel"]!["types"];
        Assert.True(JsonNode.DeepEquals(committed, JsonNode.Parse(result.Out)));
    }

    [Fact]
    public async Task InteractionModel_UnknownLocale_IsAUserError()
    {
        var result = await CliRun.RunAsync(["catalog", "interaction-model", "--locale", "fr-FR"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("en-GB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionModel_Write_WritesEveryLocaleByteForByteAndThenIsUpToDate()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("en-US.json"), "{\"stale\": true}");

        var first = await CliRun.RunAsync(["catalog", "interaction-model", "--write", "--dir", folder.Path]);
        var second = await CliRun.RunAsync(["catalog", "interaction-model", "--write", "--dir", folder.Path]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(5, first.OutLines.Count(l => l.StartsWith("Wrote ", StringComparison.Ordinal)));
        Assert.Equal(5, second.OutLines.Count(l => l.EndsWith("is up to date.", StringComparison.Ordinal)));
        foreach (var locale in new[] { "en-US", "en-GB", "en-CA", "en-AU", "en-IN" })
        {
            Assert.Equal(File.ReadAllText(ModelPath(locale)), File.ReadAllText(folder.Combine(locale + ".json")));
        }
    }

    private static string ModelPath(string locale) => RepositoryPaths.Combine("skill-package", "interactionModels", "custom", locale + ".json");
}
