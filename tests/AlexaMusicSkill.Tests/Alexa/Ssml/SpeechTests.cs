using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.TestSupport;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

public sealed class SpeechTests
{
    [Fact]
    public async Task ToXml_ArtistWithAmpersandAndSignedUrl_EscapesAndPassesAlexaChecker()
    {
        var speech = Speak(
            MusicStyle(S("How about some Simon & Garfunkel?")),
            Audio("https://media.example.com/s.mp3?X-Amz-Signature=abc&X-Amz-Date=1", TimeSpan.FromSeconds(30)),
            Break(TimeSpan.FromMilliseconds(300)),
            S("Did you like it?"));

        var xml = speech.ToXml();

        Assert.Contains("Simon &amp; Garfunkel", xml);
        Assert.Contains("abc&amp;X-Amz-Date", xml);
        await SsmlChecker.Shared.AssertValidAsync(xml);
    }
}
