using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.Simulation;

public sealed class SimulatedListenerTests
{
    /// <summary>No noise, no don't-know, no impatience, no leads: only the rule under test acts.</summary>
    private static readonly SimulatorOptions Exact = SimulatorOptions.Default with
    {
        MisrecognitionRate = 0, DontKnowMood = 0, DontKnowGenre = 0, DontKnowEra = 0, NothingInMind = 0,
        BaseAbandonHazard = 0, UnhelpfulTurnHazard = 0, LeadAtStart = 0, LeadAfterUnhelpful = 0, NameOwnGenreShare = 0,
    };

    private static readonly TrueAttributes JazzFifties = new(["JAZZ"], 0.2, "FIFTIES");
    private static readonly TrueAttributes MetalEighties = new(["METAL"], 0.9, "EIGHTIES");
    private static readonly TrueAttributes AltRockUnknown = new(["ALT_ROCK"], null, null);

    private static MusicTruth Truth { get; } = new(
        new Dictionary<string, TrueAttributes> { ["jazz"] = JazzFifties, ["jazz2"] = JazzFifties, ["metal"] = MetalEighties, ["alt"] = AltRockUnknown },
        new Dictionary<string, (string, TrueAttributes)> { ["t-jazz"] = ("jazz", JazzFifties), ["t-jazz2"] = ("jazz2", JazzFifties), ["t-metal"] = ("metal", MetalEighties) });

    private static SimulatedListener Listener(TrueAttributes target, SimulatorOptions? options = null, ulong seed = 1, string artist = "jazz")
    {
        options ??= Exact;
        return new SimulatedListener(options, new TargetSimilarity(options, Truth), Truth, new ListenerTarget(artist, target), 1.0, new SeededRandom(seed), ["jazz", "metal", "alt"]);
    }

    private static Reply Ask(SimulatedListener listener, string action) => listener.Respond(action, new OfferedContent(), reasked: false);

    [Fact]
    public void Respond_MoodAndEraQuestions_AnswersTheTargetsValues()
    {
        Assert.Equal(("AnswerIntent", "LAID_BACK"), Single(Ask(Listener(JazzFifties), "ask_mood")));
        Assert.Equal(("AnswerIntent", "FIFTIES"), Single(Ask(Listener(JazzFifties), "ask_era")));
        Assert.Equal(("AnswerIntent", "UPBEAT"), Single(Ask(Listener(MetalEighties, artist: "metal"), "ask_mood")));
    }

    [Fact]
    public void Respond_GenrePair_NamesTheOfferedGenreThatCoversTheTarget()
    {
        // Alternative rock is a kind of rock: offered "rock or jazz", the listener says rock.
        Assert.Equal(("AnswerIntent", "ROCK"), Single(Ask(Listener(AltRockUnknown, artist: "alt"), "ask_genre:JAZZ,ROCK")));
        Assert.Equal(("AnswerIntent", "JAZZ"), Single(Ask(Listener(JazzFifties), "ask_genre:JAZZ,ROCK")));
        Assert.Equal("AMAZON.NoIntent", Ask(Listener(JazzFifties), "ask_genre:POP,ROCK").Intent);
    }

    [Fact]
    public void Respond_AttributeTheTargetLacks_SaysIDontKnow()
    {
        var listener = Listener(AltRockUnknown, artist: "alt");
        Assert.Equal("AMAZON.NoIntent", Ask(listener, "ask_mood").Intent);
        Assert.Equal("AMAZON.NoIntent", Ask(listener, "ask_era").Intent);
        Assert.Equal(2, listener.Tally.DontKnows);
    }

    [Fact]
    public void Respond_EraQuestion_DontKnowRateAppliesEvenWhenKnown()
    {
        var options = Exact with { DontKnowEra = SimulatorOptions.Default.DontKnowEra };
        var dontKnow = Enumerable.Range(0, 2000).Count(seed => Ask(Listener(JazzFifties, options, (ulong)seed), "ask_era").Intent == "AMAZON.NoIntent");
        Assert.InRange(dontKnow / 2000.0, 0.26, 0.34);
    }

    [Fact]
    public void Respond_Samples_AcceptedBySimilarityToTheTarget()
    {
        // The target artist itself (similarity 1) is taken ~95% of the time; a same-style near miss often; a far one never.
        Assert.InRange(AcceptRate("t-jazz"), 0.92, 0.98);
        Assert.InRange(AcceptRate("t-jazz2"), 0.92, 0.98);
        Assert.Equal(0, AcceptRate("t-metal"));

        static double AcceptRate(string track) => Enumerable.Range(0, 2000)
            .Count(seed => Listener(JazzFifties, seed: (ulong)seed).Respond("play_sample:" + track, new OfferedContent { TrackId = track }, false) is { } r
                && (r.Intent == "AMAZON.YesIntent" || r.SlotFills.Any(s => s.Id == "LOVE_IT"))) / 2000.0;
    }

