using System.Diagnostics;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Lambda.Runtime;
using AlexaMusicSkill.Logging;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>Builds the skill for one Lambda environment; <c>LambdaComposition.Create</c> in production.</summary>
internal delegate ISkillFunction SkillFunctionFactory(SkillConfiguration configuration, byte[] userKeySecret, IEventLog log, JsonLineWriter records, TimeProvider clock);

/// <summary>
/// The init phase: configuration, user-key secret, composition, then the invoke loop. Any failure is one FATAL JSON
/// line plus a POST to <c>/runtime/init/error</c>, and the process exits with <see cref="BootstrapExitCodes.InitFailed"/>.
/// Nothing is done that the first turn does not need.
/// </summary>
internal sealed class ColdStart(
    IReadOnlyDictionary<string, string?> environment,
    JsonLineWriter output,
    TimeProvider clock,
    SkillFunctionFactory createFunction,
    Func<ISecureParameterReader> parameterReader)
{
    /// <summary>Lambda stops an init at 10 s; give up on the secret well before.</summary>
    private static readonly TimeSpan SecretTimeout = TimeSpan.FromSeconds(8);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var runtime = LambdaEnvironment.From(environment);
        var result = SkillConfiguration.FromEnvironment(environment, requireTable: true);
        var log = new JsonEventLog(output, result.Configuration?.LogLevel ?? LogLevel.Info, clock);

        if (runtime.RuntimeApi is null)
        {
            var problems = result.IsValid ? string.Empty : " " + result.Summary;
            log.Write(LogLevel.Fatal, "AWS_LAMBDA_RUNTIME_API is not set: bootstrap runs only inside Lambda or against a Runtime API emulator." + problems);
            return BootstrapExitCodes.InitFailed;
        }

        if (!Uri.TryCreate($"http://{runtime.RuntimeApi}/", UriKind.Absolute, out _))
        {
            log.Write(LogLevel.Fatal, $"AWS_LAMBDA_RUNTIME_API '{runtime.RuntimeApi}' is not a host:port.");
            return BootstrapExitCodes.InitFailed;
        }

        using var client = new RuntimeApiClient(runtime.RuntimeApi);
        try
        {
            if (result.Configuration is not { } configuration)
            {
                return await FailInitAsync(client, log, FunctionErrorTypes.InvalidConfiguration, new FunctionError("InvalidConfiguration", result.Summary, []), cancellationToken);
            }

            byte[] secret;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(SecretTimeout);
                secret = await UserKeySecret.ResolveAsync(configuration, parameterReader, timeout.Token);
            }
            catch (UserKeySecretException e)
            {
                return await FailInitAsync(client, log, FunctionErrorTypes.UserKeySecretUnavailable, new FunctionError("UserKeySecretUnavailable", e.Message, []), cancellationToken);
            }

            ISkillFunction function;
            try
            {
                function = createFunction(configuration, secret, log, output, clock);
            }
            catch (Exception e)
            {
                return await FailInitAsync(client, log, FunctionErrorTypes.InitError, FunctionError.FromException(e), cancellationToken, e);
            }

            log.Info(
                "cold start complete",
                Field("initMs", Stopwatch.GetElapsedTime(started).TotalMilliseconds),
                Field("gcHeapLimitMiB", GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024.0)));
            var loop = new LambdaRuntimeLoop(client, function, log, clock, new RuntimeLoopOptions { RunOnce = runtime.RunOnce });
            return await loop.RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is RuntimeApiException or HttpRequestException)
        {
            log.Write(LogLevel.Fatal, "the Lambda Runtime API failed during init; exiting", error: e);
            return BootstrapExitCodes.InitFailed;
        }
    }

    private static async Task<int> FailInitAsync(RuntimeApiClient client, IEventLog log, string errorTypeHeader, FunctionError error, CancellationToken cancellationToken, Exception? exception = null)
    {
        log.Write(LogLevel.Fatal, error.ErrorMessage, [Field("lambdaErrorType", errorTypeHeader)], exception);
        var posted = await client.PostInitErrorAsync(errorTypeHeader, error, cancellationToken);
        if (!posted.IsAccepted)
        {
            log.Warn("the Runtime API did not accept the init error", Field("status", (int)posted.Status), Field("detail", posted.Detail));
        }

        return BootstrapExitCodes.InitFailed;
    }
}
