using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class IntentRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_ErMatch_ReadsIntentSlotAndBothResolutionBlocks(bool roundTripped)
    {
        var envelope = FixtureFile.Request("IntentRequest.ErMatch.json", roundTripped);

        var request = Assert.IsType<IntentRequest>(envelope.Request);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0002-4000-8000-000000000002", request.RequestId);
        Assert.Equal(Utc(3, 14, 18, 22, 19), request.Timestamp);
        Assert.Equal("en-US", request.Locale);
        Assert.Null(request.DialogState);
        Assert.Equal("ChooseGenreIntent", request.Intent?.Name);
        Assert.Equal("NONE", request.Intent?.ConfirmationStatus);
        var genre = Assert.IsType<Slot>(request.Intent?.GetSlot("genre"));
        Assert.Equal("genre", genre.Name);
        Assert.Equal("alt rock", genre.Value);
        Assert.Equal("NONE", genre.ConfirmationStatus);
        Assert.Equal("USER", genre.Source);
        var authority = Assert.Single(genre.Resolutions!.ResolutionsPerAuthority!);
        Assert.Equal(GenreAuthority, authority.Authority);
        Assert.False(authority.IsDynamic);
        Assert.Equal(ResolutionCodes.Match, authority.Status?.Code);
        var best = Assert.Single(authority.Values!).Value;
        Assert.Equal(("ALT_ROCK", "alternative rock"), (best?.Id, best?.Name));
        var simple = Assert.IsType<SimpleSlotValue>(genre.SlotValue);
        Assert.Equal("alt rock", simple.Value);
        Assert.Equal("ALT_ROCK", Assert.Single(simple.Resolutions!.ResolutionsPerAuthority!).Values![0].Value?.Id);

        Assert.False(envelope.Session?.New);
        Assert.Equal(SessionId, envelope.Session?.SessionId);
        Assert.Equal("c-7f3a9d2e", envelope.Session?.Attributes?["conversationId"].GetString());
        Assert.Equal(3, envelope.Session?.Attributes?["stateVersion"].GetInt64());
    }

    [Theory]
    [InlineData("IntentRequest.ErNoMatch.json", false)]
    [InlineData("IntentRequest.ErNoMatch.json", true)]
    [InlineData("IntentRequest.ErNoMatch.VirtualAlexa.json", false)]
    [InlineData("IntentRequest.ErNoMatch.VirtualAlexa.json", true)]
    public void DeserializeRequest_ErNoMatch_ReadsStatusWithValuesOmittedOrEmpty(string fixture, bool roundTripped)
    {
        var request = Assert.IsType<IntentRequest>(FixtureFile.Request(fixture, roundTripped).Request);

        var slot = Assert.Single(request.Intent!.Slots!).Value;
        Assert.Equal(fixture.Contains("Virtual", StringComparison.Ordinal) ? "jazzy" : "polka", slot.Value);
        var authority = Assert.Single(slot.Resolutions!.ResolutionsPerAuthority!);
        Assert.Equal(ResolutionCodes.NoMatch, authority.Status?.Code);
        Assert.True(authority.Values is null or { Count: 0 });
    }

    [Fact]
    public void DeserializeRequest_VirtualAlexaNoMatch_KeepsEmptyValuesAndTypeLast()
    {
        var envelope = FixtureFile.Request("IntentRequest.ErNoMatch.VirtualAlexa.json");

        var request = Assert.IsType<IntentRequest>(envelope.Request);
        Assert.Equal("amzn1.echo-external.request.2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819", request.RequestId);
        Assert.Equal(Utc(3, 14, 18, 22, 40), request.Timestamp);
        Assert.Empty(request.Intent!.GetSlot("mood")!.Resolutions!.ResolutionsPerAuthority![0].Values!);
        Assert.Null(request.Intent.GetSlot("mood")!.Source);
        Assert.Null(request.Intent.GetSlot("mood")!.SlotValue);
        Assert.Equal(1, envelope.Session?.Attributes?["stateVersion"].GetInt64());
    }

    [Fact]
    public void DeserializeRequest_ErNoMatchFromRealTraffic_LeavesValuesNull()
    {
        var slot = ((IntentRequest)FixtureFile.Request("IntentRequest.ErNoMatch.json").Request!).Intent!.GetSlot("genre")!;

        Assert.Null(slot.Resolutions!.ResolutionsPerAuthority![0].Values);
        Assert.Null(((SimpleSlotValue)slot.SlotValue!).Resolutions!.ResolutionsPerAuthority![0].Values);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_DynamicEntities_ReadsStaticAndDynamicAuthorities(bool roundTripped)
    {
        var request = Assert.IsType<IntentRequest>(FixtureFile.Request("IntentRequest.DynamicEntities.json", roundTripped).Request);

        var authorities = request.Intent!.GetSlot("genre")!.Resolutions!.ResolutionsPerAuthority!;
        Assert.Equal(2, authorities.Count);
        Assert.Equal(GenreAuthority, authorities[0].Authority);
        Assert.False(authorities[0].IsDynamic);
        Assert.Equal("amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.00000000-0000-4000-8000-000000000000.GenreType", authorities[1].Authority);
        Assert.True(authorities[1].IsDynamic);
        Assert.Equal(["SHOEGAZE", "DREAM_POP_REVIVAL"], authorities[1].Values!.Select(v => v.Value?.Id));
        Assert.Equal(["shoegaze", "dream pop revival"], authorities[1].Values!.Select(v => v.Value?.Name));
        Assert.Equal("dream pop", request.Intent.GetSlot("genre")!.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_SlotValueList_ReadsNestedSimpleAndListValues(bool roundTripped)
    {
        var request = Assert.IsType<IntentRequest>(FixtureFile.Request("IntentRequest.SlotValueList.json", roundTripped).Request);

        var genres = request.Intent!.GetSlot("genres")!;
        Assert.Null(genres.Value);
        Assert.Null(genres.Resolutions);
        var list = Assert.IsType<SlotValueList>(genres.SlotValue);
        Assert.Equal(3, list.Values!.Count);
        Assert.Equal("alt rock", Assert.IsType<SimpleSlotValue>(list.Values[0]).Value);
        Assert.Equal("polka", Assert.IsType<SimpleSlotValue>(list.Values[1]).Value);
        var nested = Assert.IsType<SlotValueList>(list.Values[2]);
        var techno = Assert.IsType<SimpleSlotValue>(Assert.Single(nested.Values!));
        Assert.Equal("techno", techno.Value);
        Assert.Equal("ELECTRONIC", techno.Resolutions!.ResolutionsPerAuthority![0].Values![0].Value?.Id);
        Assert.Equal(["alt rock", "polka", "techno"], list.Flatten().Select(v => v.Value));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_Dialog_ReadsDialogStateAndConfirmationStatuses(bool roundTripped)
    {
        var request = Assert.IsType<IntentRequest>(FixtureFile.Request("IntentRequest.Dialog.json", roundTripped).Request);

        Assert.Equal("IN_PROGRESS", request.DialogState);
        Assert.Equal("FindMusicIntent", request.Intent?.Name);
        Assert.Equal("CONFIRMED", request.Intent?.ConfirmationStatus);
        Assert.Equal(("chill", "CONFIRMED"), (request.Intent!.GetSlot("mood")!.Value, request.Intent.GetSlot("mood")!.ConfirmationStatus));
        Assert.Equal(("electronic", "DENIED"), (request.Intent.GetSlot("genre")!.Value, request.Intent.GetSlot("genre")!.ConfirmationStatus));
        var era = request.Intent.GetSlot("era")!;
        Assert.Equal(("era", null, "NONE"), (era.Name, era.Value, era.ConfirmationStatus));
        Assert.Null(request.Intent.GetSlot("tempo"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_UnknownFieldsAtEveryLevel_ReadsKnownFields(bool roundTripped)
    {
        var envelope = FixtureFile.Request("IntentRequest.UnknownFields.json", roundTripped);

        Assert.Equal("1.0", envelope.Version);
        Assert.Equal("c-7f3a9d2e", envelope.Session?.Attributes?["conversationId"].GetString());
        Assert.Equal(SkillId, envelope.ApplicationId);
        Assert.Equal(DeviceId, envelope.Context?.System?.Device?.DeviceId);
        Assert.Equal("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.consent", envelope.Context?.System?.User?.Permissions?.ConsentToken);
        Assert.Equal("IDLE", envelope.Context?.AudioPlayer?.PlayerActivity);
        var request = Assert.IsType<IntentRequest>(envelope.Request);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0041-4000-8000-000000000041", request.RequestId);
        Assert.Equal(Utc(3, 14, 19, 5, 0), request.Timestamp);
        Assert.Equal("ChooseGenreIntent", request.Intent?.Name);
        var genre = request.Intent!.GetSlot("genre")!;
        Assert.Equal(("alt rock", "USER"), (genre.Value, genre.Source));
        var authority = Assert.Single(genre.Resolutions!.ResolutionsPerAuthority!);
        Assert.Equal(ResolutionCodes.Match, authority.Status?.Code);
        Assert.Equal(("ALT_ROCK", "alternative rock"), (authority.Values![0].Value?.Id, authority.Values[0].Value?.Name));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_BuiltInIntentWithoutSlots_LeavesSlotsNull(bool roundTripped)
    {
        var request = Assert.IsType<IntentRequest>(FixtureFile.Request("IntentRequest.ScreenDevice.json", roundTripped).Request);

        Assert.Equal("AMAZON.ResumeIntent", request.Intent?.Name);
        Assert.Equal("NONE", request.Intent?.ConfirmationStatus);
        Assert.Null(request.Intent?.Slots);
        Assert.Null(request.Intent?.GetSlot("anything"));
        Assert.Equal("en-GB", request.Locale);
        Assert.Equal(Utc(3, 14, 19, 2, 44), request.Timestamp);
    }
}
