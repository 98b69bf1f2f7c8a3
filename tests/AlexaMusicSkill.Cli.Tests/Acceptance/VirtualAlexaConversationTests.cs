using System.Text.Json;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Acceptance;

/// <summary>
/// A real external client: virtual-alexa (Node) drives whole conversations with utter() against
/// <c>musicskill serve --no-verify</c>, matching phrases with the committed interaction model, and ssml-check-core
/// validates every SSML the skill sends (tests/node/virtual-alexa-conversations.js).
/// </summary>
public sealed class VirtualAlexaConversationTests
{
    [Fact]
    public async Task Conversations_DrivenByVirtualAlexa_AllSucceedWithValidSsml()
    {
        var script = Path.Combine(NodeTools.Folder, "virtual-alexa-conversations.js");
        // The scripted phrasings answer the rule-based policy's questions in order.
        await using var served = await ServedSkill.StartAsync("--policy", "rules");

        var (exitCode, stdout, stderr) = await RunNodeAsync(script, "--url", served.Url.ToString(), "--model",
            RepositoryPaths.Combine("skill-package", "interactionModels", "custom", "en-US.json"), "--skill-id", AlexaRequests.LocalSkillId);

        Assert.True(exitCode == 0, $"virtual-alexa script failed ({exitCode}): {stderr}\n{stdout}");
        var summary = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]).RootElement;
        Assert.Equal(4, summary.GetProperty("conversations").GetInt32());
        // The transcript: samples turned down, then the station; none of them among its tracks (checked in the script).
        Assert.True(summary.GetProperty("rejectedSamples").GetInt32() >= 1, summary.ToString());
        Assert.True(summary.GetProperty("stationTracksChecked").GetInt32() >= 5, summary.ToString());
        Assert.Equal(1, summary.GetProperty("samplesHeard").GetInt32());
        var types = summary.GetProperty("requestTypes");
        Assert.Equal(3, types.GetProperty("LaunchRequest").GetInt32());
        Assert.True(types.GetProperty("AudioPlayer.PlaybackStarted").GetInt32() >= 3);
        Assert.True(types.GetProperty("AudioPlayer.PlaybackNearlyFinished").GetInt32() >= 6, types.ToString());
        Assert.True(types.GetProperty("AudioPlayer.PlaybackFinished").GetInt32() >= 5, types.ToString());
        Assert.True(types.GetProperty("AudioPlayer.PlaybackStopped").GetInt32() >= 2);
        Assert.Equal(1, types.GetProperty("SessionEndedRequest").GetInt32());
        var intents = summary.GetProperty("intents");
        foreach (var intent in new[] { "FindMusicIntent", "AnswerIntent", "AMAZON.YesIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent", "PlayMusicIntent", "AMAZON.HelpIntent", "AMAZON.NoIntent" })
        {
            Assert.True(intents.TryGetProperty(intent, out _), $"virtual-alexa never sent {intent}: {intents}");
        }

        Assert.True(summary.GetProperty("ssmlChecked").GetInt32() >= 10, summary.ToString());
        Assert.Equal(summary.GetProperty("requests").GetInt32(), types.EnumerateObject().Sum(t => t.Value.GetInt32()));
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunNodeAsync(params string[] arguments) =>
        NodeScript.RunAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken, arguments);
}
