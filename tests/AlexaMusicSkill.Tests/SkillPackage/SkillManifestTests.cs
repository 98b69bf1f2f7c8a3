using System.Text.Json.Nodes;
using AlexaMusicSkill.SkillPackage;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.SkillPackage;

/// <summary>
/// <c>skill-package/skill.json</c> declares exactly the locales that have an interaction model, each with the same
/// publishing and privacy fields as en-US, and is distributed in each locale's country.
/// </summary>
public sealed class SkillManifestTests
{
    private static readonly JsonNode Manifest = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("skill-package", "skill.json")))!["manifest"]!;

    [Fact]
    public void PublishingAndPrivacyLocales_AreTheModelsLocales()
    {
        var codes = SkillLocales.All.Select(l => l.Code).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(codes, Keys(Manifest["publishingInformation"]!["locales"]!));
        Assert.Equal(codes, Keys(Manifest["privacyAndCompliance"]!["locales"]!));
    }

    [Theory]
    [MemberData(nameof(InteractionModelTests.Locales), MemberType = typeof(InteractionModelTests))]
    public void EveryLocale_HasTheFieldsEnUsHas_AndItsCountry(string locale)
    {
        foreach (var section in new[] { Manifest["publishingInformation"]!["locales"]!, Manifest["privacyAndCompliance"]!["locales"]! })
        {
            var fields = Keys(section[locale]!);
            Assert.Equal(Keys(section["en-US"]!), fields);
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(section[locale]![f]!.ToJsonString().Trim('"', '[', ']')), $"{locale}.{f} is empty"));
        }

        var examples = Manifest["publishingInformation"]!["locales"]![locale]!["examplePhrases"]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.All(examples, e => Assert.Contains(SkillLocales.InvocationName, e, StringComparison.Ordinal));
        var countries = Manifest["publishingInformation"]!["distributionCountries"]!.AsArray().Select(c => c!.GetValue<string>());
        Assert.Contains(locale[3..], countries);
    }

    private static List<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
}
