using AlexaMusicSkill.Alexa.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

public sealed class AudioTests
{
    [Theory]
    [InlineData("http://media.example.com/a.mp3")]
    [InlineData("/samples/a.mp3")]
    [InlineData("soundbank://soundlibrary/musical/amzn_sfx_bell_01")]
    [InlineData("")]
    public void Constructor_NotAnAbsoluteHttpsUrl_IsRefused(string source)
    {
        var error = Assert.Throws<SsmlException>(() => new Audio(source, TimeSpan.FromSeconds(10)));

        Assert.Contains("absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(241_000)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_DurationOutside0To240Seconds_IsRefused(int milliseconds)
    {
        var error = Assert.Throws<SsmlException>(() => new Audio("https://media.example.com/a.mp3", TimeSpan.FromMilliseconds(milliseconds)));

        Assert.Contains("outside Alexa's 0..240 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_240Seconds_IsAccepted()
    {
        Assert.Equal(TimeSpan.FromSeconds(240), new Audio("https://media.example.com/a.mp3", TimeSpan.FromSeconds(240)).Duration);
    }
}
