using System.Text.RegularExpressions;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Feedback;

namespace AlexaMusicSkill.Tests.Dialogue.Rendering;

public sealed partial class PhrasebookTests
{
    [Fact]
    public void Families_HaveAtLeastTwoVariants_SoNoTurnRepeatsThePrevious()
    {
        Assert.All(Phrasebook.Families, f => Assert.True(f.Value.Length >= 2, $"{f.Key} has one phrasing"));
    }

    /// <summary>Fixed sentences only: one with a placeholder says its argument (a genre, a station), so it differs when spoken.</summary>
    [Fact]
    public void Sentences_BelongToOneVariantOfOneFamily()
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (family, variants) in Phrasebook.Families)
        {
            for (var i = 0; i < variants.Length; i++)
            {
                foreach (var sentence in SentencesOf(variants[i]).Where(s => !s.Contains('{', StringComparison.Ordinal)))
                {
                    Assert.True(owner.TryAdd(sentence, Phrasebook.Key(family, i)), $"'{sentence}' is in {owner.GetValueOrDefault(sentence)} and {Phrasebook.Key(family, i)}");
                }
            }
        }
    }

    [Fact]
    public void ToneRules_OnlyNameFamiliesThatExist()
    {
        double?[] closeness = [null, 0.1, 0.5, 0.9];
        double?[] sentiment = [null, -0.9, -0.3, 0.3, 0.9];
        foreach (var kind in Enum.GetValues<Cue>())
        {
            foreach (var shift in Enum.GetValues<ConstraintShift>())
            {
                foreach (var c in closeness)
                {
                    foreach (var s in sentiment)
                    {
                        foreach (var apologised in new[] { false, true })
                        {
                            var delivery = ToneRules.For(new TurnCue(kind, shift), c, s, apologised);
                            Assert.True(delivery.Opening is null || Phrasebook.Families.ContainsKey(delivery.Opening), delivery.Opening);
                            Assert.True(Phrasebook.Families.ContainsKey(delivery.SampleIntro), delivery.SampleIntro);
                            Assert.NotEqual(EmotionIntensity.High, delivery.Tone.Intensity);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(0.9, 0.63, "ack_liked", "excited", "sample_intro_more")]
    [InlineData(0.5, 0.63, "ack_liked", "excited", "sample_intro_more")]
    [InlineData(0.6, -0.4, "ack_reject", null, "sample_intro_fresh")]
    [InlineData(0.3, -0.4, "ack_reject_sorry", "disappointed", "sample_intro_fresh")]
    [InlineData(0.8, -0.8, "ack_reject_sorry", "disappointed", "sample_intro_fresh")]
    public void For_ReactionAndCloseness_PickFamilyAndEmotion(double closeness, double sentiment, string family, string? emotion, string intro)
    {
        var cue = sentiment > 0 ? Cue.Liked : Cue.Missed;

        var delivery = ToneRules.For(cue, closeness, sentiment);

        Assert.Equal(family, delivery.Opening);
        Assert.Equal(emotion, delivery.Tone.Emotion?.ToString().ToLowerInvariant());
        Assert.Equal(intro, delivery.SampleIntro);
    }

    [Fact]
    public void For_LikedWhenClose_IsMediumExcitement_OtherwiseLow()
    {
        Assert.Equal(EmotionIntensity.Medium, ToneRules.For(Cue.Liked, 0.9, 0.7).Tone.Intensity);
        Assert.Equal(EmotionIntensity.Low, ToneRules.For(Cue.Liked, 0.5, 0.7).Tone.Intensity);
        Assert.Equal(EmotionIntensity.Low, ToneRules.For(Cue.Liked, 0.9, 0.45).Tone.Intensity);
    }

    [Fact]
    public void For_StrugglingAfterAnApology_EncouragesInstead()
    {
        var delivery = ToneRules.For(Cue.Missed, 0.2, -0.4, apologisedRecently: true);

        Assert.Equal("ack_reject_encourage", delivery.Opening);
        Assert.Null(delivery.Tone.Emotion);
    }

    [Theory]
    [InlineData(ConstraintShift.MoreEnergy, "ack_more_energy")]
    [InlineData(ConstraintShift.LessEnergy, "ack_less_energy")]
    [InlineData(ConstraintShift.Newer, "ack_newer")]
    [InlineData(ConstraintShift.Older, "ack_older")]
    public void For_Complaint_NamesTheAttributeItMoves(ConstraintShift shift, string family)
    {
        Assert.Equal(family, ToneRules.For(new TurnCue(Cue.Complained, shift), 0.5, -0.5).Opening);
    }

    [Fact]
    public void ForAcceptance_ThrilledOrClose_IsMediumExcitement()
    {
        Assert.Equal(EmotionIntensity.Medium, ToneRules.ForAcceptance(0.5, 0.9).Intensity);
        Assert.Equal(EmotionIntensity.Medium, ToneRules.ForAcceptance(0.8, 0.63).Intensity);
        Assert.Equal(EmotionIntensity.Low, ToneRules.ForAcceptance(0.6, 0.4).Intensity);
        Assert.Equal(EmotionName.Excited, ToneRules.ForAcceptance(null, null).Emotion);
    }

    private static IEnumerable<string> SentencesOf(string template) =>
        SentenceEnd().Split(template).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.?!;])\s+")]
    private static partial Regex SentenceEnd();
}
