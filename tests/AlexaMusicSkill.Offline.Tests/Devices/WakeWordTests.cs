using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Offline.Tests.Devices;

public sealed class WakeWordTests
{
    [Theory]
    [InlineData("Alexa, help me find music", "help me find music")]
    [InlineData("alexa help me find music", "help me find music")]
    [InlineData("  ALEXA,something upbeat", "something upbeat")]
    [InlineData("hey Alexa, open music finder", "open music finder")]
    [InlineData("Hey, Alexa! play some jazz", "play some jazz")]
    [InlineData("Alexa", "")]
    public void Strip_LeadingWakeWord_LeavesWhatWasSaidAfterIt(string spoken, string rest)
    {
        Assert.Equal(rest, WakeWord.Strip(spoken));
    }

    [Theory]
    [InlineData("help me find music")]
    [InlineData("alexander o'neal")] // a word that only starts with the wake word is not it
    [InlineData("hey there")]
    [InlineData("play alexa's favourite")]
    public void Strip_NoWakeWordInFront_LeavesTheTextAlone(string spoken)
    {
        Assert.Equal(spoken, WakeWord.Strip(spoken));
    }
}
