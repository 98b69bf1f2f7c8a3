using System.Text.Json;
using AlexaMusicSkill.Cli.Tests.Support;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary><c>musicskill chat</c> with piped stdin: the whole path, through the same SkillFunction as the Lambda.</summary>
public sealed class ChatCommandTests
{
    /// <summary>The seed conversation: open → help me find music → no → something chill → a genre → yes → playing.</summary>
    private const string SeedConversation = "open music finder\nhelp me find music\nno\nsomething chill\npop\nyes\n";

    [Fact]
    public async Task Chat_SeedConversationPiped_EndsPlayingAStationWithTheDeviceReportingIt()
    {
        using var folder = new TempFolder();

        // The seed's conversation is the rule-based policy's question order (open, mood, genre pair, sample).
        var result = await CliRun.RunAsync(["chat", "--policy", "rules", .. CliRun.Local(folder)], SeedConversation);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutLines;
        Assert.Equal(["you> open music finder", "you> help me find music", "you> no", "you> something chill", "you> pop", "you> yes"], lines.Where(l => l.StartsWith("you> ", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => l.StartsWith("alexa> ", StringComparison.Ordinal)));
        Assert.Equal(5, lines.Count(l => l == "[mic open]"));
        Assert.Contains(lines, l => l.Contains("[sample: ", StringComparison.Ordinal));
        Assert.Matches(@"^\[playing: .+ — .+ by .+\]$", Assert.Single(lines, l => l.StartsWith("[playing:", StringComparison.Ordinal)));
        Assert.Equal("[session ended]", lines[^2]);
        Assert.Equal("device> AudioPlayer.PlaybackStarted", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chat_SeedConversation_WritesDecisionAndOutcomeRecordsWithoutTheUserIdAndKeepsTheSecretPrivate()
    {
        using var folder = new TempFolder();

        await CliRun.RunAsync(["chat", .. CliRun.Local(folder)], SeedConversation);

        var records = File.ReadAllLines(folder.Combine("records.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, records.Count(r => r.GetProperty("recordType").GetString() == "decision"));
        var outcome = Assert.Single(records, r => r.GetProperty("recordType").GetString() == "outcome");
        Assert.Equal("accepted", outcome.GetProperty("outcome").GetString());
        Assert.DoesNotContain("LOCAL-CHAT-USER", File.ReadAllText(folder.Combine("records.jsonl")), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.Combine("secret")));
        }

        Assert.NotEmpty(Directory.GetFiles(folder.Combine("state"), "state-*.json"));
    }

    [Fact]
    public async Task Chat_AfterPlay_PlayerCommandsGoWithoutSessionAndTheDeviceReportsStopsAndStarts()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], SeedConversation + "pause\nresume\n:finish\nstop\n");

        var requests = Requests(result.Out);
        var pause = requests.Single(r => IntentName(r) == "AMAZON.PauseIntent" && !r.TryGetProperty("session", out _) && Ordinal(requests, r) < Ordinal(requests, requests.Single(x => IntentName(x) == "AMAZON.ResumeIntent")));
        Assert.Equal("STOPPED", pause.GetProperty("context").GetProperty("AudioPlayer").GetProperty("playerActivity").GetString());
        Assert.False(requests.Single(r => IntentName(r) == "AMAZON.ResumeIntent").TryGetProperty("session", out _));
        var types = requests.Select(r => r.GetProperty("request").GetProperty("type").GetString()).ToList();
        Assert.Contains("AudioPlayer.PlaybackNearlyFinished", types);
        Assert.Contains("AudioPlayer.PlaybackFinished", types);
        Assert.True(types.Count(t => t == "AudioPlayer.PlaybackStarted") >= 3, string.Join(", ", types));
        Assert.All(requests.Where(r => r.GetProperty("request").GetProperty("type").GetString()!.StartsWith("AudioPlayer.", StringComparison.Ordinal)),
            r => Assert.False(r.TryGetProperty("session", out _)));
        Assert.Equal("AMAZON.PauseIntent", IntentName(requests.Last(r => IntentName(r) is not null)));
        Assert.Contains("[queued: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_SessionRequests_CarryTheEchoedSessionAttributesAndOneSessionId()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "open music finder\nhelp me find music\nsomething chill\n");

        var requests = Requests(result.Out);
        Assert.Equal(3, requests.Count);
        Assert.True(requests[0].GetProperty("session").GetProperty("new").GetBoolean());
        Assert.False(requests[0].GetProperty("session").TryGetProperty("attributes", out _));
        Assert.False(requests[1].GetProperty("session").GetProperty("new").GetBoolean());
        Assert.Single(requests.Select(r => r.GetProperty("session").GetProperty("sessionId").GetString()).Distinct());
        var conversation = requests[1].GetProperty("session").GetProperty("attributes").GetProperty("conversationId").GetString();
        Assert.False(string.IsNullOrEmpty(conversation));
        Assert.Equal(conversation, requests[2].GetProperty("session").GetProperty("attributes").GetProperty("conversationId").GetString());
        Assert.Equal("IDLE", requests[0].GetProperty("context").GetProperty("AudioPlayer").GetProperty("playerActivity").GetString());
        Assert.True(requests[0].GetProperty("context").GetProperty("System").GetProperty("device").GetProperty("supportedInterfaces").TryGetProperty("AudioPlayer", out _));
    }

    [Fact]
    public async Task Chat_OneShotRequest_StartsANewSessionWithThatIntent()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "ask music finder to play some jazz\n");

