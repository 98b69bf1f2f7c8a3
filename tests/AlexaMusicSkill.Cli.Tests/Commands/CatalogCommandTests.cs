using System.Text.Json.Nodes;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

public sealed class CatalogCommandTests
{
    private static readonly string ModelPath = RepositoryPaths.Combine("skill-package", "interactionModels", "custom", "en-US.json");

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

    [Fact]
    public async Task InteractionModel_Printed_EqualsTheCommittedModelsTypes()
    {
        var result = await CliRun.RunAsync(["catalog", "interaction-model"]);

        Assert.Equal(0, result.ExitCode);
        var committed = JsonNode.Parse(File.ReadAllText(ModelPath))!["interactionModel"]!["languageModel"]!["types"];
        Assert.True(JsonNode.DeepEquals(committed, JsonNode.Parse(result.Out)));
    }

    [Fact]
    public async Task InteractionModel_WriteOnAStaleCopy_RestoresTheCommittedFileByteForByte()
    {
        using var folder = new TempFolder();
        var copy = folder.Combine("en-US.json");
        var stale = JsonNode.Parse(File.ReadAllText(ModelPath))!;
        stale["interactionModel"]!["languageModel"]!["types"] = new JsonArray();
        File.WriteAllText(copy, stale.ToJsonString());

        var first = await CliRun.RunAsync(["catalog", "interaction-model", "--write", "--model", copy]);
        var second = await CliRun.RunAsync(["catalog", "interaction-model", "--write", "--model", copy]);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Updated the types of ", first.Out, StringComparison.Ordinal);
        Assert.Contains("is up to date", second.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(ModelPath), File.ReadAllText(copy));
    }
}
