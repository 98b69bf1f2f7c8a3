namespace AlexaMusicSkill.Lambda;

/// <summary>The process exit codes of <c>bootstrap</c>; Lambda reports any non-zero exit as <c>Runtime.ExitError</c>.</summary>
internal static class BootstrapExitCodes
{
    public const int Success = 0;

    /// <summary>Cold start failed (configuration, secret or composition); reported to <c>/runtime/init/error</c> first.</summary>
    public const int InitFailed = 1;

    /// <summary>The Runtime API answered 500 or went away.</summary>
    public const int RuntimeApiFailed = 2;
}