        var request = Assert.Single(Requests(result.Out), r => IntentName(r) is not null);
        Assert.Equal("PlayMusicIntent", IntentName(request));
        Assert.True(request.GetProperty("session").GetProperty("new").GetBoolean());
        Assert.Contains("[playing: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Exit_SendsSessionEndedUserInitiatedAndStopsReading()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "open music finder\nexit\nhelp me find music\n");

        var last = Requests(result.Out)[^1];
        Assert.Equal("SessionEndedRequest", last.GetProperty("request").GetProperty("type").GetString());
        Assert.Equal("USER_INITIATED", last.GetProperty("request").GetProperty("reason").GetString());
        Assert.DoesNotContain("you> help me find music", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help me find music")]
    [InlineData("Alexa, help me find music")]
    [InlineData("recommend some music")]
    public async Task Chat_NameFreeFirstLine_AsksCanFulfillThenStartsTheConversationInANewSession(string firstLine)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], firstLine + "\nsomething upbeat\n");

        var requests = Requests(result.Out);
        Assert.Equal(["CanFulfillIntentRequest", "IntentRequest", "IntentRequest"], requests.Select(r => r.GetProperty("request").GetProperty("type").GetString()));
        Assert.False(requests[0].TryGetProperty("session", out _));
        Assert.Equal("FindMusicIntent", IntentName(requests[0]));
        Assert.Equal("YES", JsonBlocks(result.Out, "<<< response")[0].GetProperty("response").GetProperty("canFulfillIntent").GetProperty("canFulfill").GetString());
        Assert.Equal("FindMusicIntent", IntentName(requests[1]));
        Assert.True(requests[1].GetProperty("session").GetProperty("new").GetBoolean());
        Assert.False(requests[2].GetProperty("session").GetProperty("new").GetBoolean());
        Assert.Equal("AnswerIntent", IntentName(requests[2]));

