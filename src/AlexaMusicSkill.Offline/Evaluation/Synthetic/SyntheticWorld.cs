using AlexaMusicSkill.Offline.Evaluation.RewardModels;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>
/// A small conversational world with a known truth. Seven actions (the skill's action types). The reward of an action
/// is Bernoulli(μ(x, a)) with μ a logistic function of the context including trait interactions (u1·u2, known·u2),
/// so a linear reward model is misspecified. A useful answer to a question adds a known attribute; an accepted item
/// ends the conversation in success, a rejected one adds a rejection; listeners quit with a hazard that grows with
/// rejections; conversations stop after <see cref="MaxTurns"/> decisions.
/// </summary>
public static class SyntheticWorld
{
    public const int ActionCount = 7;
    public const int MaxTurns = 10;
    public const int AskOpen = 0, AskMood = 1, AskGenre = 2, AskEra = 3, PlaySample = 4, SuggestArtist = 5, OfferStation = 6;

    public static IReadOnlyList<string> ActionIds { get; } =
        ["ask_open", "ask_mood", "ask_genre", "ask_era", "play_sample", "suggest_artist", "offer_station"];

    public static bool IsItem(int action) => action >= PlaySample;

    /// <summary>μ(x, a): the probability the action earns reward 1 (a useful answer, or an accepted item).</summary>
    public static double TrueReward(in SyntheticContext x, int action)
    {
        double k = x.Known, t = x.Turn, j = x.Rejections, u1 = x.U1, u2 = x.U2;
        var logit = action switch
        {
            AskOpen => -0.2 - (1.2 * k) - (0.15 * t) + (0.3 * u1),
            AskMood => -0.6 - (0.7 * k) + (0.6 * u1) + (0.35 * u1 * u2),
            AskGenre => -0.5 - (0.6 * k) + (0.4 * u1) - (0.3 * u2),
            AskEra => -1.3 - (0.3 * k) + (0.8 * u2) + (0.3 * u1 * u2),
            PlaySample => -1.9 + (0.8 * k) - (0.4 * u1) + (0.3 * u2) + (0.25 * k * u2) - (0.15 * j),
            SuggestArtist => -2.1 + (0.6 * k) + (0.7 * u2) - (0.2 * u1 * u2),
            _ => -2.3 + (0.7 * k) + (0.35 * j) - (0.3 * u1),
        };
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>The production rule: open question first, then mood, then genre, then samples, a station after two rejections.</summary>
    public static int Production(in SyntheticContext x) =>
        x.Turn == 0 ? AskOpen
        : x.Known == 0 ? AskMood
        : x.Known == 1 ? AskGenre
        : x.Rejections >= 2 ? OfferStation
        : PlaySample;

    /// <summary>The chance the listener quits after a turn that did not end the conversation.</summary>
    public static double QuitHazard(in SyntheticContext x) => 0.08 + (0.04 * x.Rejections);

    /// <summary>
    /// The deliberately misspecified q̂ for DM and DR: a linear model over the candidate features (additive in the
    /// context and the action), where the truth is logistic with action-specific slopes and trait interactions.
    /// Fit it on a log other than the one it evaluates.
    /// </summary>
    public static IRewardModel MisspecifiedRewardModel(RewardedLog training) => RidgeRewardModel.Fit(training.Turns);

    /// <summary>A new listener: both traits standard normal.</summary>
    internal static SyntheticContext Start(ref SplitMix64 random) => new(0, 0, 0, random.NextGaussian(), random.NextGaussian());

    /// <summary>
    /// Plays one turn: draws the reward, moves the state, and says whether the conversation goes on and whether it
    /// ended in success.
    /// </summary>
    internal static (double Reward, SyntheticContext Next, bool Continues, bool Success) Step(in SyntheticContext x, int action, ref SplitMix64 random)
    {
        var reward = random.NextDouble() < TrueReward(x, action) ? 1.0 : 0.0;
        if (IsItem(action) && reward > 0)
        {
            return (reward, x, false, true);
        }

        var next = IsItem(action)
            ? x with { Turn = x.Turn + 1, Rejections = x.Rejections + 1 }
            : x with { Turn = x.Turn + 1, Known = Math.Min(3, x.Known + (int)reward) };
        var continues = next.Turn < MaxTurns && random.NextDouble() >= QuitHazard(next);
        return (reward, next, continues, false);
    }
}
