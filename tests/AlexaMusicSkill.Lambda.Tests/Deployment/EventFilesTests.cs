using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Deployment;

/// <summary>events/ holds the sample requests for `sam local invoke -e` and `musicskill invoke`: real-shaped, local ids.</summary>
public sealed class EventFilesTests
{
    private const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    private const string LocalUserId = "amzn1.ask.account.LOCALTESTUSER";
    private const string ExampleToken = "v1|g.JAZZ|0|norah-jones--dont-know-why";

    /// <summary>Every event file, its request type, and whether Alexa sends a session with it.</summary>
    private static readonly (string File, string Type, bool HasSession)[] Specs =
    [
        ("launch.json", "LaunchRequest", true),
        ("find-music.json", "IntentRequest", true),
        ("answer-mood.json", "IntentRequest", true),
        ("answer-genre.json", "IntentRequest", true),
        ("yes.json", "IntentRequest", true),
        ("stop.json", "IntentRequest", true),
        ("session-ended.json", "SessionEndedRequest", true),
        ("session-ended-error.json", "SessionEndedRequest", true),
        ("can-fulfill.json", "CanFulfillIntentRequest", true),
        ("playback-started.json", "AudioPlayer.PlaybackStarted", false),
        ("playback-nearly-finished.json", "AudioPlayer.PlaybackNearlyFinished", false),
        ("playback-finished.json", "AudioPlayer.PlaybackFinished", false),
        ("playback-stopped.json", "AudioPlayer.PlaybackStopped", false),
        ("playback-failed.json", "AudioPlayer.PlaybackFailed", false),
        ("playback-controller-next.json", "PlaybackController.NextCommandIssued", false),
        ("exception-encountered.json", "System.ExceptionEncountered", false),
    ];

    public static TheoryData<string, string, bool> Events => new(Specs);

    [Theory]
    [MemberData(nameof(Events))]
    public void EventFile_Envelope_HasLocalIdsAndASessionOnlyWhereAlexaSendsOne(string file, string type, bool hasSession)
    {
        var root = Load(file);

        Assert.Equal("1.0", root.GetProperty("version").GetString());
        var system = root.GetProperty("context").GetProperty("System");
        Assert.Equal(LocalSkillId, system.GetProperty("application").GetProperty("applicationId").GetString());
        Assert.Equal(LocalUserId, system.GetProperty("user").GetProperty("userId").GetString());
        var request = root.GetProperty("request");
        Assert.Equal(type, request.GetProperty("type").GetString());
        Assert.StartsWith("amzn1.echo-api.request.", request.GetProperty("requestId").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(request.GetProperty("timestamp").GetString(), out _));
        Assert.Equal(hasSession, root.TryGetProperty("session", out var session));
        if (hasSession)
        {
            Assert.Equal(LocalSkillId, session.GetProperty("application").GetProperty("applicationId").GetString());
            Assert.Equal(LocalUserId, session.GetProperty("user").GetProperty("userId").GetString());
        }
    }

