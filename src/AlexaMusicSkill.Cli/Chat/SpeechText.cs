using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Catalog;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// What a listener hears, as text: SSML tags dropped, each <c>&lt;audio&gt;</c> clip named from the catalog
/// (<c>[sample: Artist - Title]</c>), breaks as spaces, whitespace collapsed.
/// </summary>
internal sealed partial class SpeechText(ICatalog catalog)
{
    private readonly Dictionary<string, Track> _samples = catalog.Tracks
        .GroupBy(t => t.SampleUrl, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Render(OutputSpeech? speech)
    {
        if (speech is null)
        {
            return string.Empty;
        }

        if (speech.Type == OutputSpeech.PlainTextType || speech.Ssml is null)
        {
            return Collapse(speech.Text ?? string.Empty);
        }

        XElement root;
        try
        {
            root = Parse(speech.Ssml);
        }
        catch (XmlException)
        {
            return Collapse(Tags().Replace(speech.Ssml, " ")) + " [speech is not valid SSML]";
        }

        var text = new StringBuilder();
        Append(root, text);
        return Collapse(text.ToString());
    }

    /// <summary>Parses SSML, declaring the <c>amazon:</c> and <c>alexa:</c> prefixes Alexa's tags use without a declaration.</summary>
    private static XElement Parse(string ssml)
    {
        var names = new XmlNamespaceManager(new NameTable());
        names.AddNamespace("amazon", "urn:amazon");
        names.AddNamespace("alexa", "urn:alexa");
        var context = new XmlParserContext(null, names, null, XmlSpace.Preserve);
        using var reader = XmlReader.Create(new StringReader(ssml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }, context);
        return XElement.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The sample a URL plays, as "Artist - Title", or null when the catalog does not know it.</summary>
    public string? DescribeSample(string url) =>
        _samples.TryGetValue(url, out var track) ? $"{catalog.FindArtist(track.ArtistId)?.Name ?? track.ArtistId} - {track.Title}" : null;

    private void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText literal:
                    text.Append(literal.Value);
                    break;
                case XElement { Name.LocalName: "audio" } audio:
                    var src = (string?)audio.Attribute("src") ?? string.Empty;
                    text.Append(" [").Append(DescribeSample(src) is { } sample ? "sample: " + sample : "audio: " + src).Append("] ");
                    break;
                case XElement { Name.LocalName: "break" }:
                    text.Append(' ');
                    break;
                case XElement { Name.LocalName: "sub" } sub when sub.Attribute("alias") is { } alias:
                    text.Append(alias.Value);
                    break;
                case XElement child:
                    // Sentences and paragraphs end with a space so words never run together.
                    Append(child, text);
                    if (child.Name.LocalName is "s" or "p")
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
