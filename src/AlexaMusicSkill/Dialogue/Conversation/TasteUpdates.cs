using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>How what the listener says changes what we know of their taste.</summary>
internal static class TasteUpdates
{
    /// <summary>Newly named attributes replace earlier ones; a named genre leaves the rejected list.</summary>
    public static TasteConstraints With(TasteConstraints taste, UserMeaning meaning) => taste with
    {
        Mood = meaning.Mood ?? taste.Mood,
        Genre = meaning.Genre ?? taste.Genre,
        Era = meaning.Era ?? taste.Era,
        ArtistId = meaning.Artist ?? taste.ArtistId,
        Activity = meaning.Activity ?? taste.Activity,
        RejectedGenres = meaning.Genre is { } g ? taste.RejectedGenres.Where(x => x != g).ToList() : taste.RejectedGenres,
    };

    public static TasteConstraints FromMeaning(UserMeaning meaning) => With(TasteConstraints.None, meaning);

    /// <summary>"Too slow" moves the mood up a bucket from the offered track's; "too old" moves the era forward.</summary>
    public static TasteConstraints Shift(TasteConstraints taste, ConstraintShift shift, Track? offered)
    {
        switch (shift)
        {
            case ConstraintShift.MoreEnergy:
                return taste with { Mood = StepMood(taste.Mood ?? offered?.MoodId, +1) };
            case ConstraintShift.LessEnergy:
                return taste with { Mood = StepMood(taste.Mood ?? offered?.MoodId, -1) };
            case ConstraintShift.Newer:
                return taste with { Era = StepEra(taste.Era ?? offered?.EraId, +1) ?? taste.Era };
            case ConstraintShift.Older:
                return taste with { Era = StepEra(taste.Era ?? offered?.EraId, -1) ?? taste.Era };
            default:
                return taste;
        }
    }

    private static string StepMood(string? mood, int direction)
    {
        var index = CatalogIndex.MoodIndex(mood);
        index = index < 0 ? (direction > 0 ? 2 : 0) : Math.Clamp(index + direction, 0, 2);
        return index switch { 0 => MusicTaxonomy.LaidBack, 1 => MusicTaxonomy.InBetween, _ => MusicTaxonomy.Upbeat };
    }

    private static string? StepEra(string? era, int direction)
    {
        var index = CatalogIndex.EraIndex(era);
        if (index < 0)
        {
            return direction > 0 ? "RECENT" : null;
        }

        var next = Math.Clamp(index + direction, 0, MusicTaxonomy.Eras.Count - 1);
        return MusicTaxonomy.Eras[next].Id;
    }
}
