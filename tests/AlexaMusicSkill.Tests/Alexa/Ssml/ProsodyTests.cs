using AlexaMusicSkill.Alexa.Ssml;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

public sealed class ProsodyTests
{
    [Theory]
    [InlineData("x-slow", null)]
    [InlineData("20%", null)]
    [InlineData("150.5%", null)]
    [InlineData(null, "silent")]
    [InlineData(null, "+4.08dB")]
    [InlineData(null, "-12dB")]
    [InlineData(null, "+0dB")]
    public async Task Constructor_AlexaValue_IsAcceptedAndPassesChecker(string? rate, string? volume)
    {
        var xml = Speak(Prosody(rate, volume, Text("Here it is."))).ToXml();

        await SsmlAssert.ValidAsync(xml);
    }

    [Theory]
    [InlineData("+50%", null)]
    [InlineData(" 50%", null)]
    [InlineData("19%", null)]
    [InlineData("1e2%", null)]
    [InlineData("50", null)]
    [InlineData("quick", null)]
    [InlineData(null, "4dB")]
    [InlineData(null, "+5dB")]
    [InlineData(null, "-InfinitydB")]
    [InlineData(null, "+NaNdB")]
    [InlineData(null, "+ 3dB")]
    [InlineData(null, "+3db")]
    [InlineData(null, "+dB")]
    [InlineData(null, "whisper")]
    public void Constructor_ValueAlexaRejects_IsRefused(string? rate, string? volume)
    {
        var error = Assert.Throws<SsmlException>(() => Prosody(rate, volume, Text("x")));

        Assert.Contains(rate is null ? "not a valid prosody volume" : "not a valid prosody rate", error.Message, StringComparison.Ordinal);
    }
}
