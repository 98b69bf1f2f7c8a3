using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Tests.Reports;

/// <summary>A deliberately weak policy: never asks, plays the best-ranked sample at once (a station when none is left).</summary>
internal sealed class SamplesFirstPolicy : IDialoguePolicy
{
    public string Version => "samples-first-v1";

    public string? ModelVersion => null;

    public void Score(PolicyContext context, IReadOnlyList<CandidateAction> candidates, ReadOnlySpan<float> features, Span<double> scores)
    {
        scores.Clear();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Type is ActionType.PlaySample or ActionType.OfferStation)
            {
                scores[i] = 1;
                return;
            }
        }

        if (candidates.Count > 0)
        {
            scores[0] = 1;
        }
    }
}
