using System.Text.Json.Serialization;
using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// One estimator's estimate of a target policy's value with its interval (<see cref="EstimatorExtensions"/> says how
/// it is computed). The report's JSON keeps it flat: estimator, value, lower, upper.
/// </summary>
public sealed record OffPolicyEstimate(string Estimator, [property: JsonIgnore] Interval Interval)
{
    [JsonConstructor]
    public OffPolicyEstimate(string estimator, double value, double lower, double upper)
        : this(estimator, new Interval(value, lower, upper))
    {
    }

    public double Value => Interval.Value;

    public double Lower => Interval.Lower;

    public double Upper => Interval.Upper;
}
