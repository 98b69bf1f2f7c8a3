namespace AlexaMusicSkill.Policy;

/// <summary>
/// The production rule-based policy, the anchor's former system: open question, then mood, then a genre pair,
/// then samples, then a station, skipping what the listener already said. Gives its pick score 1, the rest 0.
/// Frozen: the learned policy is compared against exactly this. rules-v2 is the same rules over conversation v2's
/// candidates (genre pairs, samples and artists follow what the listener said; a rejected artist's tracks are left
/// out), so its decisions differ from rules-v1's wherever those candidates do; the rules themselves did not change.
/// </summary>
public sealed class RuleBasedPolicy : IDialoguePolicy
{
    public const string PolicyVersion = "rules-v2";

    /// <summary>Samples to play before offering a station.</summary>
    public const int SamplesBeforeStation = 3;

    public string Version => PolicyVersion;

    public string? ModelVersion => null;

    public void Score(PolicyContext context, IReadOnlyList<CandidateAction> candidates, ReadOnlySpan<float> features, Span<double> scores)
    {
        scores.Clear();
        var pick = Pick(context, candidates);
        if (pick >= 0)
        {
            scores[pick] = 1;
        }
    }

    private static int Pick(PolicyContext context, IReadOnlyList<CandidateAction> candidates)
    {
        if (context.KnownCount == 0 && context.AskedOpen == 0 && Find(candidates, ActionType.AskOpen) is var open and >= 0)
        {
            return open;
        }

        if (context.Mood is null && context.AskedMood == 0 && Find(candidates, ActionType.AskMood) is var mood and >= 0)
        {
            return mood;
        }

        if (context.Genre is null && context.Artist is null && context.AskedGenre == 0 && Find(candidates, ActionType.AskGenre) is var genre and >= 0)
        {
            return genre;
        }

        if (context.SamplesOffered >= SamplesBeforeStation && Find(candidates, ActionType.OfferStation) is var station and >= 0)
        {
            return station;
        }

        if (Find(candidates, ActionType.PlaySample) is var sample and >= 0)
        {
            return sample;
        }

        // Nothing left to sample: fall back to whatever comes first (a station, an artist, a question).
        return candidates.Count > 0 ? 0 : -1;
    }

    /// <summary>The first (best-ranked) candidate of a type; candidates arrive ranked within each type.</summary>
    private static int Find(IReadOnlyList<CandidateAction> candidates, ActionType type)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }
}
