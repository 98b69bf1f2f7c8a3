using AlexaMusicSkill.Alexa.Ssml;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

public sealed class SayAsTests
{
    [Theory]
    [InlineData("characters", "ABC", null)]
    [InlineData("ordinal", "3", null)]
    [InlineData("interjection", "bravo", null)]
    [InlineData("date", "????0820", "md")]
    public async Task Constructor_AlexaValue_RendersAcceptedSsml(string interpretAs, string text, string? format)
    {
        await SsmlAssert.ValidAsync(Speak(new SayAs(interpretAs, text, format)).ToXml());
    }

    [Theory]
    [InlineData("bogus", null, "not an interpret-as value")]
    [InlineData("Cardinal", null, "not an interpret-as value")]
    [InlineData("cardinal", "ymd", "allowed only with interpret-as=\"date\"")]
    [InlineData("date", "yyyy", "allowed only with interpret-as=\"date\"")]
    public void Constructor_ValueAlexaRejects_IsRefused(string interpretAs, string? format, string rule)
    {
        var error = Assert.Throws<SsmlException>(() => new SayAs(interpretAs, "1969", format));

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
