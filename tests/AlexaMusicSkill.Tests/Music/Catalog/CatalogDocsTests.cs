using System.Text;
using System.Text.RegularExpressions;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Music.Catalog;

/// <summary>The examples in docs/catalog.md are real catalogs, so the schema documentation cannot drift.</summary>
public sealed partial class CatalogDocsTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryPaths.Combine("docs", "catalog.md"));

    [Fact]
    public void CsvExample_InCatalogDoc_Loads()
    {
        var blocks = Blocks("csv");

        var result = CatalogLoader.LoadCsv(blocks[0], blocks[1], SmallCatalog.MediaBase);

        Assert.True(result.Succeeded && result.Findings.Count == 0, result.Describe());
        Assert.Equal("The Boxer, \"live\"", result.Catalog!.FindTrack("simon-and-garfunkel--the-boxer")!.Title);
    }

    [Fact]
    public void JsonExample_InCatalogDoc_Loads()
    {
        var result = CatalogLoader.LoadJson(Encoding.UTF8.GetBytes(Blocks("json")[0]), SmallCatalog.MediaBase);

        Assert.True(result.Succeeded && result.Findings.Count == 0, result.Describe());
    }

    private static List<string> Blocks(string language) =>
        [.. FencedBlock().Matches(Doc).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["body"].Value)];

    [GeneratedRegex(@"```(?<lang>\w+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
