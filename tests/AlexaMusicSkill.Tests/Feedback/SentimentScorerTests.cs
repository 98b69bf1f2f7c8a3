using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Feedback;

public sealed class SentimentScorerTests
{
    /// <summary>
    /// Phrasings as listeners say them, with the sign we expect ('+', '-', or '0' for lukewarm: |score| &lt; 0.35).
    /// Each is scored the way the skill meets it: the slot value Alexa's entity resolution would match (exactly, as
    /// our synonyms list them) plus the heard words.
    /// </summary>
    public static TheoryData<string, char> Phrasings => new()
    {
        { "love it", '+' }, { "i love it", '+' }, { "brilliant", '+' }, { "that's great", '+' }, { "amazing", '+' },
        { "brilliant, I love it", '+' }, { "what a tune", '+' }, { "that's the one", '+' }, { "a banger", '+' },
        { "really love it", '+' }, { "perfect", '+' }, { "so good", '+' }, { "yes i love it", '+' },
        { "like it", '+' }, { "i like this", '+' }, { "nice", '+' }, { "pretty good", '+' }, { "cool", '+' },
        { "not bad", '+' }, { "not bad at all", '+' }, { "decent", '+' }, { "thumbs up", '+' }, { "i dig it", '+' },
        { "quite nice", '+' }, { "kind of like it", '+' }, { "too slow but i like it", '+' }, { "catchy", '+' },
        { "it's ok", '0' }, { "hmm ok", '0' }, { "okay i guess", '0' }, { "fine", '0' }, { "alright", '0' },
        { "so so", '0' }, { "could be worse", '0' }, { "sort of", '0' }, { "not too bad", '0' }, { "it'll do", '0' },
        { "i don't hate it", '0' }, { "not the worst", '0' }, { "average", '0' }, { "getting there", '0' },
        { "meh", '-' }, { "boring", '-' }, { "kind of boring", '-' }, { "bland", '-' }, { "whatever", '-' },
        { "not sure about this", '-' }, { "not great", '-' }, { "nothing special", '-' }, { "a bit meh", '-' },
        { "not really", '-' }, { "not my thing", '-' }, { "not for me", '-' }, { "don't like it", '-' },
        { "not feeling it", '-' }, { "not so much", '-' }, { "nope not this", '-' }, { "i don't love it", '-' },
        { "not very good", '-' }, { "good but too slow", '-' },
        { "hate it", '-' }, { "i hate this", '-' }, { "terrible", '-' }, { "awful", '-' }, { "ugh", '-' },
        { "can't stand it", '-' }, { "really bad", '-' },
        { "too slow", '-' }, { "too loud", '-' }, { "too old", '-' }, { "too modern", '-' }, { "too fast", '-' },
        { "a bit slow", '-' }, { "too old fashioned", '-' }, { "something newer", '-' }, { "too poppy these days", '-' },
    };

