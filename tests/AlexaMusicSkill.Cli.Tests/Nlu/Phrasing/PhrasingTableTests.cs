using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// The phrasing table is the measuring stick for the interaction model's samples: pinned (a change to it is a visible
/// change to this test), well-formed, and split by a hash nobody chooses.
/// </summary>
public sealed class PhrasingTableTests
{
    /// <summary>SHA-256 of Nlu/phrasing-table.tsv (LF line endings). Change it only with a reason in the commit.</summary>
    private const string PinnedFingerprint = "5e4402fdff04b8fbb17c145c3113d82c8526021d38ac95b0214f45dc99df11cd";

    private static readonly Lazy<MusicCatalog> Catalog = new(() => BuiltInCatalog.Load(TestCatalog.MediaBase));

    [Fact]
    public void Table_IsThePinnedOne()
    {
        Assert.True(PinnedFingerprint == PhrasingTable.Fingerprint(),
            $"phrasing-table.tsv changed (now {PhrasingTable.Fingerprint()}): the table must not move after the samples are written against it.");
    }

    [Fact]
    public void Table_HasEnoughRows_SplitBetweenFortyAndSixtyPercent()
    {
        var rows = PhrasingTable.Load();
        var heldout = (double)rows.Count(r => r.Split == PhrasingTable.Heldout) / rows.Count;

        Assert.True(rows.Count >= 300, $"{rows.Count} rows");
        Assert.InRange(heldout, 0.4, 0.6);
        Assert.All(rows, r => Assert.Contains(r.Split, new[] { PhrasingTable.Train, PhrasingTable.Heldout }));
    }

    [Fact]
    public void EveryRow_IsWellFormed()
    {
        var rows = PhrasingTable.Load();
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var at = $"line {row.Line} ({row.Id})";
            if (!PhrasingTable.Contexts.Contains(row.Context))
            {
                problems.Add($"{at}: unknown context '{row.Context}'");
            }

            if (row.Split != PhrasingTable.SplitOf(row.Id))
            {
                problems.Add($"{at}: split is '{row.Split}', the hash of the id says '{PhrasingTable.SplitOf(row.Id)}'");
            }

            if (row.Utterance.Length == 0 || row.Utterance != row.Utterance.Trim() || row.Utterance.Any(char.IsUpper))
            {
                problems.Add($"{at}: the utterance must be non-empty, trimmed and lower case, as Alexa transcribes it");
            }

            problems.AddRange(row.Readings.SelectMany(r => r.Slots).Where(s => !Exists(s.Key, s.Value)).Select(s => $"{at}: no {s.Key} id '{s.Value}'"));
            if (row.Readings.GroupBy(r => r.ToString()).Any(g => g.Count() > 1))
            {
                problems.Add($"{at}: a reading is listed twice");
            }
        }

        problems.AddRange(rows.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => $"id {g.Key} is used {g.Count()} times"));
        problems.AddRange(rows.GroupBy(r => (r.Context, r.Utterance)).Where(g => g.Count() > 1).Select(g => $"\"{g.Key.Utterance}\" appears twice in {g.Key.Context}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryContext_HasPhrasings()
    {
        var rows = PhrasingTable.Load();

        Assert.All(PhrasingTable.Contexts, c => Assert.Contains(rows, r => r.Context == c));
    }

    [Fact]
    public void ContextDependentPhrasings_HaveDifferentMeaningsByContext()
    {
        // The same words, two meanings: the table must hold both sides ("faster" is a complaint after a sample).
        var rows = PhrasingTable.Load();
        var faster = rows.Where(r => r.Utterance == "faster").ToDictionary(r => r.Context, r => r.Expected.Act);

        Assert.Equal(UserAct.Feedback, faster["sample"]);
        Assert.Equal(UserAct.Answer, faster["mood_question"]);
        var yes = rows.Where(r => r.Utterance == "yes" && r.Context is "sample" or "station_offer" or "artist_offer").ToList();
        Assert.Equal(3, yes.Count);
        Assert.All(yes, r => Assert.Equal(UserAct.Yes, r.Expected.Act));
    }

    [Theory]
    [InlineData("Answer", "genre=JAZZ;mood=UPBEAT")]
    [InlineData("Yes", "")]
    [InlineData("Yes", "-")]
    public void ExpectedMeaning_Parses(string act, string slots)
    {
        var meaning = ExpectedMeaning.Parse(act, slots);

        Assert.Equal(act, meaning.Act.ToString());
    }

    [Theory]
    [InlineData("Answered", "")]
    [InlineData("3", "")]
    [InlineData("Answer", "tempo=FAST")]
    [InlineData("Answer", "genre=JAZZ;genre=ROCK")]
    [InlineData("Answer", "genre")]
    public void ExpectedMeaning_RefusesWhatIsNotAMeaning(string act, string slots)
    {
        Assert.Throws<FormatException>(() => ExpectedMeaning.Parse(act, slots));
    }

    [Fact]
    public void ExpectedMeaning_MatchesExactlyTheSameIds()
    {
        var expected = ExpectedMeaning.Parse("Answer", "genre=POP;era=EIGHTIES");

        Assert.True(expected.Matches(new UserMeaning { Act = UserAct.Answer, Genre = "POP", Era = "EIGHTIES" }));
        Assert.False(expected.Matches(new UserMeaning { Act = UserAct.Answer, Genre = "POP" }));
        Assert.False(expected.Matches(new UserMeaning { Act = UserAct.Answer, Genre = "POP", Era = "EIGHTIES", Mood = "UPBEAT" }));
        Assert.False(expected.Matches(new UserMeaning { Act = UserAct.FindMusic, Genre = "POP", Era = "EIGHTIES" }));
    }

    private static bool Exists(string kind, string id) => kind switch
    {
        SlotNames.Mood => MusicTaxonomy.FindMood(id) is not null,
        SlotNames.Genre => MusicTaxonomy.FindGenre(id) is not null,
        SlotNames.Era => MusicTaxonomy.FindEra(id) is not null,
        SlotNames.Activity => MusicTaxonomy.FindActivity(id) is not null,
        SlotNames.Feedback => FeedbackVocabulary.Find(id) is not null,
        SlotNames.Artist => Catalog.Value.FindArtist(id) is not null,
        _ => false,
    };
}
