using System.Text;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Hosting;

/// <summary>The two doors of the one entry point (bytes for every host, typed envelopes for the simulator) behave alike.</summary>
public sealed class SkillFunctionTests
{
    private static InvocationContext Context => new("test", DateTimeOffset.UtcNow.AddSeconds(7));

    [Fact]
    public async Task Typed_ForeignSkillId_IsRefusedWithoutReachingTheEngine()
    {
        var handler = new ThrowingHandler();
        var function = new SkillFunction(AlexaRequests.LocalSkillId, handler, new InMemoryEventLog());

        var answer = await function.InvokeAsync(new AlexaRequests(skillId: "amzn1.ask.skill.someone-else").Launch(), Context, TestContext.Current.CancellationToken);

        Assert.Equal("SkillIdMismatch", answer.Refusal?.ErrorType);
        Assert.Null(answer.Response);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Typed_FailingTurn_AnswersWithTheSameApologyAsTheBytes()
    {
        var function = new SkillFunction(AlexaRequests.LocalSkillId, new ThrowingHandler(), new InMemoryEventLog());
        var request = new AlexaRequests().Launch();

        var typed = await function.InvokeAsync(request, Context, TestContext.Current.CancellationToken);
        var bytes = await function.InvokeAsync(Encoding.UTF8.GetBytes(AlexaJson.SerializeRequest(request)), Context, TestContext.Current.CancellationToken);

        Assert.True(typed.Failed);
        var answered = Assert.IsType<InvocationOutcome.Answered>(bytes);
        Assert.Equal(Encoding.UTF8.GetString(answered.ResponseUtf8), Encoding.UTF8.GetString(AlexaJson.SerializeResponse(typed.Response!)));
        Assert.Contains("something went wrong", Encoding.UTF8.GetString(answered.ResponseUtf8), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_RequestWithoutUser_GetsTheUnreadableApology()
    {
        var function = new SkillFunction(AlexaRequests.LocalSkillId, new ThrowingHandler(), new InMemoryEventLog());
        var request = new AlexaRequests().Launch();
        request.Context!.System!.User = null;
        request.Session!.User = null;

        var answer = await function.InvokeAsync(request, Context, TestContext.Current.CancellationToken);

        Assert.True(answer.Failed);
        Assert.Contains("read that request", answer.Response!.Response.OutputSpeech!.Ssml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_RealTurn_CarriesTheTurnAccount()
    {
        var skill = new SkillHarness();

        var answer = await skill.Function.InvokeAsync(new AlexaRequests().Launch(), Context, TestContext.Current.CancellationToken);

        Assert.NotNull(answer.Account?.ActionId);
        Assert.False(answer.Response!.Response.ShouldEndSession);
    }

    private sealed class ThrowingHandler : ISkillRequestHandler
    {
        public int Calls { get; private set; }

        public Task<TurnResult> HandleAsync(SkillRequest request, InvocationContext context, CancellationToken cancellationToken)
        {
            Calls++;
            throw new InvalidOperationException("boom");
        }
    }
}
