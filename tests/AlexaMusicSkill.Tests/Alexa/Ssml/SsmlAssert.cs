using System.Text;
using System.Xml;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Alexa.Ssml;

/// <summary>
/// Valid SSML for Alexa: ssml-check-core accepts it, and it is well-formed XML 1.0 (the checker's parser lets
/// control characters through, Alexa's does not).
/// </summary>
internal static class SsmlAssert
{
    public static async Task ValidAsync(string ssml)
    {
        TextOf(ssml);
        await SsmlChecker.Shared.AssertValidAsync(ssml);
    }

    /// <summary>The document's text as an XML parser reads it; throws when it is not well-formed XML 1.0.</summary>
    public static string TextOf(string ssml)
    {
        // The amazon: and alexa: prefixes are unbound in SSML; bind them so a namespace-aware reader accepts them.
        var wrapped = $"<root xmlns:amazon=\"urn:amazon\" xmlns:alexa=\"urn:alexa\">{ssml}</root>";
        var settings = new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new StringReader(wrapped), settings);
        var text = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
        }

        return text.ToString();
    }
}
