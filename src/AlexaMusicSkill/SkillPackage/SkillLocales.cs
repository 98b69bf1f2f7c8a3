using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// The English locales the skill is published in. The shared samples already hold the British and Indian phrasings
/// people use everywhere ("stick on some reggae", "go on then", "have you got any", "songs" for music); a locale adds
/// only its spelling and its regional words. No catalog content is invented per locale: the taxonomy has no
/// Bollywood or filmi genre, so en-IN gets none.
/// </summary>
public static class SkillLocales
{
    /// <summary>The invocation name in every locale (contracts.md).</summary>
    public const string InvocationName = "music finder";

    private const string Yes = "AMAZON.YesIntent";

    private static readonly (string, string) Favourite = (SlotTypeNames.Feedback, "LOVE_IT");

    public static SkillLocale UnitedStates { get; } = new("en-US", InvocationName,
        new Dictionary<string, string[]>(StringComparer.Ordinal),
        new Dictionary<(string, string), string[]> { [Favourite] = ["my favorite", "my new favorite", "new favorite"] });

    public static SkillLocale Canada { get; } = new("en-CA", InvocationName,
        new Dictionary<string, string[]>(StringComparer.Ordinal) { [Yes] = ["[yeah|sure|okay] for sure", "for sure"] },
        // Canadian spelling goes both ways; both are heard.
        new Dictionary<(string, string), string[]> { [Favourite] = ["my favorite", "my new favourite", "my new favorite"] });

    public static SkillLocale UnitedKingdom { get; } = new("en-GB", InvocationName,
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [Yes] = ["cheers", "[yes|yeah|lovely|brilliant] cheers", "ta", "go on [then|] cheers", "lovely [play it|go on]"],
            [IntentNames.Answer] = ["i reckon {genre}", "i reckon {mood}", "i reckon {era}"],
        },
        new Dictionary<(string, string), string[]>
        {
            [Favourite] = ["my new favourite", "new favourite"],
            [(SlotTypeNames.Feedback, "LIKE_IT")] = ["quite nice actually", "that's quite nice", "proper good"],
            [(SlotTypeNames.Feedback, "HATE_IT")] = ["pants", "that's pants", "absolute rubbish"],
        });

    public static SkillLocale Australia { get; } = new("en-AU", InvocationName,
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [Yes] = ["cheers", "[yeah|yep] cheers", "no worries", "yeah no worries", "too right", "sweet as"],
            [IntentNames.Answer] = ["i reckon {genre}", "i reckon {mood}", "i reckon {era}"],
        },
        new Dictionary<(string, string), string[]>
        {
            [Favourite] = ["my new favourite", "new favourite"],
            [(SlotTypeNames.Feedback, "LIKE_IT")] = ["heaps good", "pretty sweet"],
            [(SlotTypeNames.Feedback, "HATE_IT")] = ["that's rubbish mate"],
        });

    public static SkillLocale India { get; } = new("en-IN", InvocationName,
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [Yes] = ["yes do it", "haan", "haan play it", "yes yes play it"],
            [IntentNames.PlayMusic] = ["kindly play [some|] {genre} songs", "kindly play [some|] {artist} songs", "kindly play something {mood}"],
            [IntentNames.FindMusic] = ["kindly [find|suggest] [me|] some [music|songs]", "kindly suggest some {genre} songs"],
        },
        new Dictionary<(string, string), string[]>
        {
            [Favourite] = ["my new favourite", "new favourite"],
            [(SlotTypeNames.Feedback, "LIKE_IT")] = ["very nice song", "nice song"],
        });

    /// <summary>Every locale; en-US first (the local NLU and the tests' default).</summary>
    public static IReadOnlyList<SkillLocale> All { get; } = [UnitedStates, UnitedKingdom, Canada, Australia, India];

    public static SkillLocale? Find(string code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}