        // The conversation started: the skill asked its first question with the mic open, and logged that decision.
        using var fresh = new TempFolder();
        var lines = (await CliRun.RunAsync(["chat", .. CliRun.Local(fresh)], firstLine + "\n")).OutLines;
        Assert.Equal("you> " + firstLine, lines[0]);
        Assert.EndsWith("?", Assert.Single(lines, l => l.StartsWith("alexa> ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("[mic open]", lines[^1]);
        var decision = Assert.Single(File.ReadLines(fresh.Combine("records.jsonl")), l => l.Contains("\"recordType\":\"decision\"", StringComparison.Ordinal));
        Assert.Contains("\"chosen\":\"ask_", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NameFreeRequestTheSkillCannotFulfill_OnlyTheCanFulfillIsSentAndTheDeviceAnswers()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "what's playing\n");

        var request = Assert.Single(Requests(result.Out));
        Assert.Equal("CanFulfillIntentRequest", request.GetProperty("request").GetProperty("type").GetString());
        Assert.Equal("WhatsPlayingIntent", IntentName(request));
        Assert.Contains("alexa> Sorry, I don't know that one.", result.Out, StringComparison.Ordinal);
        Assert.Contains("music finder answered WhatsPlayingIntent with NO", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("records.jsonl")) && File.ReadAllText(folder.Combine("records.jsonl")).Length > 0);
    }

    [Fact]
    public async Task Chat_UtteranceMatchingNothingWithNoSessionOpen_SendsNothingAndSaysHowToOpenTheSkill()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "what's the weather\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Requests(result.Out));
        Assert.Contains("alexa> Sorry, I don't know that one.", result.Out, StringComparison.Ordinal);
        Assert.Contains("say \"open music finder\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_WakeWordInSession_IsTakenOffAndTheRestGoesToTheOpenSession()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "Alexa, open music finder\nhey Alexa, something chill\nAlexa something upbeat\n");

        var requests = Requests(result.Out);
        Assert.Equal(["LaunchRequest", "IntentRequest", "IntentRequest"], requests.Select(r => r.GetProperty("request").GetProperty("type").GetString()));
        Assert.Single(requests.Select(r => r.GetProperty("session").GetProperty("sessionId").GetString()).Distinct());
        var moods = requests.Skip(1).Select(r => r.GetProperty("request").GetProperty("intent").GetProperty("slots").GetProperty("mood")).ToList();
        Assert.Equal(["chill", "upbeat"], moods.Select(m => m.GetProperty("value").GetString()));
        Assert.Equal(["LAID_BACK", "UPBEAT"], moods.Select(m => m.GetProperty("resolutions").GetProperty("resolutionsPerAuthority")[0].GetProperty("values")[0].GetProperty("value").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Chat_DirectIntentCommand_SendsTheIntentWithResolvedSlots()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", "--show-json", .. CliRun.Local(folder)], "open music finder\n:intent AnswerIntent mood=chill\n:intent NoSuchIntent\n");

        var request = Assert.Single(Requests(result.Out), r => IntentName(r) is not null);
        var mood = request.GetProperty("request").GetProperty("intent").GetProperty("slots").GetProperty("mood");
        Assert.Equal("LAID_BACK", mood.GetProperty("resolutions").GetProperty("resolutionsPerAuthority")[0].GetProperty("values")[0].GetProperty("value").GetProperty("id").GetString());
        Assert.Contains("unknown intent 'NoSuchIntent'", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Interactive_GreetsPromptsForEachLineAndDoesNotEchoWhatWasTyped()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunInteractiveAsync(["chat", .. CliRun.Local(folder)], "open music finder\n:help\n");

        Assert.StartsWith("Talking to music finder on this machine.", result.Out, StringComparison.Ordinal);
        Assert.Equal(3, result.Out.Split("you> ").Length - 1);
        Assert.DoesNotContain("you> open music finder", result.Out, StringComparison.Ordinal);
        Assert.Contains(":finish", result.Out, StringComparison.Ordinal);
    }

    /// <summary>The request envelopes a --show-json transcript printed, in order.</summary>
    internal static List<JsonElement> Requests(string output) => JsonBlocks(output, ">>> request");

    internal static List<JsonElement> JsonBlocks(string output, string label)
    {
        var blocks = new List<JsonElement>();
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != label)
            {
                continue;
            }

            // The pretty JSON runs until the closing brace at column 0.
            var end = i + 1;
            while (lines[end] != "}")
            {
                end++;
            }

            blocks.Add(JsonDocument.Parse(string.Join('\n', lines[(i + 1)..(end + 1)])).RootElement.Clone());
            i = end;
        }

        return blocks;
    }

    private static string? IntentName(JsonElement request) =>
        request.GetProperty("request").TryGetProperty("intent", out var intent) ? intent.GetProperty("name").GetString() : null;

    private static int Ordinal(List<JsonElement> requests, JsonElement request) =>
        requests.FindIndex(r => r.GetProperty("request").GetProperty("requestId").GetString() == request.GetProperty("request").GetProperty("requestId").GetString());

    [Fact]
    public async Task Chat_ByDefault_ServesTheShippedLearnedModelLikeTheFunction()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["chat", .. CliRun.Local(folder)], "open music finder\nstop\n");

        Assert.Equal(0, result.ExitCode);
        var decision = File.ReadLines(folder.Combine("records.jsonl")).First(l => l.Contains("\"recordType\":\"decision\"", StringComparison.Ordinal));
        var expected = AlexaMusicSkill.Policy.Model.PolicyModelLoader.Parse(AlexaMusicSkill.Artifacts.ShippedArtifacts.Read(AlexaMusicSkill.Policy.Model.PolicyModelLoader.DefaultModelName)!).ModelVersion;
        Assert.Contains($"\"modelVersion\":\"{expected}\"", decision);
    }
}
