using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Cli.Chat;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Chat;

public sealed class SpeechTextTests
{
    private readonly SpeechText _speech = new(TestCatalog.Catalog);

    [Fact]
    public void Render_SsmlWithCatalogSample_NamesTheSampleAndDropsTags()
    {
        var track = TestCatalog.Catalog.Tracks.First(t => t.ArtistId == "simon-and-garfunkel");
        var ssml = $"<speak><s>How about this?</s><audio src=\"{track.SampleUrl}\"/><break time=\"300ms\"/><s>Did you like it?</s></speak>";

        var text = _speech.Render(OutputSpeech.FromSsml(ssml));

        Assert.Equal($"How about this? [sample: Simon & Garfunkel - {track.Title}] Did you like it?", text);
    }

    [Fact]
    public void Render_AmazonTagsWithoutNamespaceDeclaration_AreReadAsText()
    {
        var ssml = "<speak><amazon:emotion name=\"excited\" intensity=\"medium\">Great choice!</amazon:emotion> <amazon:domain name=\"music\">Enjoy.</amazon:domain></speak>";

        Assert.Equal("Great choice! Enjoy.", _speech.Render(OutputSpeech.FromSsml(ssml)));
    }

    [Fact]
    public void Render_UnknownAudio_ShowsItsUrl()
    {
        var text = _speech.Render(OutputSpeech.FromSsml("<speak>Listen <audio src=\"https://other.example.com/a.mp3\"/></speak>"));

        Assert.Equal("Listen [audio: https://other.example.com/a.mp3]", text);
    }

    [Fact]
    public void Render_PlainText_IsKept()
    {
        Assert.Equal("Hello there.", _speech.Render(OutputSpeech.FromText("Hello   there.")));
    }
}
