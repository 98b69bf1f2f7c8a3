using System.Net;
using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Cli.Chat;
using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.Offline.Devices;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary><c>musicskill serve</c> as a user runs it: local stores, HTTP on a port, a loud warning without verification.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_NoVerify_AnswersEventsOnAlexaAndRootAndWarnsLoudly()
    {
        await using var served = await ServedSkill.StartAsync();
        using var http = new HttpClient();

        using var launch = await PostAsync(http, served.Url, File.ReadAllText(RepositoryPaths.Combine("events", "launch.json")));
        using var started = await PostAsync(http, new Uri(served.Url, "/"), File.ReadAllText(RepositoryPaths.Combine("events", "playback-started.json")));
        var result = await served.StopAsync();

        Assert.Equal(HttpStatusCode.OK, launch.StatusCode);
        Assert.Equal("1.0", JsonDocument.Parse(await launch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("WARNING: request signature verification is OFF", result.Error, StringComparison.Ordinal);
        Assert.Contains("signature verification OFF", result.Out, StringComparison.Ordinal);
        Assert.Contains("POST /alexa → 200", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(served.Folder.Combine("records.jsonl")));
    }

    [Fact]
    public async Task Serve_RequestForAnotherSkill_Is400()
    {
        await using var served = await ServedSkill.StartAsync();
        using var http = new HttpClient();
        var other = File.ReadAllText(RepositoryPaths.Combine("events", "launch.json")).Replace("00000000-0000-4000-8000-000000000000", "99999999-0000-4000-8000-000000000000", StringComparison.Ordinal);

        using var response = await PostAsync(http, served.Url, other);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("different skill id", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>
    /// serve is the raw Alexa endpoint only (no text endpoint): on a real Echo, Alexa is the device, so name-free entry
    /// reaches it as a CanFulfillIntentRequest and then a new session. The shared device drives it over HTTP here.
    /// </summary>
    [Fact]
    public async Task Serve_NameFreeEntry_AnswersCanFulfillYesThenStartsTheConversationInTheNewSession()
    {
        await using var served = await ServedSkill.StartAsync();
        using var http = new HttpClient();
        var device = new DeviceSession(AlexaRequests.LocalSkillId, "amzn1.ask.account.SERVE-NAMEFREE", "amzn1.ask.device.SERVE");
        var resolver = new ModelUtteranceResolver(new UtteranceMatcher(InteractionModel.Embedded()), AlexaRequests.LocalSkillId);
        var sent = new List<SkillRequest>();
        async Task<SkillResponse?> AskAsync(SkillRequest request, CancellationToken cancellationToken)
        {
            sent.Add(request);
            using var response = await PostAsync(http, served.Url, AlexaJson.SerializeRequest(request));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return AlexaJson.DeserializeResponse(await response.Content.ReadAsStringAsync(cancellationToken));
        }

        var outcome = await new NameFreeEntry(device, resolver).RouteAsync("Alexa, help me find music", DateTimeOffset.UtcNow, null, AskAsync, TestContext.Current.CancellationToken);
        var first = await AskAsync(device.VoiceRequest(outcome.Request!, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        Assert.Equal(CanFulfillAnswer.Yes, outcome.Answer);
        Assert.IsType<CanFulfillIntentRequest>(sent[0].Request);
        Assert.Null(sent[0].Session);
        Assert.True(sent[1].Session!.New);
        Assert.False(first!.Response.ShouldEndSession);
        Assert.NotNull(first.Response.OutputSpeech);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri url, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await http.PostAsync(url, content, TestContext.Current.CancellationToken);
    }
}
