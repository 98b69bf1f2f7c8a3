using System.Globalization;
using System.Text;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>
/// The hand-written map from Last.fm tags to taxonomy ids, energy hints and eras. docs/lastfm-tag-mapping.md holds the
/// same table with the reasoning; a test keeps the two identical. Tags not in the table say nothing: an artist's
/// unknown attributes stay unknown rather than guessed. Tags are compared after <see cref="Normalize"/>.
/// </summary>
internal static class LastFmTagMapping
{
    private static readonly Dictionary<string, TagMeaning> ByTag = Parse(LastFmTagTable.Rows);

    /// <summary>Every entry, in table order.</summary>
    public static IReadOnlyList<TagMeaning> Entries { get; } = [.. ByTag.Values];

    public static TagMeaning? Find(string normalizedTag) => ByTag.GetValueOrDefault(normalizedTag);

    /// <summary>
    /// Lowercase; '-', '_' and '/' become spaces; apostrophes go ("80's" → "80s"); '&amp;' becomes "and"; runs of
    /// spaces collapse. So "Hip-Hop", "hip hop" and "hip_hop" meet, and "R&amp;B" becomes "r and b".
    /// </summary>
    public static string Normalize(string tag)
    {
        var text = new StringBuilder(tag.Length);
        foreach (var c in tag.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case '\'' or '\u2019' or '`':
                    break;
                case '&':
                    text.Append(" and ");
                    break;
                case '-' or '_' or '/' or ' ' or '\t':
                    text.Append(' ');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Parses a table of "tag | genres | energy | eras" rows; throws on an id the taxonomy does not know.</summary>
    internal static Dictionary<string, TagMeaning> Parse(string table)
    {
        var entries = new Dictionary<string, TagMeaning>(StringComparer.Ordinal);
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length != 4)
            {
                throw new FormatException($"Tag mapping row '{line}' needs four cells: tag | genres | energy | eras.");
            }

            var genres = cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var genre in genres.Where(g => MusicTaxonomy.FindGenre(g) is null))
            {
                throw new FormatException($"Tag mapping row '{line}': '{genre}' is not a taxonomy genre id.");
            }

            double? energy = cells[2].Length == 0 ? null : double.Parse(cells[2], CultureInfo.InvariantCulture);
            var eras = cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseEra).ToList();
            foreach (var era in eras.Where(e => MusicTaxonomy.FindEra(e.EraId) is null))
            {
                throw new FormatException($"Tag mapping row '{line}': '{era.EraId}' is not a taxonomy era id.");
            }

            if (!entries.TryAdd(cells[0], new TagMeaning(cells[0], genres, energy, eras)))
            {
                throw new FormatException($"Tag mapping lists '{cells[0]}' twice.");
            }
        }

        return entries;
    }

    private static (string EraId, double Weight) ParseEra(string cell)
    {
        var colon = cell.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (cell, 1.0)
            : (cell[..colon], double.Parse(cell[(colon + 1)..], CultureInfo.InvariantCulture));
    }
}
