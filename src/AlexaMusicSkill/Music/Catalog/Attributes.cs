using AlexaMusicSkill.Music.Taxonomy;
using F = AlexaMusicSkill.Music.Catalog.Sources.CatalogFields;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>Checks of the taxonomy-backed attributes, shared by artist and track rows.</summary>
internal static class Attributes
{
    public const int MaxGenres = 3;

    private static readonly string GenreExamples = string.Join(", ", MusicTaxonomy.Genres.Select(g => g.Id));

    public static void CheckGenres(IReadOnlyList<string>? genres, bool required, string file, int line, List<CatalogFinding> findings)
    {
        if (genres is null || genres.Count == 0)
        {
            if (required)
            {
                findings.Add(Error(file, line, F.Genres, "is required: 1 to 3 taxonomy genre ids, primary first, separated by ';'"));
            }

            return;
        }

        if (genres.Count > MaxGenres)
        {
            findings.Add(Error(file, line, F.Genres, $"has {genres.Count} genres; give at most {MaxGenres}, primary first"));
        }

        for (var i = 0; i < genres.Count; i++)
        {
            var genre = genres[i];
            if (MusicTaxonomy.FindGenre(genre) is null)
            {
                findings.Add(Error(file, line, F.Genres, $"'{genre}' is not a taxonomy genre id (one of {GenreExamples})"));
            }
            else if (IndexOf(genres, genre) < i)
            {
                findings.Add(Error(file, line, F.Genres, $"'{genre}' is listed twice"));
            }
        }
    }

    /// <summary>True when <paramref name="energy"/> is absent or in [0, 1]; otherwise reports it.</summary>
    public static bool CheckEnergy(double? energy, string file, int line, List<CatalogFinding> findings)
    {
        if (energy is { } e && !(e >= 0 && e <= 1))
        {
            findings.Add(Error(file, line, F.Energy, $"energy {Format(e)} is outside [0, 1] (0 is calm, 1 is intense)"));
            return false;
        }

        return true;
    }

    /// <summary>A stated mood must be a mood id and, when the energy is known, the bucket that energy falls into.</summary>
    public static void CheckMood(string? mood, double? energy, string file, int line, List<CatalogFinding> findings)
    {
        if (mood is null)
        {
            return;
        }

        if (MusicTaxonomy.FindMood(mood) is null)
        {
            findings.Add(Error(file, line, F.Mood, $"'{mood}' is not a mood id (LAID_BACK, IN_BETWEEN or UPBEAT)"));
        }
        else if (energy is { } value && MusicTaxonomy.MoodForEnergy(value) != mood)
        {
            findings.Add(Error(file, line, F.Mood,
                $"mood {mood} does not match energy {Format(value)}, which is {MusicTaxonomy.MoodForEnergy(value)} (LAID_BACK < 0.4 ≤ IN_BETWEEN < 0.65 ≤ UPBEAT); leave mood empty to derive it"));
        }
    }

    public static void CheckEra(string? era, string file, int line, List<CatalogFinding> findings)
    {
        if (era is not null && MusicTaxonomy.FindEra(era) is null)
        {
            findings.Add(Error(file, line, F.Era, $"'{era}' is not an era id ({string.Join(", ", MusicTaxonomy.Eras.Select(e => e.Id))})"));
        }
    }

    public static void CheckPopularity(int? popularity, string file, int line, List<CatalogFinding> findings)
    {
        if (popularity is { } p && p is < 0 or > 100)
        {
            findings.Add(Error(file, line, F.Popularity, $"popularity {p} is outside 0–100"));
        }
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    public static string Format(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static CatalogFinding Error(string file, int line, string field, string why) =>
        new(FindingSeverity.Error, file, line, field, why);
}
