using System.Collections.Concurrent;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;

namespace AlexaMusicSkill.Lambda.Tests.Fakes;

/// <summary>A hand-written <see cref="ISkillFunction"/> for the loop: answers with a delegate and records what it saw.</summary>
internal sealed class FakeSkillFunction(Func<byte[], InvocationContext, InvocationOutcome> answer) : ISkillFunction
{
    public ConcurrentQueue<Seen> Calls { get; } = new();

    /// <summary>Echoes the request body back as the response.</summary>
    public static FakeSkillFunction Echo() => new((body, _) => new InvocationOutcome.Answered(body));

    public Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> requestUtf8, InvocationContext context, CancellationToken cancellationToken = default)
    {
        var body = requestUtf8.ToArray();
        Calls.Enqueue(new Seen(body, context, Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID")));
        return Task.FromResult(answer(body, context));
    }

    /// <summary>One call: the body, the context, and <c>_X_AMZN_TRACE_ID</c> as the function saw it.</summary>
    internal sealed record Seen(byte[] Body, InvocationContext Context, string? TraceEnvironment);
}
