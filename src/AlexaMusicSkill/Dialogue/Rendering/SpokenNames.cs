using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>How ids are said out loud: genre and era names, and a station as a noun phrase ("a laid-back fifties jazz station").</summary>
public static class SpokenNames
{
    public static string Genre(string id) => MusicTaxonomy.FindGenre(id)?.Name ?? id.ToLowerInvariant().Replace('_', ' ');

    /// <summary>An era as an adjective: "fifties", "recent".</summary>
    public static string EraAdjective(string id) => id switch
    {
        "RECENT" => "recent",
        "PRE_FIFTIES" => "vintage",
        _ => (MusicTaxonomy.FindEra(id)?.Name ?? id).Replace("the ", string.Empty, StringComparison.Ordinal),
    };

    public static string MoodAdjective(string id) => id switch
    {
        MusicTaxonomy.LaidBack => "laid-back",
        MusicTaxonomy.Upbeat => "upbeat",
        _ => "easy-going",
    };

    /// <summary>"a laid-back fifties jazz station", "a Norah Jones station", "a station based on Song by Artist".</summary>
    public static string Station(StationSeed seed, ICatalog catalog)
    {
        if (seed.TrackId is { } trackId && catalog.FindTrack(trackId) is { } track)
        {
            return $"a station based on {track.Title} by {ArtistName(track.ArtistId, catalog)}";
        }

        var words = AttributeWords(seed, catalog);
        if (MusicTaxonomy.FindActivity(seed.Activity) is { } activity)
        {
            words.Add(words.Count == 0 ? activity.Name : "for " + activity.Name);
        }

        if (words.Count == 0)
        {
            return "a mixed station";
        }

        var phrase = seed.Activity is not null && words.Count > 1
            ? string.Join(' ', words.Take(words.Count - 1)) + " station " + words[^1]
            : string.Join(' ', words) + " station";
        return WithArticle(phrase);
    }

    /// <summary>What a seed asks for as music, without "station": "laid-back nineties jazz", "upbeat music for working out".</summary>
    public static string AskedFor(StationSeed seed, ICatalog catalog)
    {
        var words = AttributeWords(seed, catalog);
        if (seed.Genre is null)
        {
            words.Add("music");
        }

        if (MusicTaxonomy.FindActivity(seed.Activity) is { } activity)
        {
            words.Add("for " + activity.Name);
        }

        return string.Join(' ', words);
    }

    /// <summary>Mood, era, artist and genre as the words before "station" or "music", in the order they are said.</summary>
    private static List<string> AttributeWords(StationSeed seed, ICatalog catalog)
    {
        var words = new List<string>(5);
        if (seed.Mood is { } mood)
        {
            words.Add(MoodAdjective(mood));
        }

        if (seed.Era is { } era)
        {
            words.Add(EraAdjective(era));
        }

        if (seed.ArtistId is { } artist)
        {
            words.Add(ArtistName(artist, catalog));
        }

        if (seed.Genre is { } genre)
        {
            words.Add(Genre(genre));
        }

        return words;
    }

    /// <summary>What a station added beyond what was asked: "some older classics and some livelier tracks".</summary>
    public static string Added(IReadOnlyList<Widening> widened) => string.Join(" and ", widened.Select(w => (w.Attribute, w.Direction) switch
    {
        (StationAttribute.Era, WideningDirection.Older) => "some older classics",
        (StationAttribute.Era, WideningDirection.Newer) => "some more recent tracks",
        (StationAttribute.Era, _) => "music from other decades",
        (StationAttribute.Mood, WideningDirection.Livelier) => "some livelier tracks",
        (StationAttribute.Mood, _) => "some calmer tracks",
        _ => "some neighbouring styles",
    }));

    public static string ArtistName(string artistId, ICatalog catalog) => catalog.FindArtist(artistId)?.Name ?? artistId;

    public static string WithArticle(string phrase) =>
        (phrase.Length > 0 && "aeiouAEIOU".Contains(phrase[0]) ? "an " : "a ") + phrase;
}
