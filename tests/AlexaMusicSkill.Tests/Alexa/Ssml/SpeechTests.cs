using AlexaMusicSkill.Alexa.Ssml;
using static AlexaMusicSkill.Alexa.Ssml.Ssml;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

public sealed class SpeechTests
{
    private const string Clip = "https://media.example.com/samples/clip.mp3";

    public static TheoryData<string> NodeKinds => new(Nodes.Keys);

    /// <summary>Every node kind, and exactly what it must render to inside &lt;speak&gt;.</summary>
    private static Dictionary<string, (Func<SsmlNode> Node, string Xml)> Nodes => new(StringComparer.Ordinal)
    {
        ["text"] = (() => Text("Hello & welcome"), "Hello &amp; welcome"),
        ["s"] = (() => S("One sentence."), "<s>One sentence.</s>"),
        ["p"] = (() => P(S("First."), S("Second.")), "<p><s>First.</s><s>Second.</s></p>"),
        ["break"] = (() => Break(TimeSpan.FromMilliseconds(350)), "<break time=\"350ms\"/>"),
        ["break 10 s"] = (() => Break(TimeSpan.FromSeconds(10)), "<break time=\"10000ms\"/>"),
        ["audio"] = (() => Audio(Clip, TimeSpan.FromSeconds(30)), $"<audio src=\"{Clip}\"/>"),
        ["prosody rate"] = (() => Prosody(rate: "slow", children: Text("Slowly.")), "<prosody rate=\"slow\">Slowly.</prosody>"),
        ["prosody rate percent"] = (() => Prosody(rate: "120%", children: Text("Faster.")), "<prosody rate=\"120%\">Faster.</prosody>"),
        ["prosody volume"] = (() => Prosody(volume: "x-loud", children: Text("Loud.")), "<prosody volume=\"x-loud\">Loud.</prosody>"),
        ["prosody volume dB"] = (() => Prosody(volume: "-6dB", children: Text("Softer.")), "<prosody volume=\"-6dB\">Softer.</prosody>"),
        ["prosody both"] = (() => Prosody("fast", "+2.5dB", Text("Both.")), "<prosody rate=\"fast\" volume=\"+2.5dB\">Both.</prosody>"),
        ["say-as"] = (() => SayAs("cardinal", "1969"), "<say-as interpret-as=\"cardinal\">1969</say-as>"),
        ["say-as date"] = (() => SayAs("date", "19690820", "ymd"), "<say-as interpret-as=\"date\" format=\"ymd\">19690820</say-as>"),
        ["emphasis"] = (() => Emphasis(EmphasisLevel.Strong, Text("really")), "<emphasis level=\"strong\">really</emphasis>"),
        ["emphasis reduced"] = (() => Emphasis(EmphasisLevel.Reduced, Text("maybe")), "<emphasis level=\"reduced\">maybe</emphasis>"),
        ["emotion excited low"] = (() => Emotion(EmotionName.Excited, EmotionIntensity.Low, Text("Nice.")), "<amazon:emotion name=\"excited\" intensity=\"low\">Nice.</amazon:emotion>"),
        ["emotion excited medium"] = (() => Emotion(EmotionName.Excited, EmotionIntensity.Medium, Text("Great!")), "<amazon:emotion name=\"excited\" intensity=\"medium\">Great!</amazon:emotion>"),
        ["emotion excited high"] = (() => Emotion(EmotionName.Excited, EmotionIntensity.High, Text("Wow!")), "<amazon:emotion name=\"excited\" intensity=\"high\">Wow!</amazon:emotion>"),
        ["emotion disappointed low"] = (() => Emotion(EmotionName.Disappointed, EmotionIntensity.Low, Text("Oh.")), "<amazon:emotion name=\"disappointed\" intensity=\"low\">Oh.</amazon:emotion>"),
        ["emotion disappointed medium"] = (() => Emotion(EmotionName.Disappointed, EmotionIntensity.Medium, Text("Too bad.")), "<amazon:emotion name=\"disappointed\" intensity=\"medium\">Too bad.</amazon:emotion>"),
        ["emotion disappointed high"] = (() => Emotion(EmotionName.Disappointed, EmotionIntensity.High, Text("Sorry.")), "<amazon:emotion name=\"disappointed\" intensity=\"high\">Sorry.</amazon:emotion>"),
        ["domain music"] = (() => MusicStyle(S("This is shoegaze.")), "<amazon:domain name=\"music\"><s>This is shoegaze.</s></amazon:domain>"),
    };

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
        await SsmlAssert.ValidAsync(xml);
    }

    [Theory]
    [MemberData(nameof(NodeKinds))]
    public async Task ToXml_EveryNodeKind_RendersExactlyAndPassesAlexaChecker(string kind)
    {
        var (node, expected) = Nodes[kind];

        var xml = Speak(node()).ToXml();

        Assert.Equal($"<speak>{expected}</speak>", xml);
        await SsmlAssert.ValidAsync(xml);
    }

    [Fact]
    public async Task ToXml_SlotValueWithClosingSpeakTag_StaysInsideOneDocument()
    {
        var heard = "</speak><audio src=\"https://evil.example.com/x.mp3\"/><speak>\u0007";

        var xml = Speak(S(Text($"You said {heard}."))).ToXml();

        await SsmlAssert.ValidAsync(xml);
        Assert.DoesNotContain("<audio", xml, StringComparison.Ordinal);
        Assert.Equal($"You said {heard[..^1]} .", SsmlAssert.TextOf(xml));
    }

    [Fact]
    public async Task Render_FiveClipsOf48Seconds_IsAcceptedAtTheLimit()
    {
        var clips = Enumerable.Range(1, 5).Select(i => (SsmlNode)Audio($"https://media.example.com/samples/{i}.mp3", TimeSpan.FromSeconds(48))).ToArray();

        var rendered = Speak(clips).Render();

        Assert.Equal((5, TimeSpan.FromSeconds(240)), (rendered.AudioCount, rendered.AudioDuration));
        await SsmlAssert.ValidAsync(rendered.Xml);
    }

    [Fact]
    public void Render_SixClips_IsRefused()
    {
        var clips = Enumerable.Range(1, 6).Select(i => (SsmlNode)Audio($"https://media.example.com/samples/{i}.mp3", TimeSpan.FromSeconds(5))).ToArray();

        var error = Assert.Throws<SsmlException>(() => Speak(clips).Render());

        Assert.Contains("6 <audio> tags; Alexa allows at most 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_241SecondsOfAudioAcrossClips_IsRefused()
    {
        var clips = new[] { 48, 48, 48, 48, 49 }.Select(s => (SsmlNode)Audio(Clip, TimeSpan.FromSeconds(s))).ToArray();

        var error = Assert.Throws<SsmlException>(() => Speak(P(clips)).Render());

        Assert.Contains("241 s of audio; Alexa allows at most 240 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_8000Characters_IsAcceptedAnd8001IsRefused()
    {
        // "<speak>" + "</speak>" is 15 characters.
        var atLimit = Speak(Text(new string('a', 7985))).ToXml();
        var error = Assert.Throws<SsmlException>(() => Speak(Text(new string('a', 7986))).ToXml());

        Assert.Equal(8000, atLimit.Length);
        await SsmlAssert.ValidAsync(atLimit);
        Assert.Contains("8001 characters; Alexa allows at most 8000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EscapingCountsTowardTheCharacterLimit()
    {
        Assert.Throws<SsmlException>(() => Speak(Text(new string('&', 1600))).ToXml());
    }

    public static TheoryData<string> StackedTones => new(Stacks.Keys);

    private static Dictionary<string, Func<Speech>> Stacks => new(StringComparer.Ordinal)
    {
        ["emotion inside domain"] = () => Speak(MusicStyle(Emotion(EmotionName.Excited, EmotionIntensity.High, Text("Yes!")))),
        ["domain inside emotion"] = () => Speak(Emotion(EmotionName.Excited, EmotionIntensity.High, MusicStyle(Text("Yes!")))),
        ["emphasis inside emotion"] = () => Speak(Emotion(EmotionName.Disappointed, EmotionIntensity.Low, Emphasis(EmphasisLevel.Strong, Text("No.")))),
        ["domain inside emphasis"] = () => Speak(Emphasis(EmphasisLevel.Moderate, MusicStyle(Text("Jazz.")))),
        ["emotion deep inside domain"] = () => Speak(MusicStyle(P(S(Prosody("slow", null, Emotion(EmotionName.Excited, EmotionIntensity.Low, Text("Hi."))))))),
    };

    [Theory]
    [MemberData(nameof(StackedTones))]
    public void Render_StackedToneTags_IsRefused(string stack)
    {
        var error = Assert.Throws<SsmlException>(() => Stacks[stack]().Render());

        Assert.Contains("cannot be nested inside amazon:emotion, amazon:domain or emphasis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ToneTagsSideBySide_IsAccepted()
    {
        var xml = Speak(
            Emotion(EmotionName.Excited, EmotionIntensity.Medium, S("Great choice!")),
            MusicStyle(S("Here is some shoegaze.")),
            Emphasis(EmphasisLevel.Moderate, Text("Enjoy."))).ToXml();

        await SsmlAssert.ValidAsync(xml);
    }
}
