using AlexaMusicSkill.Cli.Nlu;

namespace AlexaMusicSkill.Cli.Tests.Nlu;

/// <summary>
/// The local NLU against the committed interaction model: a table of phrasings with the intent and slot ids Alexa
/// would give them (synonyms, punctuation, apostrophes, "&amp;", filler words, unknown values, no match at all).
/// Expected form: <c>Intent slot=ID …</c> with slots sorted by name; <c>slot=?heard</c> for ER_SUCCESS_NO_MATCH.
/// </summary>
public sealed class UtteranceMatcherTests
{
    private static readonly Lazy<UtteranceMatcher> Matcher = new(() => new UtteranceMatcher(InteractionModel.Embedded()));

    public static TheoryData<string, string> Phrasings => new()
    {
        // Finding and playing music
        { "help me find music", "FindMusicIntent" },
        { "please help me find some music", "FindMusicIntent" },
        { "Find me something chill", "FindMusicIntent mood=LAID_BACK" },
        { "find me something mellow for the gym", "FindMusicIntent activity=WORKOUT mood=LAID_BACK" },
        { "I'm in the mood for some eighties rock", "FindMusicIntent era=EIGHTIES genre=ROCK" },
        { "recommend something like The Beatles", "FindMusicIntent artist=the-beatles" },
        { "recommend something like beatles", "FindMusicIntent artist=the-beatles" },
        // "I'd like …" asks for music (the phrasing table reads it as FindMusic; an answer would do as well).
        { "I'd like jazz", "FindMusicIntent genre=JAZZ" },
        { "I'd really like some jazz", "FindMusicIntent genre=JAZZ" },
        { "can you recommend some music", "FindMusicIntent" },
        { "find me something to work out to", "FindMusicIntent activity=WORKOUT" },
        { "I'd like some upbeat music for my workout", "FindMusicIntent activity=WORKOUT mood=UPBEAT" },
        { "stick on some reggae", "PlayMusicIntent genre=REGGAE" },
        { "play some jazz", "PlayMusicIntent genre=JAZZ" },
        { "play something by Queen", "PlayMusicIntent artist=queen" },
        { "Play AC/DC", "PlayMusicIntent artist=ac-dc" },
        { "put on some R&B", "PlayMusicIntent genre=RNB" },
        { "play Guns N' Roses", "PlayMusicIntent artist=guns-n-roses" },
        { "play guns and roses", "PlayMusicIntent artist=guns-n-roses" },
        { "play simon & garfunkel", "PlayMusicIntent artist=simon-and-garfunkel" },
        { "play celine dion", "PlayMusicIntent artist=celine-dion" },
        { "start a lo-fi station", "PlayMusicIntent genre=LOFI" },
        { "play some obscure zydeco", "PlayMusicIntent genre=?obscure zydeco" },

        // Answers to the skill's questions
        { "something chill", "AnswerIntent mood=LAID_BACK" },
        { "jazz", "AnswerIntent genre=JAZZ" },
        { "Chill.", "AnswerIntent mood=LAID_BACK" },
        { "upbeat please", "AnswerIntent mood=UPBEAT" },
        { "hip-hop", "AnswerIntent genre=HIP_HOP" },
        { "rock and roll", "AnswerIntent genre=ROCK" },
        { "let's go with alternative", "AnswerIntent genre=ALT_ROCK" },
        { "how about classical", "AnswerIntent genre=CLASSICAL" },
        { "chill jazz", "AnswerIntent genre=JAZZ mood=LAID_BACK" },
        { "something from the nineties", "AnswerIntent era=NINETIES" },
        { "jazz from the fifties", "AnswerIntent era=FIFTIES genre=JAZZ" },
        { "music for a road trip", "AnswerIntent activity=DRIVING" },
        { "I'm working out", "AnswerIntent activity=WORKOUT" },
        { "I really like Adele", "AnswerIntent artist=adele" },
        { "more like radiohead", "AnswerIntent artist=radiohead" },
        { "how about jazz instead", "AnswerIntent genre=JAZZ" },
        { "upbeat pop from the eighties", "AnswerIntent era=EIGHTIES genre=POP mood=UPBEAT" },

        // Reactions to a sample
        { "love it", "FeedbackIntent feedback=LOVE_IT" },
        { "I love it", "FeedbackIntent feedback=LOVE_IT" },
        { "that's awesome", "FeedbackIntent feedback=LOVE_IT" },
        { "That\u2019s great!", "FeedbackIntent feedback=LOVE_IT" },
        { "not really", "FeedbackIntent feedback=NOT_REALLY" },
        { "Don't like it.", "FeedbackIntent feedback=NOT_REALLY" },
        { "too slow", "FeedbackIntent feedback=TOO_SLOW" },
        { "meh", "FeedbackIntent feedback=MEH" },
        { "it's a bit too loud", "FeedbackIntent feedback=TOO_LOUD" },

        // Steering the conversation
        { "something else", "SomethingElseIntent" },
        { "skip this one", "SomethingElseIntent" },
        { "more like this", "MoreLikeThisIntent" },
        { "start from scratch", "RestartSearchIntent" },
        { "forget me", "ForgetMeIntent" },
        { "what's playing", "WhatsPlayingIntent" },
        { "who is this", "WhatsPlayingIntent" },

        // Built-in intents by their usual phrases
        { "yes", "AMAZON.YesIntent" },
        { "yeah sure", "AMAZON.YesIntent" },
        { "no", "AMAZON.NoIntent" },
        { "nope", "AMAZON.NoIntent" },
        { "no thanks", "AMAZON.NoIntent" },
        { "I don't know", "AMAZON.NoIntent" },
        { "stop", "AMAZON.StopIntent" },
        { "cancel", "AMAZON.CancelIntent" },
        { "never mind", "AMAZON.CancelIntent" },
        { "help", "AMAZON.HelpIntent" },
        { "what can I say", "AMAZON.HelpIntent" },
        { "pause", "AMAZON.PauseIntent" },
        { "resume", "AMAZON.ResumeIntent" },
        { "next", "AMAZON.NextIntent" },
        { "go back", "AMAZON.PreviousIntent" },
        { "start over", "AMAZON.StartOverIntent" },
        { "repeat that", "AMAZON.RepeatIntent" },
        { "shuffle on", "AMAZON.ShuffleOnIntent" },
        { "loop off", "AMAZON.LoopOffIntent" },

        // Nothing the model can place
        { "what's the weather like today", "AMAZON.FallbackIntent" },
        { "tell me a joke", "AMAZON.FallbackIntent" },
        { "order a large pizza", "AMAZON.FallbackIntent" },
        { "!!!", "AMAZON.FallbackIntent" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Match_Phrasing_GivesAlexasIntentAndSlotIds(string said, string expected)
    {
        Assert.Equal(expected, Describe(Matcher.Value.Match(said)));
    }

    [Fact]
    public void Match_PhrasingTable_CoversEveryIntentFamilyWithFortyOrMoreRows()
    {
        var intents = Phrasings.Select(row => row.Data.Item2.Split(' ')[0]).ToHashSet();

        Assert.True(Phrasings.Count >= 40, $"{Phrasings.Count} rows");
        Assert.Subset(intents, new HashSet<string> { "FindMusicIntent", "PlayMusicIntent", "AnswerIntent", "FeedbackIntent", "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.PauseIntent" });
    }

    [Fact]
    public void Match_SlotValue_ReportsWhatWasHeardAndTheCanonicalName()
    {
        var match = Matcher.Value.Match("I'm in the mood for something Mellow");

        var mood = Assert.Single(match.Slots);
        Assert.Equal("mellow", mood.Heard);
        Assert.Equal("LAID_BACK", mood.Id);
        Assert.Equal("laid back", mood.CanonicalName);
    }

    [Fact]
    public void Match_ExactSample_BeatsSlotThatSwallowsTheSameWords()
    {
        // "more like this" is a MoreLikeThisIntent sample and also fits "more like {artist}" with artist "this".
        Assert.Equal("MoreLikeThisIntent", Matcher.Value.Match("more like this").Intent);
    }

    [Fact]
    public void Match_FillerWords_AreSkippedButAnExactSampleScoresHigher()
    {
        var exact = Matcher.Value.Match("help me find music");
        var padded = Matcher.Value.Match("um help me find music now");

        Assert.Equal(exact.Intent, padded.Intent);
        Assert.Equal(0, exact.Score.Skipped);
        Assert.Equal(2, padded.Score.Skipped);
        Assert.True(exact.Score.CompareTo(padded.Score) > 0);
    }

    private static string Describe(UtteranceMatch match) =>
        string.Join(' ', match.Slots.OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => $"{s.Name}={(s.Resolved ? s.Id : "?" + s.Heard)}")
            .Prepend(match.Intent));
}
