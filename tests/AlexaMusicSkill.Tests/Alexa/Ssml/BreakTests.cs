using AlexaMusicSkill.Alexa.Ssml;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

public sealed class BreakTests
{
    [Theory]
    [InlineData(11_000)]
    [InlineData(10_001)]
    [InlineData(-1)]
    public void Constructor_Outside0To10Seconds_IsRefused(int milliseconds)
    {
        var error = Assert.Throws<SsmlException>(() => new Break(TimeSpan.FromMilliseconds(milliseconds)));

        Assert.Contains("outside 0..10000 ms", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public async Task Constructor_AtTheBounds_RendersSsmlAlexaAccepts(int milliseconds)
    {
        var xml = Speak(new Break(TimeSpan.FromMilliseconds(milliseconds))).ToXml();

        Assert.Equal($"<speak><break time=\"{milliseconds}ms\"/></speak>", xml);
        await SsmlAssert.ValidAsync(xml);
    }
}
