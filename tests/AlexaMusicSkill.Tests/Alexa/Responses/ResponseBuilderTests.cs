using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Responses;

public sealed class ResponseBuilderTests
{
    private const string TrackUrl = "https://media.example.com/tracks/folk-008.mp3";

    private static readonly TimeSpan Clip = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Goldens => new(GoldenBuilders.Keys);

    public static TheoryData<string> ResponseFixtures => new(FixtureFile.Names("Responses"));

    public static TheoryData<string> Refusals => new(RefusalCases.Keys);

    /// <summary>Each golden file under Fixtures/Responses and the builder calls that must produce it.</summary>
    private static Dictionary<string, Func<SkillResponse>> GoldenBuilders => new(StringComparer.Ordinal)
    {
        ["Question.json"] = () => For("LaunchRequest.json")
            .Speak(Speak(S("Welcome to music finder."), S("What are you in the mood for?")))
            .Reprompt(Speak(S("Something laid back, or more upbeat?")))
            .EndSession(false)
            .Build(),
        ["SampleTurn.json"] = () => For("IntentRequest.ErMatch.json")
            .Speak(Speak(
                MusicStyle(S("Here's a taste of Simon & Garfunkel.")),
                Audio("https://media.example.com/samples/simon-garfunkel-01.mp3?X-Amz-Date=20250314T182205Z&X-Amz-Signature=abc123", Clip),
                Break(TimeSpan.FromMilliseconds(300)),
                S("Did you like it?")))
            .Reprompt(Speak(S("Did you like that one?")))
            .StandardCard(
                "Simon & Garfunkel",
                "The Sound of Silence (a 30 second sample)",
                "https://media.example.com/art/simon-garfunkel-720.jpg",
                "https://media.example.com/art/simon-garfunkel-1200.jpg")
            .SessionAttribute("conversationId", AlexaJson.ToElement("c-7f3a9d2e"))
            .SessionAttribute("stateVersion", AlexaJson.ToElement(4))
            .EndSession(false)
            .Build(),
        ["Acceptance.json"] = () => For("IntentRequest.ErMatch.json")
            .Speak(Speak(S("Starting your folk station.")))
            .Play(
                PlayBehavior.ReplaceAll,
                "https://media.example.com/tracks/folk-001.mp3",
                "station-42:track-1",
                metadata: new AudioItemMetadata
                {
                    Title = "The Sound of Silence",
                    Subtitle = "Simon & Garfunkel",
                    Art = new ImageSources
                    {
                        ContentDescription = "Album art",
                        Sources = [new ImageSource { Url = "https://media.example.com/art/simon-garfunkel-512.jpg" }],
                    },
                    BackgroundImage = new ImageSources { Sources = [new ImageSource { Url = "https://media.example.com/art/folk-background-1280.jpg" }] },
                })
            .EndSession(true)
            .Build(),
        ["PlaybackNearlyFinished.json"] = () => For("AudioPlayer.PlaybackNearlyFinished.json")
            .Play(PlayBehavior.Enqueue, TrackUrl, "station-42:track-8", expectedPreviousToken: FixtureIds.Token)
            .Build(),
        ["Stop.json"] = () => For("PlaybackController.PauseCommandIssued.json").StopAudio().Build(),
        ["ClearQueue.json"] = () => For("AudioPlayer.PlaybackFailed.json").ClearQueue(ClearBehavior.ClearEnqueued).Build(),
        ["CanFulfill.json"] = () => For("CanFulfillIntentRequest.json")
            .CanFulfill(new CanFulfillIntent
            {
                CanFulfill = CanFulfillAnswer.Yes,
                Slots = new() { ["mood"] = new CanFulfillSlot { CanUnderstand = CanFulfillAnswer.Yes, CanFulfill = CanFulfillAnswer.Yes } },
            })
            .Build(),
        ["Empty.json"] = () => For("SessionEndedRequest.UserInitiated.json").Build(),
        ["Statement.json"] = () => For("IntentRequest.Dialog.json").SpeakText("Okay.").EndSession(null).Build(),
    };