    [Fact]
    public void EventFiles_Folder_HoldsExactlyTheListedEvents()
    {
        var listed = Specs.Select(spec => spec.File).Order(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(RepositoryPaths.Combine("events"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

        Assert.Equal(listed, present);
    }

    [Fact]
    public void EventFiles_All_ParseIntoTheWireModelWithoutFallingBackToUnknown()
    {
        foreach (var (file, _, _) in Specs)
        {
            var request = AlexaJson.DeserializeRequest(File.ReadAllText(Path.Combine(RepositoryPaths.Combine("events"), file)));

            Assert.False(request.Request!.IsUnknown, file);
            Assert.Equal(LocalSkillId, request.ApplicationId);
            Assert.Equal(LocalUserId, request.UserId);
        }
    }

    [Theory]
    [InlineData("answer-mood.json", "mood", "chill", "LAID_BACK", "laid back", "MoodType")]
    [InlineData("answer-genre.json", "genre", "alt rock", "ALT_ROCK", "alternative rock", "GenreType")]
    public void AnswerEvents_FilledSlot_ResolvesToTheTaxonomyId(string file, string slot, string heard, string id, string name, string slotType)
    {
        var intent = Load(file).GetProperty("request").GetProperty("intent");
        Assert.Equal("AnswerIntent", intent.GetProperty("name").GetString());
        var slots = intent.GetProperty("slots");

        var filled = slots.GetProperty(slot);
        Assert.Equal(heard, filled.GetProperty("value").GetString());
        var authority = Assert.Single(filled.GetProperty("resolutions").GetProperty("resolutionsPerAuthority").EnumerateArray());
        Assert.Equal($"amzn1.er-authority.echo-sdk.{LocalSkillId}.{slotType}", authority.GetProperty("authority").GetString());
        Assert.Equal("ER_SUCCESS_MATCH", authority.GetProperty("status").GetProperty("code").GetString());
        var value = authority.GetProperty("values")[0].GetProperty("value");
        Assert.Equal((id, name), (value.GetProperty("id").GetString(), value.GetProperty("name").GetString()));
        foreach (var other in new[] { "mood", "genre", "era", "artist", "activity" }.Where(s => s != slot))
        {
            Assert.False(slots.GetProperty(other).TryGetProperty("value", out _), $"{other} should carry no value");
        }
    }

    [Fact]
    public void FindMusicEvent_Slots_CarryNoValues()
    {
        var intent = Load("find-music.json").GetProperty("request").GetProperty("intent");

        Assert.Equal("FindMusicIntent", intent.GetProperty("name").GetString());
        Assert.All(intent.GetProperty("slots").EnumerateObject(), slot => Assert.False(slot.Value.TryGetProperty("value", out _)));
    }

    [Theory]
    [InlineData("yes.json", "AMAZON.YesIntent")]
    [InlineData("stop.json", "AMAZON.StopIntent")]
    public void BuiltInIntentEvents_NameTheIntent(string file, string intent)
    {
        Assert.Equal(intent, Load(file).GetProperty("request").GetProperty("intent").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("session-ended.json", "USER_INITIATED", false)]
    [InlineData("session-ended-error.json", "ERROR", true)]
    public void SessionEndedEvents_CarryTheReason(string file, string reason, bool hasError)
    {
        var request = Load(file).GetProperty("request");

        Assert.Equal(reason, request.GetProperty("reason").GetString());
        Assert.Equal(hasError, request.TryGetProperty("error", out var error));
        if (hasError)
        {
            Assert.False(string.IsNullOrEmpty(error.GetProperty("type").GetString()));
        }
    }

    [Theory]
    [InlineData("playback-started.json")]
    [InlineData("playback-nearly-finished.json")]
    [InlineData("playback-finished.json")]
    [InlineData("playback-stopped.json")]
    [InlineData("playback-failed.json")]
    public void PlaybackEvents_CarryOurTokenFormat(string file)
    {
        var root = Load(file);
        var request = root.GetProperty("request");

        Assert.Equal(ExampleToken, request.GetProperty("token").GetString());
        Assert.Equal(ExampleToken, root.GetProperty("context").GetProperty("AudioPlayer").GetProperty("token").GetString());
        Assert.Equal(4, ExampleToken.Split('|').Length);
    }

    [Fact]
    public void PlaybackFailedEvent_CarriesErrorAndCurrentPlaybackState()
    {
        var request = Load("playback-failed.json").GetProperty("request");

        Assert.StartsWith("MEDIA_ERROR_", request.GetProperty("error").GetProperty("type").GetString(), StringComparison.Ordinal);
        var state = request.GetProperty("currentPlaybackState");
        Assert.Equal(ExampleToken, state.GetProperty("token").GetString());
        Assert.True(state.GetProperty("offsetInMilliseconds").GetInt64() >= 0);
        Assert.False(string.IsNullOrEmpty(state.GetProperty("playerActivity").GetString()));
    }

    [Fact]
    public void CanFulfillEvent_AsksAboutJazz()
    {
        var intent = Load("can-fulfill.json").GetProperty("request").GetProperty("intent");

        Assert.Equal("FindMusicIntent", intent.GetProperty("name").GetString());
        Assert.Equal("jazz", intent.GetProperty("slots").GetProperty("genre").GetProperty("value").GetString());
    }

    private static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("events", file))).RootElement.Clone();
}
