using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// The interaction model's slot types, generated from the one taxonomy source, the feedback vocabulary and the
/// catalog's artists. The committed <c>skill-package</c> model must equal this (a test checks; the CLI rewrites it).
/// </summary>
public static class SlotTypeCatalog
{
    /// <summary>The en-US slot types.</summary>
    public static IReadOnlyList<SlotTypeDefinition> Build(ICatalog catalog) => Build(catalog, SkillLocales.UnitedStates);

    /// <summary>The slot types of one locale: the shared taxonomy and vocabulary plus the locale's own synonyms.</summary>
    public static IReadOnlyList<SlotTypeDefinition> Build(ICatalog catalog, SkillLocale locale) =>
    [
        From(SlotTypeNames.Mood, MusicTaxonomy.Moods, locale),
        From(SlotTypeNames.Genre, MusicTaxonomy.Genres, locale),
        From(SlotTypeNames.Era, MusicTaxonomy.Eras, locale),
        From(SlotTypeNames.Activity, MusicTaxonomy.Activities, locale),
        From(SlotTypeNames.Feedback, FeedbackVocabulary.Values, locale),
        new(SlotTypeNames.Artist, catalog.Artists
            .Select(a => new SlotTypeValue(a.Id, a.Name, SpokenArtistVariants(a)))
            .ToList()),
    ];

    /// <summary>How people say an artist: their synonyms, "and" for "&amp;", without a leading "the".</summary>
    public static IReadOnlyList<string> SpokenArtistVariants(Artist artist)
    {
        var variants = new List<string>();
        void Add(string text)
        {
            var spoken = text.Trim().ToLowerInvariant();
            if (spoken.Length > 0 && spoken != artist.Name.ToLowerInvariant() && !variants.Contains(spoken))
            {
                variants.Add(spoken);
            }
        }

        foreach (var synonym in artist.Synonyms)
        {
            Add(synonym);
        }

        Add(artist.Name.Replace("&", "and", StringComparison.Ordinal));
        if (artist.Name.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            Add(artist.Name[4..]);
        }

        return variants;
    }

    private static SlotTypeDefinition From(string name, IEnumerable<ITaxonomyEntry> entries, SkillLocale locale) =>
        new(name, entries.Select(e => new SlotTypeValue(e.Id, e.Name, e.Synonyms.Concat(locale.SynonymsFor(name, e.Id)).Distinct(StringComparer.Ordinal).ToList())).ToList());
}
