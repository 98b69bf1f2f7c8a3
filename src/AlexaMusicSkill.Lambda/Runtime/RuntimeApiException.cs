namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>
/// The Runtime API answered in a way the runtime cannot recover from (a 500 "container error", or a <c>next</c>
/// without a request id). The process should exit promptly; Lambda then starts a fresh environment.
/// </summary>
internal sealed class RuntimeApiException(string message, Exception? inner = null) : Exception(message, inner);
