using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Feedback;

namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>
/// The fixed rule from goal closeness and the last reaction's sentiment to phrasing family and SSML tone: warm and
/// brief when close ("Great! Here's more like that."), encouraging after a miss ("No problem, let's try something
/// different."), a low <c>amazon:emotion</c> where it fits (excited after a liked sample, disappointed on an apology
/// when we keep missing), medium only for a strong reaction when we are close; never high.
/// </summary>
public static class ToneRules
{
    /// <summary>At or above this the goal is near: short, warm openings.</summary>
    public const double Close = 0.7;

    /// <summary>Below this we are struggling: apologise, thank, encourage.</summary>
    public const double Far = 0.4;

    /// <summary>A reaction this negative earns an apology whatever the closeness ("hate it").</summary>
    private const double StrongDislike = -0.7;

    /// <summary>A reaction this warm, when close, earns a medium excitement.</summary>
    private const double StrongLike = 0.6;

    /// <param name="apologisedRecently">
    /// An apology was among the last few phrasings: a struggling conversation is encouraged, not apologised to every turn
    /// (a strong dislike still earns one).
    /// </param>
    public static Delivery For(TurnCue cue, double? closeness, double? lastSentiment, bool apologisedRecently = false)
    {
        var near = closeness ?? 0.5;
        var felt = lastSentiment ?? 0.0;
        return cue.Kind switch
        {
            Cue.Welcome => new("welcome", Tone.Neutral),
            Cue.WelcomeBack => new("welcome_back", Tone.Excited()),
            Cue.Start => new("start", Tone.Neutral),
            Cue.Answered when near >= Close => new("ack_answer_close", Tone.Neutral, "sample_intro_close"),
            Cue.Answered when near < Far => new("ack_answer_thanks", Tone.Neutral),
            Cue.Answered or Cue.Acknowledged => new("ack_answer", Tone.Neutral),
            Cue.Unclear when near < Far && !apologisedRecently => new("ack_unclear_sorry", Tone.Disappointed()),
            Cue.Unclear => new("ack_unclear", Tone.Neutral),
            Cue.Restarted => new("ack_restart", Tone.Neutral),
            Cue.Liked => new("ack_liked", Tone.Excited(near >= Close && felt >= StrongLike ? EmotionIntensity.Medium : EmotionIntensity.Low), "sample_intro_more"),
            Cue.Lukewarm => new("ack_lukewarm", Tone.Neutral),
            Cue.Missed when felt <= StrongDislike || (near < Far && !apologisedRecently) => new("ack_reject_sorry", Tone.Disappointed(), "sample_intro_fresh"),
            Cue.Missed when near < Far => new("ack_reject_encourage", Tone.Neutral, "sample_intro_fresh"),
            Cue.Missed => new("ack_reject", Tone.Neutral, "sample_intro_fresh"),
            Cue.Complained => new(ComplaintFamily(cue.Shift), Tone.Neutral, "sample_intro_fresh"),
            _ => Delivery.Plain,
        };
    }

    /// <summary>The last words before the music: excited, medium when the listener was thrilled or we were close.</summary>
    public static Tone ForAcceptance(double? closeness, double? lastSentiment) =>
        (lastSentiment ?? 0) >= SentimentScorer.AcceptAbove || ((closeness ?? 0) >= Close && (lastSentiment ?? 0) >= StrongLike)
            ? Tone.Excited(EmotionIntensity.Medium)
            : Tone.Excited();

    /// <summary>Whether one of these phrasing keys is an apology (what <paramref name="recentPhrasings"/> of the state hold).</summary>
    public static bool IncludesApology(IReadOnlyList<string> recentPhrasings)
    {
        foreach (var key in recentPhrasings)
        {
            if (key.StartsWith("ack_reject_sorry/", StringComparison.Ordinal) || key.StartsWith("ack_unclear_sorry/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string ComplaintFamily(ConstraintShift shift) => shift switch
    {
        ConstraintShift.MoreEnergy => "ack_more_energy",
        ConstraintShift.LessEnergy => "ack_less_energy",
        ConstraintShift.Newer => "ack_newer",
        ConstraintShift.Older => "ack_older",
        _ => "ack_reject",
    };
}
