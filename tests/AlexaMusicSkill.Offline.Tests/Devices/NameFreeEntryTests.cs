using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Offline.Devices;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.Devices;

/// <summary>The device's name-free path against the real skill (SkillHarness: raw JSON through SkillFunction).</summary>
public sealed class NameFreeEntryTests
{
    private const string UserId = "amzn1.ask.account.NAMEFREE";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly SkillHarness _skill = new();
    private readonly List<SkillRequest> _sent = [];
    private readonly DeviceSession _device = new(AlexaRequests.LocalSkillId, UserId, "amzn1.ask.device.D");
    private readonly PhraseResolver _resolver = new();

    [Fact]
    public async Task RouteAsync_SkillCanFulfill_AsksOutOfSessionFirstThenOpensANewSessionWithTheSameIntent()
    {
        var outcome = await RouteAsync("help me find music");

        var query = Assert.Single(_sent);
        var canFulfill = Assert.IsType<CanFulfillIntentRequest>(query.Request);
        Assert.Null(query.Session);
        Assert.Equal("FindMusicIntent", canFulfill.Intent!.Name);
        Assert.Equal(UserId, query.UserId);
        Assert.Equal(CanFulfillAnswer.Yes, outcome.Answer);
        Assert.True(_device.InSession);

        var first = _device.VoiceRequest(Assert.IsType<IntentRequest>(outcome.Request), Now);
        var response = await _skill.SendAsync(first, TestContext.Current.CancellationToken);

        Assert.True(first.Session!.New);
        Assert.Null(first.Session.Attributes);
        Assert.Equal("FindMusicIntent", ((IntentRequest)first.Request!).Intent!.Name);
        Assert.NotEqual(query.Request!.RequestId, first.Request!.RequestId);
        // The conversation starts: the skill asks its first question and keeps the mic open.
        Assert.False(response.Response.ShouldEndSession);
        Assert.StartsWith("ask_", Assert.Single(_skill.Records.Records.OfType<DecisionRecord>()).Chosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_IntentWithSlots_SendsTheSlotsInTheCanFulfillAndTheIntentRequest()
    {
        var outcome = await RouteAsync("play some jazz");

        var asked = ((CanFulfillIntentRequest)Assert.Single(_sent).Request!).Intent!;
        Assert.Equal("JAZZ", asked.Slots!["genre"].Resolutions!.ResolutionsPerAuthority![0].Values![0].Value!.Id);
        Assert.Equal(CanFulfillAnswer.Yes, outcome.Answer);
        Assert.Same(asked, outcome.Request!.Intent);
    }

    [Fact]
    public async Task RouteAsync_WakeWordInFront_IsTakenOffBeforeTheDeviceResolves()
    {
        var outcome = await RouteAsync("Alexa, help me find music");

        Assert.Equal(["help me find music"], _resolver.Heard);
        Assert.True(outcome.Routed);
    }

    [Fact]
    public async Task RouteAsync_SkillAnswersNo_NoSessionOpensAndTheDeviceAnswersItself()
    {
        var outcome = await RouteAsync("what's playing");

        Assert.IsType<CanFulfillIntentRequest>(Assert.Single(_sent).Request);
        Assert.Equal(CanFulfillAnswer.No, outcome.Answer);
        Assert.False(outcome.Routed);
        Assert.Equal(NameFreeEntry.DeviceDecline, outcome.DeviceSpeech);
        Assert.False(_device.InSession);
        Assert.Empty(_skill.Records.Records);
    }

    [Theory]
    [InlineData("blah blah")] // nothing in the model matched
    [InlineData("yes")] // a built-in: Alexa's own out of a session
    public async Task RouteAsync_NothingOfTheSkillsOwn_TheSkillIsNotAskedAtAll(string utterance)
    {
        var outcome = await RouteAsync(utterance);

        Assert.Empty(_sent);
        Assert.Null(outcome.Answer);
        Assert.Equal(NameFreeEntry.DeviceDecline, outcome.DeviceSpeech);
        Assert.False(_device.InSession);
    }

    [Fact]
    public async Task RouteAsync_NoAnswerFromTheSkill_IsANo()
    {
        var entry = new NameFreeEntry(_device, _resolver);

        var outcome = await entry.RouteAsync("help me find music", Now, null, (_, _) => Task.FromResult<SkillResponse?>(null), TestContext.Current.CancellationToken);

        Assert.False(outcome.Routed);
        Assert.False(_device.InSession);
    }

    [Fact]
    public async Task RouteAsync_SessionAlreadyOpen_IsNotNameFree()
    {
        _device.StartSession();
        var entry = new NameFreeEntry(_device, _resolver);

        await Assert.ThrowsAsync<InvalidOperationException>(() => entry.RouteAsync("help me find music", Now, null, AskAsync, TestContext.Current.CancellationToken));
    }

    private Task<NameFreeOutcome> RouteAsync(string utterance) =>
        new NameFreeEntry(_device, _resolver).RouteAsync(utterance, Now, null, AskAsync, TestContext.Current.CancellationToken);

    private async Task<SkillResponse?> AskAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        _sent.Add(request);
        return await _skill.SendAsync(request, cancellationToken);
    }

    /// <summary>The few phrases these tests say, resolved as the interaction model would.</summary>
    private sealed class PhraseResolver : IUtteranceResolver
    {
        public List<string> Heard { get; } = [];

        public Intent? Resolve(string utterance)
        {
            Heard.Add(utterance);
            return utterance switch
            {
                "help me find music" => Intent("FindMusicIntent"),
                "play some jazz" => Intent("PlayMusicIntent", ("genre", AlexaRequests.Slot("genre", "jazz", "JAZZ"))),
                "what's playing" => Intent("WhatsPlayingIntent"),
                "yes" => Intent("AMAZON.YesIntent"),
                _ => null,
            };
        }

        private static Intent Intent(string name, params (string Name, Slot Slot)[] slots) =>
            new() { Name = name, ConfirmationStatus = "NONE", Slots = slots.ToDictionary(s => s.Name, s => s.Slot) };
    }
}
