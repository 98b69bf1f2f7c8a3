using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Offline.Personalization;

/// <summary>
/// Where production's affinity model learns from: our own listeners' profiles (tracks played and liked through the
/// skill) and decision logs (what they accepted and how long they listened). Users appear only as keyed hashes.
/// </summary>
public static class InteractionSources
{
    /// <summary>Played tracks count 1, liked ones 2 more, per artist.</summary>
    public static IReadOnlyList<Interaction> FromProfiles(IEnumerable<(string UserKey, UserProfile Profile)> profiles, ICatalog catalog)
    {
        var result = new List<Interaction>();
        foreach (var (userKey, profile) in profiles)
        {
            foreach (var trackId in profile.Played)
            {
                if (catalog.FindTrack(trackId) is { } track)
                {
                    result.Add(new Interaction(userKey, track.ArtistId, 1));
                }
            }

            foreach (var trackId in profile.Liked)
            {
                if (catalog.FindTrack(trackId) is { } track)
                {
                    result.Add(new Interaction(userKey, track.ArtistId, 2));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Each accepted conversation counts 1 for the accepted item's artist, plus one per minute its station then
    /// played for that artist's tracks (listening time is the stronger signal: people skip what they do not want).
    /// </summary>
    public static IReadOnlyList<Interaction> FromRecords(IEnumerable<LogRecord> records, ICatalog catalog)
    {
        var result = new List<Interaction>();
        foreach (var record in records)
        {
            switch (record)
            {
                case OutcomeRecord { Outcome: OutcomeRecord.Accepted, Item.ArtistId: { } artist } outcome:
                    result.Add(new Interaction(outcome.UserKey, artist, 1));
                    break;
                case ListeningRecord listening when listening.Seconds > 0 && catalog.FindTrack(listening.TrackId) is { } track:
                    result.Add(new Interaction(listening.UserKey, track.ArtistId, listening.Seconds / 60.0));
                    break;
            }
        }

        return result;
    }
}