    private static Dictionary<string, (Func<ResponseBuilder> Builder, string Rule)> RefusalCases => new(StringComparer.Ordinal)
    {
        ["speech to PlaybackNearlyFinished"] = (() => For("AudioPlayer.PlaybackNearlyFinished.json").SpeakText("Next up."), "AudioPlayer directives only: no speech"),
        ["card to PauseCommandIssued"] = (() => For("PlaybackController.PauseCommandIssued.json").SimpleCard("Paused", "Folk"), "AudioPlayer directives only: no speech"),
        ["reprompt to PlaybackFailed"] = (() => For("AudioPlayer.PlaybackFailed.json").Reprompt(Speak(S("Still there?"))), "AudioPlayer directives only: no speech"),
        ["session attributes to NextCommandIssued"] = (() => For("PlaybackController.NextCommandIssued.json").SessionAttribute("k", AlexaJson.ToElement(1)), "session attributes"),
        ["shouldEndSession to PlayCommandIssued"] = (() => For("PlaybackController.PlayCommandIssued.json").EndSession(true), "shouldEndSession"),
        ["shouldEndSession to PlaybackStarted"] = (() => For("AudioPlayer.PlaybackStarted.json").EndSession(false), "shouldEndSession"),
        ["dialog directive to PlaybackNearlyFinished"] = (() => For("AudioPlayer.PlaybackNearlyFinished.json").Directive(new DialogDelegateDirective()), "AudioPlayer directives only"),
        ["Play to PlaybackStarted"] = (() => For("AudioPlayer.PlaybackStarted.json").Play(PlayBehavior.ReplaceAll, TrackUrl, "t"), "only be answered with Stop or ClearQueue"),
        ["Play to PlaybackFinished"] = (() => For("AudioPlayer.PlaybackFinished.json").Play(PlayBehavior.ReplaceAll, TrackUrl, "t"), "only be answered with Stop or ClearQueue"),
        ["Stop to PlaybackStopped"] = (() => For("AudioPlayer.PlaybackStopped.json").StopAudio(), "must get an empty response"),
        ["speech to SessionEnded"] = (() => For("SessionEndedRequest.Error.json").SpeakText("Bye."), "must get an empty response"),
        ["ClearQueue to ExceptionEncountered"] = (() => For("System.ExceptionEncountered.json").ClearQueue(ClearBehavior.ClearAll), "must get an empty response"),
        ["shouldEndSession to SkillDisabled"] = (() => For("AlexaSkillEvent.SkillDisabled.json").EndSession(true), "must get an empty response"),
        ["two Play directives"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, TrackUrl, "a").Play(PlayBehavior.ReplaceEnqueued, TrackUrl, "b"), "only one AudioPlayer.Play"),
        ["ENQUEUE without expectedPreviousToken"] = (() => For("AudioPlayer.PlaybackNearlyFinished.json").Play(PlayBehavior.Enqueue, TrackUrl, "b"), "ENQUEUE needs expectedPreviousToken"),
        ["expectedPreviousToken with REPLACE_ALL"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, TrackUrl, "b", expectedPreviousToken: "a"), "allowed only with ENQUEUE"),
        ["expectedPreviousToken with REPLACE_ENQUEUED"] = (() => Conversation().Play(PlayBehavior.ReplaceEnqueued, TrackUrl, "b", expectedPreviousToken: "a"), "allowed only with ENQUEUE"),
        ["http stream URL"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, "http://media.example.com/a.mp3", "a"), "https stream URL"),
        ["relative stream URL"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, "/tracks/a.mp3", "a"), "https stream URL"),
        ["stream URL over 8,000 characters"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, TrackUrl + "?" + new string('q', 8000), "a"), "longer than 8000"),
        ["token over 1,024 characters"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, TrackUrl, new string('t', 1025)), "1..1024 characters"),
        ["empty token"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, TrackUrl, string.Empty), "1..1024 characters"),
        ["negative offset"] = (() => Conversation().Play(PlayBehavior.ReplaceAll, TrackUrl, "a", offsetInMilliseconds: -1), "cannot be negative"),
        ["audio in a reprompt"] = (() => Conversation().SpeakText("Hi").Reprompt(Speak(Audio("https://media.example.com/a.mp3", Clip))), "Reprompts carry no audio"),
        ["Dialog.Delegate with speech"] = (() => Conversation().SpeakText("Which mood?").Directive(new DialogDelegateDirective()), "Dialog.Delegate cannot carry outputSpeech"),
        ["Dialog.Delegate with reprompt"] = (() => Conversation().Reprompt(Speak(S("Mood?"))).Directive(new DialogDelegateDirective()), "Dialog.Delegate cannot carry outputSpeech"),
        ["Dialog with Play"] = (() => Conversation().Directive(new DialogElicitSlotDirective { SlotToElicit = "mood" }).Play(PlayBehavior.ReplaceAll, TrackUrl, "a"), "cannot be mixed with AudioPlayer.Play"),
        ["Dialog with shouldEndSession true"] = (() => Conversation().SpeakText("Mood?").Directive(new DialogElicitSlotDirective { SlotToElicit = "mood" }).EndSession(true), "session to stay open"),
        ["two Dialog directives"] = (() => Conversation().Directive(new DialogConfirmIntentDirective()).Directive(new DialogConfirmSlotDirective { SlotToConfirm = "mood" }), "Only one of Dialog"),
        ["canFulfillIntent in a conversation"] = (() => Conversation().CanFulfill(new CanFulfillIntent { CanFulfill = CanFulfillAnswer.Yes }), "canFulfillIntent belongs only in a response to CanFulfillIntentRequest"),
        ["speech in a CanFulfill answer"] = (() => For("CanFulfillIntentRequest.json").SpeakText("Yes!"), "canFulfillIntent only"),
        ["speech over 8,000 characters"] = (() => Conversation().SpeakText(new string('a', 8001)), "outputSpeech is 8001 characters; the limit is 8000"),
        ["card over 8,000 characters"] = (() => Conversation().SimpleCard("Title", new string('c', 7996)), "The card is 8001 characters"),
        ["card image URL over 2,000 characters"] = (() => Conversation().StandardCard("T", "x", "https://media.example.com/" + new string('i', 2000)), "card image URL is longer than 2000"),
        ["response over 24 KB"] = (() => Conversation()
            .SpeakText(new string('s', 7900))
            .Reprompt(Speak(Text(new string('r', 7900))))
            .SimpleCard("A huge card", new string('c', 7900))
            .SessionAttribute("notes", AlexaJson.ToElement(new string('n', 2000))), "the limit is 24576 bytes"),
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Build_KnownTurn_MatchesGoldenJson(string golden)
    {
        var response = GoldenBuilders[golden]();

        JsonAssert.Equivalent(FixtureFile.ResponseJson(golden), AlexaJson.SerializeResponseToString(response));
    }

    [Theory]
    [MemberData(nameof(ResponseFixtures))]
    public void DeserializeResponse_EveryGolden_RoundTripsAndHasABuilder(string golden)
    {
        var json = FixtureFile.ResponseJson(golden);

        JsonAssert.Equivalent(json, AlexaJson.SerializeResponseToString(AlexaJson.DeserializeResponse(json)));
        Assert.Contains(golden, GoldenBuilders.Keys);
    }

    [Theory]
    [InlineData("SessionEndedRequest.UserInitiated.json")]
    [InlineData("AudioPlayer.PlaybackStopped.json")]
    [InlineData("System.ExceptionEncountered.json")]
    [InlineData("AudioPlayer.PlaybackStarted.json")]
    [InlineData("PlaybackController.NextCommandIssued.json")]
    [InlineData("AlexaSkillEvent.SkillDisabled.json")]
    public void Build_NothingAdded_IsExactlyTheEmptyEnvelope(string fixture)
    {
        Assert.Equal("""{"version":"1.0","response":{}}""", AlexaJson.SerializeResponseToString(For(fixture).Build()));
        Assert.Equal("""{"version":"1.0","response":{}}""", AlexaJson.SerializeResponseToString(SkillResponse.Empty()));
    }

    [Fact]
    public void Build_ShouldEndSessionNull_OmitsTheProperty()
    {
        var json = AlexaJson.SerializeResponseToString(Conversation().SpeakText("Okay.").EndSession(true).EndSession(null).Build());

        Assert.DoesNotContain("shouldEndSession", json, StringComparison.Ordinal);
        Assert.DoesNotContain("length", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Build_CombinationAlexaRejects_ThrowsNamingTheRule(string refusal)
    {
        var (builder, rule) = RefusalCases[refusal];

        var error = Assert.Throws<ResponseException>(() => builder().Build());

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Speak_SsmlOver8000Characters_IsRefusedBeforeBuild()
    {
        var error = Assert.Throws<SsmlException>(() => Conversation().Speak(Speak(Text(new string('a', 7986)))));

        Assert.Contains("8001 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AtEveryLimit_IsAccepted()
    {
        var response = Conversation()
            .SpeakText(new string('a', 8000))
            .Play(PlayBehavior.ReplaceAll, "https://media.example.com/" + new string('u', 8000 - 26), new string('t', 1024))
            .Build();

        Assert.Equal(8000, response.Response.OutputSpeech?.Length);
        Assert.Equal(8000, Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(response.Response.Directives!)).AudioItem.Stream.Url.Length);
    }

    [Theory]
    [InlineData("AudioPlayer.PlaybackStarted.json")]
    [InlineData("AudioPlayer.PlaybackFinished.json")]
    public void Build_StopOrClearQueueToStartedOrFinished_IsAccepted(string fixture)
    {
        var response = For(fixture).StopAudio().ClearQueue(ClearBehavior.ClearAll).Build();

        Assert.Equal([DirectiveTypes.AudioPlayerStop, DirectiveTypes.AudioPlayerClearQueue], response.Response.Directives!.Select(d => d.Type));
    }

    [Fact]
    public void Build_SerializedBytes_AreReusedBySerializeResponse()
    {
        var response = Conversation().SpeakText("Okay.").Build();

        Assert.Same(AlexaJson.SerializeResponse(response), AlexaJson.SerializeResponse(response));
    }

    private static ResponseBuilder For(string requestFixture) => ResponseBuilder.For(FixtureFile.Request(requestFixture).Request!);

    private static ResponseBuilder Conversation() => ResponseBuilder.For(new IntentRequest());
}
