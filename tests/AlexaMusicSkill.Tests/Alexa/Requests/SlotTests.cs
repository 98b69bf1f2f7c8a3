using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class SlotTests
{
    [Theory]
    [InlineData("IntentRequest.ErMatch.json", "genre", ResolutionStatus.Match, "ALT_ROCK", "alternative rock")]
    [InlineData("IntentRequest.ErNoMatch.json", "genre", ResolutionStatus.NoMatch, null, null)]
    [InlineData("IntentRequest.ErNoMatch.VirtualAlexa.json", "mood", ResolutionStatus.NoMatch, null, null)]
    [InlineData("IntentRequest.DynamicEntities.json", "genre", ResolutionStatus.Match, "SHOEGAZE", "shoegaze")]
    [InlineData("IntentRequest.SlotValueList.json", "genres", ResolutionStatus.Match, "ALT_ROCK", "alternative rock")]
    [InlineData("IntentRequest.Dialog.json", "mood", ResolutionStatus.NoResolution, null, null)]
    [InlineData("IntentRequest.Dialog.json", "era", ResolutionStatus.Missing, null, null)]
    [InlineData("CanFulfillIntentRequest.json", "mood", ResolutionStatus.Match, "CHILL", "laid back")]
    public void Resolve_Fixture_GivesStatusIdAndCanonicalName(string fixture, string slot, ResolutionStatus status, string? id, string? name)
    {
        var envelope = FixtureFile.Request(fixture);
        var intent = (envelope.Request as IntentRequest)?.Intent ?? (envelope.Request as CanFulfillIntentRequest)?.Intent;

        Assert.Equal(new SlotResolution(status, id, name), intent!.GetSlot(slot)!.Resolve());
    }

    [Fact]
    public void ResolveAll_NestedListSlot_ResolvesEveryValueInOrder()
    {
        var slot = ((IntentRequest)FixtureFile.Request("IntentRequest.SlotValueList.json").Request!).Intent!.GetSlot("genres")!;

        Assert.Equal(
            [
                new SlotResolution(ResolutionStatus.Match, "ALT_ROCK", "alternative rock"),
                new SlotResolution(ResolutionStatus.NoMatch, null, null),
                new SlotResolution(ResolutionStatus.Match, "ELECTRONIC", "electronic"),
            ],
            slot.ResolveAll());
    }

    [Fact]
    public void ResolveAll_EmptySlot_IsEmptyAndSingleSlot_HasOneResolution()
    {
        var intent = ((IntentRequest)FixtureFile.Request("IntentRequest.Dialog.json").Request!).Intent!;

        Assert.Empty(intent.GetSlot("era")!.ResolveAll());
        Assert.Equal([new SlotResolution(ResolutionStatus.NoResolution, null, null)], intent.GetSlot("mood")!.ResolveAll());
    }

    [Fact]
    public void Resolve_DynamicNoMatchAndStaticMatch_UsesStaticMatch()
    {
        var slot = Heard("shoegaze", Authority("dynamic.", ResolutionCodes.NoMatch), Authority(string.Empty, ResolutionCodes.Match, "ALT_ROCK"));

        Assert.Equal(new SlotResolution(ResolutionStatus.Match, "ALT_ROCK", "ALT_ROCK name"), slot.Resolve());
    }

    [Theory]
    [InlineData(ResolutionCodes.ErrorTimeout, ResolutionStatus.Error)]
    [InlineData(ResolutionCodes.ErrorException, ResolutionStatus.Error)]
    [InlineData("ER_SOMETHING_NEW", ResolutionStatus.NoResolution)]
    public void Resolve_NoMatchingAuthority_ReportsFirstAuthorityStatus(string code, ResolutionStatus expected)
    {
        Assert.Equal(expected, Heard("jazz", Authority(string.Empty, code)).Resolve().Status);
    }

    [Fact]
    public void Resolve_OnlySlotValueCarriesResolutions_UsesSlotValue()
    {
        var slot = new Slot
        {
            Name = "genre",
            Value = "techno",
            SlotValue = new SimpleSlotValue { Value = "techno", Resolutions = new Resolutions { ResolutionsPerAuthority = [Authority(string.Empty, ResolutionCodes.Match, "ELECTRONIC")] } },
        };

        Assert.Equal("ELECTRONIC", slot.Resolve().Id);
    }

    private static Slot Heard(string value, params List<ResolutionAuthority> authorities) =>
        new() { Name = "genre", Value = value, Resolutions = new Resolutions { ResolutionsPerAuthority = authorities } };

    private static ResolutionAuthority Authority(string dynamicPart, string code, string? id = null) => new()
    {
        Authority = $"amzn1.er-authority.echo-sdk.{dynamicPart}amzn1.ask.skill.x.GenreType",
        Status = new ResolutionStatusCode { Code = code },
        Values = id is null ? null : [new ResolutionValueWrapper { Value = new ResolutionValue { Id = id, Name = id + " name" } }],
    };
}
