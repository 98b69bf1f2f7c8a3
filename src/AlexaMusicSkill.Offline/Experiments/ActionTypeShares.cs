using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// Which actions a policy chose in a simulated arm: share of each action type over all decisions, at the first
/// decision, and at the second, so reports can say what a policy opens with (the anchor saw the mood question first,
/// genre suggestions once history was used). The online report's counterpart over logged decisions is Reports' ActionMix.
/// </summary>
public sealed class ActionTypeShares
{
    private ActionTypeShares(double[] overall, double[] first, double[] second)
    {
        Overall = overall;
        First = first;
        Second = second;
    }

    public IReadOnlyList<double> Overall { get; }

    public IReadOnlyList<double> First { get; }

    public IReadOnlyList<double> Second { get; }

    public static ActionTypeShares Of(IReadOnlyList<SimulatedConversation> conversations)
    {
        var k = ActionTypes.All.Count;
        var overall = new double[k];
        var first = new double[k];
        var second = new double[k];
        foreach (var c in conversations)
        {
            for (var t = 0; t < c.Actions.Count; t++)
            {
                overall[(int)c.Actions[t]]++;
                if (t == 0)
                {
                    first[(int)c.Actions[t]]++;
                }
                else if (t == 1)
                {
                    second[(int)c.Actions[t]]++;
                }
            }
        }

        return new ActionTypeShares(Normalize(overall), Normalize(first), Normalize(second));
    }

    public static string Label(ActionType type) => type switch
    {
        ActionType.AskOpen => "open question",
        ActionType.AskMood => "mood question",
        ActionType.AskGenre => "genre pair",
        ActionType.AskEra => "era question",
        ActionType.PlaySample => "sample",
        ActionType.SuggestArtist => "artist",
        _ => "station",
    };

    private static double[] Normalize(double[] counts)
    {
        var total = counts.Sum();
        return [.. counts.Select(c => total == 0 ? 0 : c / total)];
    }
}
