using System.Globalization;
using AlexaMusicSkill.Offline.Evaluation.Episodes;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Evaluation.Gate;

/// <summary>
/// Ship a candidate instead of production only when, on the same exploring turns: the one-sided empirical-Bernstein
/// lower bound of the per-conversation DR difference (candidate − production, paired per conversation) clears the
/// margin; the candidate's ESS is large enough; it has full support; DR and SNIPS agree on the sign of the
/// difference; and its turns to success (weighted IS) are not worse than production's beyond the tolerance.
/// The bound takes conversations as independent; several conversations of one listener are not quite, which the
/// bound does not account for (the estimates' bootstrap intervals resample listeners).
/// </summary>
public static class DeploymentGate
{
    public static GateResult Check(EvaluationData candidate, EvaluationData production, GateSettings settings)
    {
        if (candidate.Count != production.Count || candidate.GroupCount != production.GroupCount || !candidate.Group.SequenceEqual(production.Group))
        {
            throw new ArgumentException("Candidate and production must be scored on the same turns.", nameof(production));
        }

        var diagnostics = WeightDiagnostics.Of(candidate);
        var productionDiagnostics = WeightDiagnostics.Of(production);
        return new GateResult(candidate.Policy, production.Policy,
        [
            LowerBound(candidate, production, settings),
            new GateCheck(GateChecks.EffectiveSampleSize, diagnostics.EffectiveSampleSize >= settings.MinimumEffectiveSampleSize,
                diagnostics.EffectiveSampleSize, settings.MinimumEffectiveSampleSize,
                F($"effective sample size {diagnostics.EffectiveSampleSize:0} of {diagnostics.Turns} turns (largest weight {diagnostics.MaxWeight:0.##}); needs ≥ {settings.MinimumEffectiveSampleSize:0}")),
            Support(diagnostics, productionDiagnostics),
            Agreement(candidate, production),
            Turns(candidate, production, settings),
        ]);
    }

    private static GateCheck LowerBound(EvaluationData candidate, EvaluationData production, GateSettings settings)
    {
        var (candidateSums, _) = new DoublyRobust().Contribute(candidate).GroupSums();
        var (productionSums, _) = new DoublyRobust().Contribute(production).GroupSums();
        var differences = new double[candidateSums.Length];
        for (var g = 0; g < differences.Length; g++)
        {
            differences[g] = candidateSums[g] - productionSums[g];
        }

        var bound = EmpiricalBernstein.LowerBound(differences, settings.Delta);
        var baseline = productionSums.Length == 0 ? 0 : productionSums.Average();
        var margin = settings.MinimumRelativeLift * baseline;
        var mean = differences.Length == 0 ? double.NaN : differences.Average();
        return new GateCheck(GateChecks.LowerBound, bound > margin, bound, margin,
            F($"one-sided {1 - settings.Delta:0.##%} empirical-Bernstein lower bound of the per-conversation DR difference is {bound:0.####} (mean {mean:0.####} over {differences.Length} conversations); needs > {margin:0.####} ({settings.MinimumRelativeLift:0.##%} of production's {baseline:0.####})"));
    }

    private static GateCheck Support(WeightDiagnostics candidate, WeightDiagnostics production)
    {
        var unsupported = candidate.UnsupportedTurns + production.UnsupportedTurns;
        var actions = string.Join(", ", candidate.UnsupportedActions.Concat(production.UnsupportedActions).Distinct().Take(5));
        return new GateCheck(GateChecks.Support, unsupported == 0, unsupported, 0,
            unsupported == 0
                ? F($"every action either policy may choose had a logged probability above 0 on all {candidate.Turns} turns")
                : F($"{candidate.UnsupportedTurns} turns (candidate) and {production.UnsupportedTurns} (production) put mass on actions the logger never gave a chance, e.g. {actions}"));
    }

    private static GateCheck Agreement(EvaluationData candidate, EvaluationData production)
    {
        var dr = new DoublyRobust().Contribute(candidate).Value - new DoublyRobust().Contribute(production).Value;
        var snips = new SelfNormalizedInverseProbabilityWeighting().Contribute(candidate).Value
            - new SelfNormalizedInverseProbabilityWeighting().Contribute(production).Value;
        var agree = Math.Sign(dr) == Math.Sign(snips) && !double.IsNaN(dr) && !double.IsNaN(snips);
        return new GateCheck(GateChecks.EstimatorAgreement, agree, dr * snips, 0,
            F($"per-turn difference by DR {dr:+0.#####;-0.#####;0} and by SNIPS {snips:+0.#####;-0.#####;0}; they must share a sign"));
    }

    private static GateCheck Turns(EvaluationData candidate, EvaluationData production, GateSettings settings)
    {
        var estimator = new TurnsToSuccessWeightedImportanceSampling();
        var candidateTurns = estimator.Contribute(candidate).Value;
        var productionTurns = estimator.Contribute(production).Value;
        var limit = productionTurns * (1 + settings.TurnsTolerance);
        return new GateCheck(GateChecks.TurnsToSuccess, candidateTurns <= limit, candidateTurns, limit,
            double.IsNaN(candidateTurns) || double.IsNaN(productionTurns)
                ? "turns to success cannot be estimated: no weighted successful conversation"
                : F($"turns to success {candidateTurns:0.##} against production's {productionTurns:0.##}; needs ≤ {limit:0.##} ({settings.TurnsTolerance:0.##%} tolerance)"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
