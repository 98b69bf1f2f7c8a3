using System.Globalization;
using AlexaMusicSkill.Offline.Research.LastFm;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.Research.LastFm;

public sealed class LastFmTagMappingTests
{
    [Theory]
    [InlineData("Hip-Hop", "hip hop")]
    [InlineData("  singer-songwriter ", "singer songwriter")]
    [InlineData("80's", "80s")]
    [InlineData("R&B", "r and b")]
    [InlineData("hip hop/rap", "hip hop rap")]
    [InlineData("Post_Rock", "post rock")]
    public void Normalize_SpellingVariants_MeetOnOneKey(string tag, string expected)
    {
        Assert.Equal(expected, LastFmTagMapping.Normalize(tag));
    }

    [Fact]
    public void Entries_EveryTagIsNormalizedAndSaysSomething()
    {
        Assert.All(LastFmTagMapping.Entries, e =>
        {
            Assert.Equal(LastFmTagMapping.Normalize(e.Tag), e.Tag);
            Assert.True(e.GenreIds.Count > 0 || e.Energy is not null || e.Eras.Count > 0, e.Tag);
            Assert.True(e.Energy is null or (>= 0 and <= 1), e.Tag);
        });
    }

    [Fact]
    public void Parse_UnknownTaxonomyId_Throws()
    {
        Assert.Throws<FormatException>(() => LastFmTagMapping.Parse("rock | ROCKK | |"));
        Assert.Throws<FormatException>(() => LastFmTagMapping.Parse("80s | | | EIGHTIEZ"));
    }

    [Fact]
    public void Entries_MatchTheTableInDocs()
    {
        var documented = DocumentedRows(File.ReadAllLines(RepositoryPaths.Combine("docs", "lastfm-tag-mapping.md")));
        var coded = LastFmTagMapping.Entries.Select(e => string.Join(" | ",
            e.Tag,
            string.Join(' ', e.GenreIds),
            e.Energy?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join(' ', e.Eras.Select(x => x.Weight == 1 ? x.EraId : string.Create(CultureInfo.InvariantCulture, $"{x.EraId}:{x.Weight}")))));

        Assert.Equal(coded.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    /// <summary>Rows of every markdown table whose header is "| tag | genres | energy | eras |".</summary>
    private static List<string> DocumentedRows(string[] lines)
    {
        var rows = new List<string>();
        var inTable = false;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var cells = line.Trim('|').Split('|', StringSplitOptions.TrimEntries);
            if (cells is ["tag", "genres", "energy", "eras"])
            {
                inTable = true;
            }
            else if (inTable && !cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                rows.Add(string.Join(" | ", cells.Select(c => c.Trim('`'))));
            }
        }

        return rows;
    }
}
