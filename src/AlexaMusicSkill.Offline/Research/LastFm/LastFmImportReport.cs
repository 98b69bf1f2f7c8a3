using System.Globalization;
using System.Text;

namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>How much of the HetRec data became usable attributes, and what was skipped on the way.</summary>
public sealed record LastFmImportReport
{
    public required string Directory { get; init; }

    public required int Artists { get; init; }

    public required int ArtistsWithGenre { get; init; }

    public required int ArtistsWithMood { get; init; }

    public required int ArtistsWithEra { get; init; }

    /// <summary>The same three counts among the 1,000 most played artists (the ones a simulator mostly meets).</summary>
    public required (int Artists, int WithGenre, int WithMood, int WithEra) MostPlayed { get; init; }

    public required int Users { get; init; }

    public required int ListeningPairs { get; init; }

    public required long Plays { get; init; }

    public required int TagApplications { get; init; }

    /// <summary>Tag applications whose tag is in the mapping table.</summary>
    public required int TagApplicationsMapped { get; init; }

    public required int DistinctTags { get; init; }

    public required int DistinctTagsMapped { get; init; }

    /// <summary>Rows that reference an artist or tag id the data does not define, plus malformed rows.</summary>
    public required int RowsSkipped { get; init; }

    /// <summary>file name → the encoding it was read with.</summary>
    public required IReadOnlyDictionary<string, string> Encodings { get; init; }

    public required IReadOnlyDictionary<string, int> ArtistsPerGenre { get; init; }

    public required IReadOnlyDictionary<string, int> ArtistsPerMood { get; init; }

    public required IReadOnlyDictionary<string, int> ArtistsPerEra { get; init; }

    public string ToText()
    {
        var text = new StringBuilder();
        void Line(string line) => text.AppendLine(line);
        string Share(int part, int whole) => whole == 0 ? "0%" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);

        Line($"HetRec import from {Directory}");
        Line($"  files: {string.Join(", ", Encodings.Select(e => $"{e.Key} ({e.Value})"))}");
        Line($"  artists: {Artists:N0}; with genre {ArtistsWithGenre:N0} ({Share(ArtistsWithGenre, Artists)}), " +
             $"mood {ArtistsWithMood:N0} ({Share(ArtistsWithMood, Artists)}), era {ArtistsWithEra:N0} ({Share(ArtistsWithEra, Artists)})");
        Line($"  {MostPlayed.Artists:N0} most played artists: genre {MostPlayed.WithGenre:N0}, mood {MostPlayed.WithMood:N0}, era {MostPlayed.WithEra:N0}");
        Line($"  users: {Users:N0}; listening pairs {ListeningPairs:N0}; plays {Plays:N0}");
        Line($"  tag applications: {TagApplications:N0}, mapped {TagApplicationsMapped:N0} ({Share(TagApplicationsMapped, TagApplications)}); " +
             $"distinct tags {DistinctTags:N0}, mapped {DistinctTagsMapped:N0}; rows skipped {RowsSkipped:N0}");
        Line($"  per genre: {Join(ArtistsPerGenre)}");
        Line($"  per mood: {Join(ArtistsPerMood)}");
        Line($"  per era: {Join(ArtistsPerEra)}");
        return text.ToString();
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")));
}
