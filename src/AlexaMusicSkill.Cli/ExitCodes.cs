namespace AlexaMusicSkill.Cli;

/// <summary>Process exit codes of <c>musicskill</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something the user can fix: a missing file, bad JSON, an invalid catalog, a port in use.</summary>
    public const int UserError = 1;

    /// <summary>The command line itself did not parse (System.CommandLine prints why).</summary>
    public const int Usage = 2;

    /// <summary>A request was refused (wrong skill id) or a check failed.</summary>
    public const int Refused = 3;

    // report --decide: 10 promote, 11 keep running, 12 roll back (PromotionVerdicts.ExitCode in the Offline project).
}
