using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Tests.Fixtures;

namespace AlexaMusicSkill.Tests.Alexa;

public sealed class AlexaJsonTests
{
    /// <summary>What each fixture carries that the model deliberately does not keep; everything else must survive.</summary>
    private static readonly Dictionary<string, string[]> NotModelled = new(StringComparer.Ordinal)
    {
        ["LaunchRequest.json"] = ["/request/shouldLinkResultBeReturned"],
        ["IntentRequest.ScreenDevice.json"] = ["/context/Viewports", "/context/Viewport", "/context/Extensions"],
        ["IntentRequest.UnknownFields.json"] =
        [
            "/futureEnvelopeField", "/session/futureSessionField", "/context/Advertising", "/context/Experimentation",
            "/context/System/application/futureApplicationField", "/context/System/user/permissions/scopes",
            "/context/System/device/futureDeviceField", "/context/System/futureSystemField", "/context/AudioPlayer/futurePlayerField",
            "/request/shouldLinkResultBeReturned", "/request/futureRequestField", "/request/intent/futureIntentField",
            "/request/intent/slots/genre/futureSlotField", "/request/intent/slots/genre/resolutions/futureResolutionsField",
            "/request/intent/slots/genre/resolutions/resolutionsPerAuthority/0/status/futureStatusField",
            "/request/intent/slots/genre/resolutions/resolutionsPerAuthority/0/values/0/value/futureValueField",
            "/request/intent/slots/genre/resolutions/resolutionsPerAuthority/0/futureAuthorityField",
        ],
        // An unknown request type keeps only the common fields; its discriminator is not kept either.
        ["Alexa.Presentation.APL.UserEvent.json"] =
            ["/request/type", "/request/token", "/request/arguments", "/request/source", "/request/components"],
    };

    public static TheoryData<string> RequestFixtures => new(FixtureFile.Names("Requests"));

    [Theory]
    [MemberData(nameof(RequestFixtures))]
    public void SerializeRequest_EveryFixture_WritesTheFixtureBackLessUnmodelledFields(string fixture)
    {
        var json = FixtureFile.RequestJson(fixture);

        var written = AlexaJson.SerializeRequest(AlexaJson.DeserializeRequest(json));

        JsonAssert.Equivalent(json, written, NotModelled.GetValueOrDefault(fixture) ?? []);
        Assert.Equal(written, AlexaJson.SerializeRequest(AlexaJson.DeserializeRequest(written)));
    }

    [Fact]
    public void Fixtures_InOutputFolder_AreExactlyTheSourceFolderFiles()
    {
        foreach (var kind in new[] { "Requests", "Responses" })
        {
            var source = Directory.GetFiles(RepositoryPaths.Combine("tests", "AlexaMusicSkill.Tests", "Fixtures", kind), "*.json")
                .Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(source, FixtureFile.Names(kind));
        }

        Assert.Subset(FixtureFile.Names("Requests").ToHashSet(), NotModelled.Keys.ToHashSet());
    }