    /// <summary>
    /// HELD OUT: none of these is a FeedbackType value or synonym (checked below), so entity resolution would not
    /// match them; the scorer's word rules alone (no slot value) must get the sign, and the shift for complaints.
    /// </summary>
    public static TheoryData<string, char, ConstraintShift> HeldOut => new()
    {
        { "that's really not bad", '+', ConstraintShift.None },
        { "kinda boring honestly", '-', ConstraintShift.None },
        { "i really dig this one", '+', ConstraintShift.None },
        { "not my cup of tea", '-', ConstraintShift.None },
        { "this is such a banger", '+', ConstraintShift.None },
        { "way too loud for me", '-', ConstraintShift.LessEnergy },
        { "it's alright but a bit sleepy", '-', ConstraintShift.MoreEnergy },
        { "pretty catchy actually", '+', ConstraintShift.None },
        { "not feeling this one at all", '-', ConstraintShift.None },
        { "could use more energy", '-', ConstraintShift.MoreEnergy },
        { "wow that's gorgeous", '+', ConstraintShift.None },
        { "nah this is dull", '-', ConstraintShift.None },
        { "absolutely fantastic tune", '+', ConstraintShift.None },
        { "sounds a bit dated", '-', ConstraintShift.Newer },
        { "honestly pretty forgettable", '-', ConstraintShift.None },
        { "i'm not a fan", '-', ConstraintShift.None },
        { "really not into this", '-', ConstraintShift.None },
        { "nice but too slow", '-', ConstraintShift.MoreEnergy },
        { "yeah that works for me", '+', ConstraintShift.None },
        { "love this so much", '+', ConstraintShift.None },
        { "a little too chill for me", '-', ConstraintShift.MoreEnergy },
        { "that's more like it", '+', ConstraintShift.None },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Score_CommonPhrasing_HasTheExpectedSign(string phrase, char sign)
    {
        AssertSign(sign, AsHeard(phrase), phrase);
    }

    [Fact]
    public void Phrasings_AreAtLeastSixty()
    {
        Assert.True(Phrasings.Count >= 60, $"only {Phrasings.Count} phrasings");
        Assert.True(HeldOut.Count >= 20, $"only {HeldOut.Count} held-out phrasings");
    }

    [Theory]
    [MemberData(nameof(HeldOut))]
    public void ScoreWords_HeldOutPhrasing_HasTheExpectedSignAndShift(string phrase, char sign, ConstraintShift shift)
    {
        Assert.Null(SlotValueFor(phrase));

        var score = SentimentScorer.Score(null, phrase);

        AssertSign(sign, score, phrase);
        Assert.Equal(SentimentSource.Words, score.Source);
        Assert.Equal(shift, score.Shift);
    }

    public static TheoryData<string[]> Orderings => new()
    {
        new[] { "brilliant, I love it", "<yes>", "hmm ok", "meh" },
        new[] { "love it", "like it", "it's ok", "meh", "not really", "hate it" },
        new[] { "really love it", "love it", "kind of like it" },
        new[] { "like it", "kind of like it", "not bad" },
        new[] { "that's really not bad", "not bad", "not too bad", "i don't hate it", "meh", "bad" },
        new[] { "not bad at all", "not bad" },
        new[] { "not great", "not very good", "don't like it", "don't like it at all", "terrible" },
        new[] { "kinda boring", "boring", "really boring" },
        new[] { "good", "good but too slow", "too slow", "way too slow", "hate it" },
        new[] { "too slow but i like it", "good but too slow" },
        new[] { "a bit slow", "too slow" },
        new[] { "<more like this>", "<yes>", "hmm ok", "<something else>", "<no>", "not really" },
        new[] { "i don't love it", "i don't like it" },
    };

    [Theory]
    [MemberData(nameof(Orderings))]
    public void Score_Orderings_HoldStrictly(string[] bestFirst)
    {
        for (var i = 0; i + 1 < bestFirst.Length; i++)
        {
            var better = Scored(bestFirst[i]);
            var worse = Scored(bestFirst[i + 1]);
            Assert.True(better.Value > worse.Value, $"'{bestFirst[i]}' ({better.Value}) should score above '{bestFirst[i + 1]}' ({worse.Value})");
        }
    }

    [Fact]
    public void ScoreWords_EverySlotValueAndSynonym_AgreesWithItsCuratedValenceAndShift()
    {
        foreach (var value in FeedbackVocabulary.Values)
        {
            foreach (var words in value.Synonyms.Prepend(value.Name))
            {
                var score = SentimentScorer.ScoreWords(words);
                if (Math.Abs(value.Valence) >= 0.3)
                {
                    Assert.True(score.IsKnown, $"{value.Id}: the word rules find no sentiment in '{words}'");
                    Assert.True(Math.Sign(score.Value) == Math.Sign(value.Valence), $"{value.Id}: '{words}' scores {score.Value}");
                }
                else
                {
                    Assert.True(!score.IsKnown || Math.Abs(score.Value) < 0.35, $"{value.Id}: '{words}' scores {score.Value}, not lukewarm");
                }

                Assert.True(value.Shift == score.Shift, $"{value.Id}: '{words}' shifts {score.Shift}, the value {value.Shift}");
            }
        }
    }

    [Fact]
    public void Score_ValueWithWordsThatCarryNothing_FallsBackOnTheCuratedValence()
    {
        var score = SentimentScorer.Score("OK", "sort of");

        Assert.Equal(0.1, score.Value);
        Assert.Equal(SentimentSource.Vocabulary, score.Source);
    }

    [Fact]
    public void Score_ValueWithoutWords_IsTheCuratedValenceAndShift()
    {
        var score = SentimentScorer.Score("TOO_LOUD", null);

        Assert.Equal(-0.45, score.Value);
        Assert.Equal(ConstraintShift.LessEnergy, score.Shift);
    }

    [Fact]
    public void Score_WordsThatContradictTheValue_AreAveragedWithIt()
    {
        var words = SentimentScorer.ScoreWords("terrible");

        var score = SentimentScorer.Score("LOVE_IT", "terrible");

        Assert.Equal(Math.Round((words.Value + 1.0) / 2, 4), score.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the song by the band")]
    [InlineData("!!! ???")]
    public void Score_NothingThatCarriesSentiment_IsUnknown(string? words)
    {
        Assert.False(SentimentScorer.Score(null, words).IsKnown);
    }

    [Fact]
    public void Score_UnknownValueId_IsIgnored()
    {
        Assert.False(SentimentScorer.Score("NOT_A_VALUE", null).IsKnown);
        Assert.Equal(SentimentScorer.ScoreWords("love it"), SentimentScorer.Score("NOT_A_VALUE", "love it"));
    }

    [Fact]
    public void ScoreWords_HugeOrHostileInput_StaysBoundedAndInRange()
    {
        var huge = string.Concat(Enumerable.Repeat("really love it but ", 400));
        var score = SentimentScorer.ScoreWords(huge + "\u0000\uD800 too slow");

        Assert.InRange(score.Value, -1.0, 1.0);
        Assert.True(score.IsKnown);
    }

    [Theory]
    [InlineData("too slow", ConstraintShift.MoreEnergy)]
    [InlineData("not upbeat enough", ConstraintShift.MoreEnergy)]
    [InlineData("pick up the pace", ConstraintShift.MoreEnergy)]
    [InlineData("less intense please", ConstraintShift.LessEnergy)]
    [InlineData("slower", ConstraintShift.LessEnergy)]
    [InlineData("too loud", ConstraintShift.LessEnergy)]
    [InlineData("too dated", ConstraintShift.Newer)]
    [InlineData("more recent", ConstraintShift.Newer)]
    [InlineData("too current", ConstraintShift.Older)]
    [InlineData("not too slow", ConstraintShift.None)]
    [InlineData("too good", ConstraintShift.None)]
    [InlineData("slow and dreamy i love it", ConstraintShift.None)]
    public void ScoreWords_AttributeComplaint_MovesOnlyTheConstraintItNames(string words, ConstraintShift shift)
    {
        Assert.Equal(shift, SentimentScorer.ScoreWords(words).Shift);
    }

    [Fact]
    public void ScoreWords_TooSlow_IsNegativeAboutEnergyButMilderThanDislike()
    {
        var tooSlow = SentimentScorer.ScoreWords("too slow");

        Assert.InRange(tooSlow.Value, SentimentScorer.ScoreWords("hate it").Value, SentimentScorer.ScoreWords("meh").Value);
        Assert.Equal(ConstraintShift.MoreEnergy, tooSlow.Shift);
    }

    [Fact]
    public void ScoreWords_Contrast_WeighsWhatComesAfterBut()
    {
        Assert.True(SentimentScorer.ScoreWords("boring but catchy").Value > 0);
        Assert.True(SentimentScorer.ScoreWords("catchy but boring").Value < 0);
    }

    [Fact]
    public void ScoreWords_CurlyApostrophesAndCaps_ReadLikePlainText()
    {
        Assert.Equal(SentimentScorer.ScoreWords("i don't love it"), SentimentScorer.ScoreWords("I DON\u2019T love it!"));
    }

    [Theory]
    [InlineData("brilliant, I love it", SentimentIntensity.High)]
    [InlineData("i like it", SentimentIntensity.Medium)]
    [InlineData("hmm ok", SentimentIntensity.Low)]
    [InlineData("hate it", SentimentIntensity.High)]
    public void ScoreWords_Intensity_FollowsTheStrength(string words, SentimentIntensity intensity)
    {
        Assert.Equal(intensity, SentimentScorer.ScoreWords(words).Intensity);
    }

    [Fact]
    public void Score_Warm_AllocatesNothing()
    {
        const string words = "that's really not bad but a bit too slow";
        SentimentScorer.Score("OK", words);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0.0;
        for (var i = 0; i < 1000; i++)
        {
            sum += SentimentScorer.Score("OK", words).Value + SentimentScorer.Score(null, "kinda boring honestly").Value;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sum);
    }

    private static SentimentScore Scored(string phrase) => phrase switch
    {
        "<yes>" => ActSentiment.Of(UserAct.Yes),
        "<no>" => ActSentiment.Of(UserAct.No),
        "<something else>" => ActSentiment.Of(UserAct.SomethingElse),
        "<more like this>" => ActSentiment.Of(UserAct.MoreLikeThis),
        _ => AsHeard(phrase),
    };

    /// <summary>What the skill gets for these words: the value entity resolution would match (exact) and the words.</summary>
    private static SentimentScore AsHeard(string phrase) => SentimentScorer.Score(SlotValueFor(phrase)?.Id, phrase);

    private static FeedbackValue? SlotValueFor(string phrase) => FeedbackVocabulary.Values.FirstOrDefault(v =>
        v.Name.Equals(phrase, StringComparison.OrdinalIgnoreCase) || v.Synonyms.Contains(phrase, StringComparer.OrdinalIgnoreCase));

    private static void AssertSign(char sign, SentimentScore score, string phrase)
    {
        Assert.True(score.IsKnown, $"'{phrase}' scored nothing");
        Assert.InRange(score.Value, -1.0, 1.0);
        switch (sign)
        {
            case '+':
                Assert.True(score.Value > 0.05, $"'{phrase}' should be positive, scored {score.Value}");
                break;
            case '-':
                Assert.True(score.Value < -0.05, $"'{phrase}' should be negative, scored {score.Value}");
                break;
            default:
                Assert.True(Math.Abs(score.Value) < 0.35, $"'{phrase}' should be lukewarm, scored {score.Value}");
                break;
        }
    }
}
