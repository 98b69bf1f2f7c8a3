namespace AlexaMusicSkill.Offline.Evaluation.Gate;

/// <summary>One gate condition: its name, whether it held, the measured value against its threshold, and a sentence with the numbers.</summary>
public sealed record GateCheck(string Name, bool Passed, double Value, double Threshold, string Detail);

/// <summary>The gate's verdict: it passes only when every condition holds; otherwise the failed ones say why.</summary>
public sealed record GateResult(string Candidate, string Production, IReadOnlyList<GateCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);

    public IEnumerable<GateCheck> Failed => Checks.Where(c => !c.Passed);

    /// <summary>The CLI's exit code: <see cref="GateExitCodes.Passed"/> or <see cref="GateExitCodes.Refused"/>.</summary>
    public int ExitCode => Passed ? GateExitCodes.Passed : GateExitCodes.Refused;
}

/// <summary>Exit codes of <c>musicskill evaluate --gate</c> (1 stays for usage and input errors).</summary>
public static class GateExitCodes
{
    public const int Passed = 0;
    // 1 and 2 are the CLI's input and usage errors; 3 is "a check failed", as for a refused skill id.
    public const int Refused = 3;
}

/// <summary>The names of the gate's conditions, as results and reports spell them.</summary>
public static class GateChecks
{
    public const string LowerBound = "lower_bound";
    public const string EffectiveSampleSize = "effective_sample_size";
    public const string Support = "support";
    public const string EstimatorAgreement = "estimator_agreement";
    public const string TurnsToSuccess = "turns_to_success";
}
