using System.Text;
using AlexaMusicSkill.Configuration;

namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>
/// The HMAC key that turns Alexa user ids into user keys: <c>USER_KEY_SECRET</c> when set (local runs), otherwise the
/// SecureString named by <c>USER_KEY_SECRET_PARAMETER</c>, read once at cold start.
/// </summary>
internal static class UserKeySecret
{
    public const int MinimumLength = 16;

    public static async Task<byte[]> ResolveAsync(SkillConfiguration configuration, Func<ISecureParameterReader> parameterReader, CancellationToken cancellationToken)
    {
        if (configuration.UserKeySecret is { } direct)
        {
            return Encoding.UTF8.GetBytes(direct);
        }

        var name = configuration.UserKeySecretParameter
            ?? throw new UserKeySecretException("Neither USER_KEY_SECRET nor USER_KEY_SECRET_PARAMETER is set.");
        string value;
        try
        {
            var reader = parameterReader();
            try
            {
                value = await reader.ReadAsync(name, cancellationToken);
            }
            finally
            {
                (reader as IDisposable)?.Dispose();
            }
        }
        catch (Exception e) when (e is not UserKeySecretException)
        {
            throw new UserKeySecretException($"Could not read the SSM parameter {name} named by USER_KEY_SECRET_PARAMETER: {e.GetType().Name}: {e.Message}", e);
        }

        // Never echo the value itself, only what is wrong with it.
        return value.Trim().Length >= MinimumLength
            ? Encoding.UTF8.GetBytes(value.Trim())
            : throw new UserKeySecretException($"The SSM parameter {name} must hold at least {MinimumLength} characters.");
    }
}

internal sealed class UserKeySecretException(string message, Exception? inner = null) : Exception(message, inner);
