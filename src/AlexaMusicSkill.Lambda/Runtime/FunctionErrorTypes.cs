using System.Buffers;

namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>
/// Values of the <c>Lambda-Runtime-Function-Error-Type</c> header. Lambda keeps only values matching
/// <c>(Runtime|Function)\.[A-Z][a-zA-Z]+</c> (anything else becomes <c>…Unknown</c>), so every value here does.
/// </summary>
internal static class FunctionErrorTypes
{
    public const string UnhandledException = "Function.UnhandledException";
    public const string ResponseSizeTooLarge = "Function.ResponseSizeTooLarge";
    public const string InvalidConfiguration = "Runtime.InvalidConfiguration";
    public const string UserKeySecretUnavailable = "Runtime.UserKeySecretUnavailable";
    public const string InitError = "Runtime.InitError";

    private const string RefusedFallback = "Function.Refused";

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary><c>Function.&lt;ErrorType&gt;</c> for a refused invocation, e.g. <c>Function.SkillIdMismatch</c>.</summary>
    public static string ForRefusal(string errorType) =>
        IsShortName(errorType) ? "Function." + errorType : RefusedFallback;

    private static bool IsShortName(string name) =>
        name.Length >= 2 && char.IsAsciiLetterUpper(name[0]) && !name.AsSpan(1).ContainsAnyExcept(AsciiLetters);
}