    public static TheoryData<string> MalformedBodies => new()
    {
        string.Empty,
        "   ",
        "{",
        """{"version":"1.0",}""",
        """{"version":"1.0"} trailing""",
        "{\"version\":\"1.0\" // comment\n}",
        "null",
        "[]",
        "\"a string\"",
        """{"request":{"type":"LaunchRequest","timestamp":"yesterday"}}""",
        """{"request":{"type":"LaunchRequest","timestamp":1.5}}""",
        """{"request":{"type":"AudioPlayer.PlaybackStopped","offsetInMilliseconds":"12"}}""",
        """{"request":{"type":"AudioPlayer.PlaybackStopped","offsetInMilliseconds":1.5}}""",
        """{"session":{"new":"yes"}}""",
        """{"context":{"System":{"device":{"supportedInterfaces":[]}}}}""",
        """{"request":{"type":"IntentRequest","intent":{"slots":[]}}}""",
        """{"request":{"type":"IntentRequest","intent":{"slots":{"genre":{"slotValue":{"type":"List","values":{}}}}}}}""",
        """{"request":{"type":"LaunchRequest","locale":"\ud800"}}""",
        "{\"unknown\":" + new string('[', 100) + new string(']', 100) + "}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public void DeserializeRequest_MalformedJson_ThrowsJsonException(string body)
    {
        Assert.ThrowsAny<JsonException>(() => AlexaJson.DeserializeRequest(body));
        Assert.ThrowsAny<JsonException>(() => AlexaJson.DeserializeRequest(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void DeserializeRequest_InvalidUtf8Bytes_ThrowsJsonException()
    {
        byte[] body = [.. """{"request":{"type":"LaunchRequest","locale":"""u8, (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'}'];

        Assert.ThrowsAny<JsonException>(() => AlexaJson.DeserializeRequest(body));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("</speak><audio src=\"https://evil.example.com/x.mp3\"/><speak>")]
    [InlineData("tab\tnul\0bell\u0007escape\u001bdel\u007f")]
    [InlineData("Sigur Rós & Björk \"live\" 'acoustic' 音楽 🎸")]
    public void DeserializeRequest_HostileSlotValue_ParsesAndRoundTrips(string hostile)
    {
        var json = IntentWithGenre(hostile);

        var slot = ((IntentRequest)AlexaJson.DeserializeRequest(json).Request!).Intent!.GetSlot("genre")!;

        Assert.Equal(hostile, slot.Value);
        var again = AlexaJson.DeserializeRequest(AlexaJson.SerializeRequest(AlexaJson.DeserializeRequest(json)));
        Assert.Equal(hostile, ((IntentRequest)again.Request!).Intent!.GetSlot("genre")!.Value);
    }

    [Fact]
    public void DeserializeRequest_HundredKilobyteSlotValue_ParsesWhole()
    {
        var huge = string.Concat(Enumerable.Repeat("alt rock & <roll> ", 100 * 1024 / 18 + 1));

        var slot = ((IntentRequest)AlexaJson.DeserializeRequest(Encoding.UTF8.GetBytes(IntentWithGenre(huge))).Request!).Intent!.GetSlot("genre")!;

        Assert.True(huge.Length >= 100 * 1024);
        Assert.Equal(huge, slot.Value);
        Assert.Equal(ResolutionStatus.NoResolution, slot.Resolve().Status);
    }

    [Fact]
    public void DeserializeRequest_EpochMillisecondTimestamp_ReadsUtcInstantAndWritesIso()
    {
        const string json = """{"version":"1.0","request":{"type":"LaunchRequest","requestId":"r-1","timestamp":1431520496000}}""";

        var envelope = AlexaJson.DeserializeRequest(json);

        Assert.Equal(new DateTimeOffset(2015, 5, 13, 12, 34, 56, TimeSpan.Zero), envelope.Request?.Timestamp);
        Assert.Contains("\"timestamp\":\"2015-05-13T12:34:56Z\"", AlexaJson.SerializeRequest(envelope), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeRequest_NullTimestamp_LeavesItNull()
    {
        var envelope = AlexaJson.DeserializeRequest("""{"request":{"type":"LaunchRequest","timestamp":null}}""");

        Assert.Null(envelope.Request?.Timestamp);
        Assert.DoesNotContain("timestamp", AlexaJson.SerializeRequest(envelope), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-14T18:22:05Z", "2025-03-14T18:22:05Z")]
    [InlineData("2025-03-14T18:22:05.250Z", "2025-03-14T18:22:05.25Z")]
    [InlineData("2025-03-14T20:22:05+02:00", "2025-03-14T18:22:05Z")]
    public void SerializeRequest_Timestamp_WritesUtcWithZSuffix(string sent, string written)
    {
        var envelope = AlexaJson.DeserializeRequest("{\"request\":{\"type\":\"LaunchRequest\",\"timestamp\":\"" + sent + "\"}}");

        var timestamp = JsonNode.Parse(AlexaJson.SerializeRequest(envelope))!["request"]!["timestamp"]!.GetValue<string>();

        Assert.Equal(written, timestamp);
    }

    private static string IntentWithGenre(string value) => new JsonObject
    {
        ["version"] = "1.0",
        ["request"] = new JsonObject
        {
            ["type"] = "IntentRequest",
            ["requestId"] = "amzn1.echo-api.request.hostile",
            ["timestamp"] = "2025-03-14T18:22:05Z",
            ["intent"] = new JsonObject
            {
                ["name"] = "ChooseGenreIntent",
                ["slots"] = new JsonObject { ["genre"] = new JsonObject { ["name"] = "genre", ["value"] = value } },
            },
        },
    }.ToJsonString();
}
