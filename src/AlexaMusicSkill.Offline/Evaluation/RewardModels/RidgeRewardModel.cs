using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Offline.Rewards;

namespace AlexaMusicSkill.Offline.Evaluation.RewardModels;

/// <summary>
/// A linear reward model q̂(x, a) = β₀ + Σ β_j f_j over the candidate's features (missing = 0), fitted by ridge regression
/// on the logged actions' rewards and clipped to [0, 1]. A baseline q̂ for DM/DR; fit it on other conversations than
/// the ones it evaluates (see <see cref="ConversationSplit"/>).
/// </summary>
public sealed class RidgeRewardModel : IRewardModel
{
    private readonly double[] _beta;

    private RidgeRewardModel(double[] beta) => _beta = beta;

    public int FeatureCount => _beta.Length - 1;

    public static RidgeRewardModel Fit(IEnumerable<TurnRow> turns, double ridge = 1.0)
    {
        if (!(ridge >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(ridge), ridge, "ridge must be zero or positive.");
        }

        LeastSquares? fit = null;
        double[] x = [];
        foreach (var turn in turns)
        {
            var features = turn.Candidates[turn.ChosenIndex].Features;
            if (fit is null)
            {
                fit = new LeastSquares(features.Length + 1);
                x = new double[features.Length + 1];
            }

            Fill(features, x);
            fit.Add(x, turn.Reward);
        }

        return fit is null ? throw new ArgumentException("There are no turns to fit on.", nameof(turns)) : new RidgeRewardModel(fit.Solve(ridge));
    }

    public double Predict(ReadOnlySpan<float> features)
    {
        var value = _beta[0];
        for (var j = 0; j < Math.Min(features.Length, _beta.Length - 1); j++)
        {
            value += float.IsNaN(features[j]) ? 0 : _beta[j + 1] * features[j];
        }

        return Math.Clamp(value, 0, 1);
    }

    private static void Fill(ReadOnlySpan<float> features, Span<double> x)
    {
        x[0] = 1;
        for (var j = 0; j < features.Length && j + 1 < x.Length; j++)
        {
            x[j + 1] = float.IsNaN(features[j]) ? 0 : features[j];
        }
    }
}