    [Fact]
    public void AcceptanceProbability_RisesWithSimilarity_HalfCeilingAtTheMidpoint()
    {
        var o = SimulatorOptions.Default;
        Assert.Equal(o.AcceptanceCeiling / 2, SimulatedListener.AcceptanceProbability(o, o.AcceptanceMidpoint), 10);
        var previous = 0.0;
        for (var s = 0.0; s <= 1.0; s += 0.05)
        {
            var p = SimulatedListener.AcceptanceProbability(o, s);
            Assert.True(p >= previous);
            previous = p;
        }

        Assert.True(SimulatedListener.AcceptanceProbability(o, 0.5) < 0.01);
    }

    [Fact]
    public void Respond_FarSampleWithClearReason_ComplainsWhenItSaysWhy()
    {
        var replies = Enumerable.Range(0, 400).Select(seed => Listener(JazzFifties, seed: (ulong)seed).Respond("play_sample:t-metal", new OfferedContent { TrackId = "t-metal" }, false)).ToList();
        Assert.Contains(replies, r => r.SlotFills.Any(s => s.Id == "TOO_FAST"));
        Assert.DoesNotContain(replies, r => r.SlotFills.Any(s => s.Id == "TOO_SLOW"));
    }

    [Fact]
    public void Respond_Patience_AbandonsSoonerAfterUnhelpfulTurns()
    {
        var options = Exact with { BaseAbandonHazard = 0.02, UnhelpfulTurnHazard = 0.05, PatienceSpread = 0 };
        Assert.True(MeanPrompts("t-metal") < MeanPrompts("t-jazz2") * 0.6, "rejected offers should wear patience out");
        Assert.All(Enumerable.Range(0, 50), seed => Assert.True(PromptsUntilAbandon(Exact, "t-metal", (ulong)seed) <= Exact.MaxTurns + 1));

        double MeanPrompts(string track) => Enumerable.Range(0, 500).Average(seed => PromptsUntilAbandon(options, track, (ulong)seed));
    }

    [Fact]
    public void Respond_Misrecognition_HappensAtTheConfiguredRate()
    {
        var options = Exact with { MisrecognitionRate = 0.1 };
        var replies = Enumerable.Range(0, 4000).Select(seed => Ask(Listener(JazzFifties, options, (ulong)seed), "ask_mood")).ToList();
        var wrong = replies.Count(r => r.Intent == "AMAZON.FallbackIntent" || r.SlotFills.Any(s => s.Id != "LAID_BACK"));
        Assert.InRange(wrong / 4000.0, 0.085, 0.115);
        Assert.Contains(replies, r => r.Intent == "AMAZON.FallbackIntent");
        Assert.Contains(replies, r => r.SlotFills.Any(s => s.Id is null));
        Assert.Contains(replies, r => r.SlotFills.Any(s => s.Id is { } id && id != "LAID_BACK"));
    }

    [Fact]
    public void Open_TakingTheLead_NamesTargetAttributes()
    {
        var options = Exact with { LeadAtStart = 1 };
        var opens = Enumerable.Range(0, 300).Select(seed => Listener(JazzFifties, options, (ulong)seed).Open()).ToList();
        Assert.All(opens, r => Assert.Contains(r.Intent, new[] { IntentNames.FindMusic, IntentNames.PlayMusic }));
        Assert.All(opens.SelectMany(r => r.SlotFills), s => Assert.Contains(s.Id, new[] { "JAZZ", "LAID_BACK", "FIFTIES" }));
        Assert.All(opens.Where(r => r.IsPlayRequest), r => Assert.True(r.SlotFills.Count >= 2));
        Assert.Equal(Reply.Launch, Listener(JazzFifties).Open());
    }

    [Fact]
    public void Respond_SameSeed_SameReplies()
    {
        var options = SimulatorOptions.Default;
        string Transcript(ulong seed)
        {
            var listener = Listener(JazzFifties, options, seed);
            return string.Join("|", new[] { "ask_open", "ask_mood", "ask_genre:JAZZ,POP", "play_sample:t-jazz2" }
                .Select(a => listener.Respond(a, new OfferedContent { TrackId = "t-jazz2" }, false))
                .Select(r => r.Intent + ":" + string.Join(",", r.SlotFills.Select(s => s.Id))));
        }

        Assert.Equal(Transcript(42), Transcript(42));
        Assert.NotEqual(1, Enumerable.Range(0, 20).Select(s => Transcript((ulong)s)).Distinct().Count());
    }

    private static int PromptsUntilAbandon(SimulatorOptions options, string track, ulong seed)
    {
        var listener = Listener(JazzFifties, options, seed);
        for (var prompt = 1; ; prompt++)
        {
            if (listener.Respond("play_sample:" + track, new OfferedContent { TrackId = track }, false).Abandons)
            {
                return prompt;
            }

            if (prompt > 1000)
            {
                return prompt;
            }
        }
    }

    private static (string?, string?) Single(Reply reply) => (reply.Intent, Assert.Single(reply.SlotFills).Id);
}
