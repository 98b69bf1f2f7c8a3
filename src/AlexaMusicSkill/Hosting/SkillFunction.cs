using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Hosting;

/// <summary>
/// The edge of a turn: bytes in, bytes out. Parses the envelope, refuses a wrong skill id before touching state,
/// hands the request to the engine, and turns any failure inside the turn into a valid spoken apology
/// (or the empty envelope where Alexa allows no speech). Exceptions never leave this class for bad input.
/// Every answered invocation reports its latency and whether it failed to the metrics sink.
/// </summary>
public sealed class SkillFunction(string skillId, ISkillRequestHandler handler, IEventLog log, IMetricsSink? metrics = null) : ISkillFunction
{
    private readonly IMetricsSink _metrics = metrics ?? NullMetricsSink.Instance;

    public async Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> requestUtf8, InvocationContext context, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (outcome, failed) = await HandleAsync(requestUtf8, context, cancellationToken);
        if (outcome is InvocationOutcome.Answered)
        {
            _metrics.TurnCompleted(System.Diagnostics.Stopwatch.GetElapsedTime(started), failed);
        }

        return outcome;
    }

    /// <summary>The outcome, and whether an answer is an apology because something failed.</summary>
    private async Task<(InvocationOutcome Outcome, bool Failed)> HandleAsync(ReadOnlyMemory<byte> requestUtf8, InvocationContext context, CancellationToken cancellationToken)
    {
        SkillRequest envelope;
        try
        {
            envelope = AlexaJson.DeserializeRequest(requestUtf8.Span);
        }
        catch (JsonException e)
        {
            // Never log the body: it may hold a user id. The position is enough to debug.
            log.Warn("malformed request JSON", Field("invocationId", context.InvocationId), Field("error", e.Path + " " + e.LineNumber + ":" + e.BytePositionInLine));
            return Failed(Apology(ResponseKind.Conversation, "Sorry, I couldn't read that request."));
        }

        if (!string.Equals(envelope.ApplicationId, skillId, StringComparison.Ordinal))
        {
            log.Warn("request refused: wrong skill id", Field("invocationId", context.InvocationId), Field("applicationId", Truncate(envelope.ApplicationId)));
            return (new InvocationOutcome.Refused("SkillIdMismatch", "The request is addressed to a different skill id."), false);
        }

        if (envelope.Request is null || envelope.UserId is null)
        {
            log.Warn("request without a request object or user id", Field("invocationId", context.InvocationId));
            return Failed(Apology(ResponseKind.Conversation, "Sorry, I couldn't read that request."));
        }

        var kind = ResponseKinds.For(envelope.Request);
        try
        {
            var response = await handler.HandleAsync(envelope, context, cancellationToken);
            return (Answer(response), false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.Error("turn failed; answered with an apology", e, Field("invocationId", context.InvocationId), Field("requestType", envelope.Request.Type));
            return Failed(Apology(kind, "Sorry, something went wrong on my side. Please try again in a moment."));
        }
    }

    /// <summary>A response that is always valid for the request kind.</summary>
    internal static SkillResponse Apology(ResponseKind kind, string sentence) => kind switch
    {
        ResponseKind.Conversation => ResponseBuilder.For(kind).Speak(Ssml.Speak(Ssml.S(sentence))).EndSession(true).Build(),
        ResponseKind.CanFulfill => ResponseBuilder.For(kind)
            .CanFulfill(new CanFulfillIntent { CanFulfill = CanFulfillAnswer.No }).Build(),
        _ => SkillResponse.Empty(),
    };

    private static InvocationOutcome.Answered Answer(SkillResponse response) => new(AlexaJson.SerializeResponse(response));

    private static (InvocationOutcome, bool) Failed(SkillResponse apology) => (Answer(apology), true);

    private static string? Truncate(string? value) => value is { Length: > 80 } ? value[..80] : value;
}
