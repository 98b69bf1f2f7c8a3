using System.Diagnostics;
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
/// The edge of a turn, for every host: Lambda, chat, invoke, serve and replay call it with bytes; the simulator with a
/// typed envelope (skipping only the JSON). Both refuse a wrong skill id before touching state, hand the request to
/// the engine, and turn any failure inside the turn into a valid spoken apology (or the empty envelope where Alexa
/// allows no speech). Exceptions never leave this class for bad input. Every answered invocation reports its latency
/// and whether it failed to the metrics sink.
/// </summary>
public sealed class SkillFunction(string skillId, ISkillRequestHandler handler, IEventLog log, IMetricsSink? metrics = null) : ISkillFunction
{
    private readonly IMetricsSink _metrics = metrics ?? NullMetricsSink.Instance;

    public async Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> requestUtf8, InvocationContext context, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        SkillAnswer answer;
        try
        {
            answer = await AnswerAsync(AlexaJson.DeserializeRequest(requestUtf8.Span), context, cancellationToken);
        }
        catch (JsonException e)
        {
            // Never log the body: it may hold a user id. The position is enough to debug.
            log.Warn("malformed request JSON", Field("invocationId", context.InvocationId), Field("error", e.Path + " " + e.LineNumber + ":" + e.BytePositionInLine));
            answer = Unreadable();
        }

        if (answer.Refusal is { } refused)
        {
            return refused;
        }

        var outcome = new InvocationOutcome.Answered(AlexaJson.SerializeResponse(answer.Response!));
        _metrics.TurnCompleted(Stopwatch.GetElapsedTime(started), answer.Failed);
        return outcome;
    }

    /// <summary>The same entry for in-process hosts that build envelopes as objects: no JSON either way.</summary>
    public async Task<SkillAnswer> InvokeAsync(SkillRequest envelope, InvocationContext context, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await AnswerAsync(envelope, context, cancellationToken);
        if (answer.Refusal is null)
        {
            _metrics.TurnCompleted(Stopwatch.GetElapsedTime(started), answer.Failed);
        }

        return answer;
    }

    private async Task<SkillAnswer> AnswerAsync(SkillRequest envelope, InvocationContext context, CancellationToken cancellationToken)
    {
        if (!string.Equals(envelope.ApplicationId, skillId, StringComparison.Ordinal))
        {
            log.Warn("request refused: wrong skill id", Field("invocationId", context.InvocationId), Field("applicationId", Truncate(envelope.ApplicationId)));
            return new SkillAnswer { Refusal = new InvocationOutcome.Refused("SkillIdMismatch", "The request is addressed to a different skill id.") };
        }

        if (envelope.Request is null || envelope.UserId is null)
        {
            log.Warn("request without a request object or user id", Field("invocationId", context.InvocationId));
            return Unreadable();
        }

        try
        {
            var result = await handler.HandleAsync(envelope, context, cancellationToken);
            return new SkillAnswer { Response = result.Response, Account = result.Account };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.Error("turn failed; answered with an apology", e, Field("invocationId", context.InvocationId), Field("requestType", envelope.Request.Type));
            var kind = ResponseKinds.For(envelope.Request);
            return new SkillAnswer { Response = Apology(kind, "Sorry, something went wrong on my side. Please try again in a moment."), Failed = true };
        }
    }

    private static SkillAnswer Unreadable() =>
        new() { Response = Apology(ResponseKind.Conversation, "Sorry, I couldn't read that request."), Failed = true };

    /// <summary>A response that is always valid for the request kind.</summary>
    internal static SkillResponse Apology(ResponseKind kind, string sentence) => kind switch
    {
        ResponseKind.Conversation => ResponseBuilder.For(kind).Speak(Ssml.Speak(Ssml.S(sentence))).EndSession(true).Build(),
        ResponseKind.CanFulfill => ResponseBuilder.For(kind)
            .CanFulfill(new CanFulfillIntent { CanFulfill = CanFulfillAnswer.No }).Build(),
        _ => SkillResponse.Empty(),
    };

    private static string? Truncate(string? value) => value is { Length: > 80 } ? value[..80] : value;
}
