using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>How a simulated listener words an attribute: the slot, the spoken name Alexa hears, and the id it resolves to.</summary>
internal static class Say
{
    public static string NameOf(string slot, string id) => slot switch
    {
        SlotNames.Genre => MusicTaxonomy.FindGenre(id)?.Name ?? id,
        SlotNames.Mood => MusicTaxonomy.FindMood(id)?.Name ?? id,
        SlotNames.Era => MusicTaxonomy.FindEra(id)?.Name ?? id,
        SlotNames.Feedback => FeedbackVocabulary.Find(id)?.Name ?? id,
        _ => id,
    };

    public static SpokenSlot Genre(string id) => new(SlotNames.Genre, NameOf(SlotNames.Genre, id), id);

    public static SpokenSlot Mood(string id) => new(SlotNames.Mood, NameOf(SlotNames.Mood, id), id);

    public static SpokenSlot Era(string id) => new(SlotNames.Era, NameOf(SlotNames.Era, id), id);

    public static SpokenSlot Feedback(string id) => new(SlotNames.Feedback, NameOf(SlotNames.Feedback, id), id);
}
