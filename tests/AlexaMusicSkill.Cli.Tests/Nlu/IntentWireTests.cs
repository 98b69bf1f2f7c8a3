using System.Text.Json.Nodes;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Cli.Nlu;

namespace AlexaMusicSkill.Cli.Tests.Nlu;

/// <summary>The intent object the local NLU produces is shaped like Alexa's, on the wire.</summary>
public sealed class IntentWireTests
{
    private const string SkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    private static readonly Lazy<UtteranceMatcher> Matcher = new(() => new UtteranceMatcher(InteractionModel.Embedded()));

    [Fact]
    public void ToIntent_KnownValue_HasErSuccessMatchWithNameAndIdAndASimpleSlotValue()
    {
        var genre = Slots("AnswerIntent", "something chill")["mood"]!;

        Assert.Equal("chill", genre["value"]!.GetValue<string>());
        Assert.Equal("USER", genre["source"]!.GetValue<string>());
        Assert.Equal("NONE", genre["confirmationStatus"]!.GetValue<string>());
        var authority = genre["resolutions"]!["resolutionsPerAuthority"]![0]!;
        Assert.Equal($"amzn1.er-authority.echo-sdk.{SkillId}.MoodType", authority["authority"]!.GetValue<string>());
        Assert.Equal("ER_SUCCESS_MATCH", authority["status"]!["code"]!.GetValue<string>());
        Assert.Equal("laid back", authority["values"]![0]!["value"]!["name"]!.GetValue<string>());
        Assert.Equal("LAID_BACK", authority["values"]![0]!["value"]!["id"]!.GetValue<string>());
        Assert.Equal("Simple", genre["slotValue"]!["type"]!.GetValue<string>());
        Assert.Equal("chill", genre["slotValue"]!["value"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(genre["resolutions"], genre["slotValue"]!["resolutions"]));
    }

    [Fact]
    public void ToIntent_UnknownValue_HasErSuccessNoMatchWithoutValues()
    {
        var genre = Slots("PlayMusicIntent", "play some obscure zydeco")["genre"]!;

        var authority = genre["resolutions"]!["resolutionsPerAuthority"]![0]!;
        Assert.Equal("ER_SUCCESS_NO_MATCH", authority["status"]!["code"]!.GetValue<string>());
        Assert.Null(authority["values"]);
        Assert.Equal("obscure zydeco", genre["value"]!.GetValue<string>());
    }

    [Fact]
    public void ToIntent_EveryDeclaredSlot_IsPresentEmptyOnesWithOnlyNameAndStatus()
    {
        var slots = Slots("AnswerIntent", "jazz");

        Assert.Equal(["activity", "artist", "era", "genre", "mood"], slots.Select(s => s.Key).Order(StringComparer.Ordinal));
        var empty = slots["era"]!.AsObject();
        Assert.Equal(["name", "confirmationStatus"], empty.Select(p => p.Key));
    }

    [Fact]
    public void ToIntent_ParsedByTheSkillsWireModel_ResolvesToTheSameId()
    {
        var match = Matcher.Value.Match("play some jazz");
        var intent = IntentWire.ToIntent(match, Matcher.Value.Model, SkillId);

        var resolution = intent.GetSlot("genre")!.Resolve();

        Assert.Equal(ResolutionStatus.Match, resolution.Status);
        Assert.Equal("JAZZ", resolution.Id);
    }

    private static JsonObject Slots(string intentName, string said)
    {
        var match = Matcher.Value.Match(said);
        Assert.Equal(intentName, match.Intent);
        var request = new SkillRequest { Version = "1.0", Request = new IntentRequest { Intent = IntentWire.ToIntent(match, Matcher.Value.Model, SkillId) } };
        var json = JsonNode.Parse(AlexaJson.SerializeRequest(request))!;
        Assert.Equal(intentName, json["request"]!["intent"]!["name"]!.GetValue<string>());
        return json["request"]!["intent"]!["slots"]!.AsObject();
    }
}
