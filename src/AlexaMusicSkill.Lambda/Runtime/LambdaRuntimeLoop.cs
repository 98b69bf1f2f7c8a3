using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>
/// The invoke phase: take the next event, hand its bytes to the <see cref="ISkillFunction"/>, post the answer.
/// A refusal or an exception goes to the <c>/error</c> path and the loop carries on; only a broken Runtime API
/// (500, connection lost) ends it, with <see cref="BootstrapExitCodes.RuntimeApiFailed"/>.
/// </summary>
internal sealed class LambdaRuntimeLoop(RuntimeApiClient client, ISkillFunction function, IEventLog log, TimeProvider clock, RuntimeLoopOptions options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            do
            {
                var invocation = await client.GetNextInvocationAsync(cancellationToken);
                await HandleAsync(invocation, cancellationToken);
            }
            while (!options.RunOnce);

            return BootstrapExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return BootstrapExitCodes.Success;
        }
        catch (Exception e) when (e is RuntimeApiException or HttpRequestException)
        {
            log.Write(LogLevel.Fatal, "the Lambda Runtime API failed; exiting", error: e);
            return BootstrapExitCodes.RuntimeApiFailed;
        }
    }

    private async Task HandleAsync(LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        // The X-Ray and AWS SDKs read the current trace header from here; clear it so no trace outlives its invoke.
        Environment.SetEnvironmentVariable(RuntimeApiHeaders.TraceIdEnvironmentVariable, invocation.TraceId);
        var context = new InvocationContext(invocation.RequestId, invocation.Deadline ?? clock.GetUtcNow() + options.FallbackTimeout)
        {
            FunctionArn = invocation.FunctionArn,
            TraceId = invocation.TraceId,
        };

        InvocationOutcome outcome;
        try
        {
            outcome = await function.InvokeAsync(invocation.Body, context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.Error("invocation failed with an unhandled exception", e, Field("requestId", invocation.RequestId));
            await PostErrorAsync(invocation.RequestId, FunctionErrorTypes.UnhandledException, FunctionError.FromException(e), cancellationToken);
            return;
        }

        switch (outcome)
        {
            case InvocationOutcome.Answered answered:
                await PostResponseAsync(invocation.RequestId, answered.ResponseUtf8, cancellationToken);
                break;
            case InvocationOutcome.Refused refused:
                await PostErrorAsync(
                    invocation.RequestId,
                    FunctionErrorTypes.ForRefusal(refused.ErrorType),
                    new FunctionError(refused.ErrorType, refused.Message, []),
                    cancellationToken);
                break;
        }
    }

    private async Task PostResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken)
    {
        if (body.Length > RuntimeApiHeaders.MaxResponseBytes)
        {
            await ReportTooLargeAsync(requestId, body.Length, cancellationToken);
            return;
        }

        var posted = await client.PostResponseAsync(requestId, body, cancellationToken);
        if (posted.IsPayloadTooLarge)
        {
            await ReportTooLargeAsync(requestId, body.Length, cancellationToken);
        }
        else if (!posted.IsAccepted)
        {
            log.Warn("the Runtime API did not accept the response", Field("requestId", requestId), Field("status", (int)posted.Status), Field("detail", posted.Detail));
        }
    }

    private async Task ReportTooLargeAsync(string requestId, int length, CancellationToken cancellationToken)
    {
        var message = $"The response is {length} bytes; the Runtime API accepts at most {RuntimeApiHeaders.MaxResponseBytes} bytes.";
        log.Write(LogLevel.Error, "response too large; reported as an error", [Field("requestId", requestId), Field("bytes", length)]);
        await PostErrorAsync(requestId, FunctionErrorTypes.ResponseSizeTooLarge, new FunctionError("ResponseSizeTooLarge", message, []), cancellationToken);
    }

    private async Task PostErrorAsync(string requestId, string errorTypeHeader, FunctionError error, CancellationToken cancellationToken)
    {
        var posted = await client.PostErrorAsync(requestId, errorTypeHeader, error, cancellationToken);
        if (!posted.IsAccepted)
        {
            log.Warn("the Runtime API did not accept the error report", Field("requestId", requestId), Field("status", (int)posted.Status), Field("detail", posted.Detail));
        }
    }
}
