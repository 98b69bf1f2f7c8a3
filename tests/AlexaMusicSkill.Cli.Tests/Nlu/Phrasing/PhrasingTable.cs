using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// The phrasing table (<c>Nlu/phrasing-table.tsv</c>, copied to the test output): how people talk to music finder,
/// the measuring stick for the interaction model. Lines starting with <c>#</c> describe the columns.
/// </summary>
internal static class PhrasingTable
{
    public const string Train = "train";
    public const string Heldout = "heldout";

    public static readonly string[] Columns = ["id", "split", "context", "utterance", "act", "slots", "also", "note"];

    /// <summary>What the skill had just said; the file's header lines describe each.</summary>
    public static readonly string[] Contexts =
    [
        "no_session", "launch", "open_question", "mood_question", "genre_question", "era_question", "sample",
        "artist_offer", "station_offer", "playing",
    ];

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Nlu", "phrasing-table.tsv");

    public static IReadOnlyList<PhrasingRow> Load() => Parse(File.ReadAllText(FilePath));

    /// <summary>SHA-256 of the file with line endings normalized, so a checkout's CRLF conversion is not an edit.</summary>
    public static string Fingerprint() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(FilePath).ReplaceLineEndings("\n"))));

    /// <summary>The split nobody chooses: heldout when the low bit of the first byte of SHA-256(UTF-8 id) is set.</summary>
    public static string SplitOf(string id) => (SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] & 1) == 1 ? Heldout : Train;

    /// <summary>Parses the table; throws <see cref="FormatException"/> naming the line on any structural error.</summary>
    public static IReadOnlyList<PhrasingRow> Parse(string text)
    {
        var rows = new List<PhrasingRow>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var sawHeader = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!sawHeader)
            {
                sawHeader = cells.SequenceEqual(Columns) ? true : throw new FormatException($"line {i + 1}: the header must be {string.Join(", ", Columns)}");
                continue;
            }

            rows.Add(ParseRow(i + 1, cells));
        }

        return rows;
    }

    private static PhrasingRow ParseRow(int line, string[] cells)
    {
        if (cells.Length != Columns.Length)
        {
            throw new FormatException($"line {line}: {cells.Length} cells, expected {Columns.Length}");
        }

        try
        {
            var also = cells[6].Length == 0 ? [] : cells[6].Split('|').Select(a => ParseAlternative(a.Trim(), cells[5])).ToList();
            return new PhrasingRow(line, cells[0], cells[1], cells[2], cells[3], ExpectedMeaning.Parse(cells[4], cells[5]), also, cells[7]);
        }
        catch (FormatException e)
        {
            throw new FormatException($"line {line}: {e.Message}", e);
        }
    }

    /// <summary><c>Act</c> (the row's own slots), <c>Act kind=ID;…</c> or <c>Act -</c> (no slots).</summary>
    private static ExpectedMeaning ParseAlternative(string text, string rowSlots)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? ExpectedMeaning.Parse(text, rowSlots) : ExpectedMeaning.Parse(text[..space], text[(space + 1)..].Trim());
    }
}
