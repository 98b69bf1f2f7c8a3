using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The station a conversation would start from a seed: built leaving out every track and artist the listener turned
/// down in this conversation and, as far as the token has room, tracks they turned down before (their profile) that
/// the station would otherwise play. The exclusions travel in the station id, so later tracks (rebuilt from the
/// AudioPlayer token, even with storage down) leave them out too.
/// </summary>
internal sealed class StationPlanner(StationBuilder stations)
{
    /// <summary>Rebuilds when an earlier refusal shows up; each round adds at least one exclusion, so few are needed.</summary>
    private const int MaxRounds = 4;

    public Station Plan(StationSeed seed, DialogueState state, IReadOnlyList<string>? rejectedBefore = null)
    {
        var (tracks, artists) = Rejections.TracksAndArtists(state);
        var station = stations.Build(seed.Described.Excluding(tracks, artists));
        if (rejectedBefore is not { Count: > 0 })
        {
            return station;
        }

        var refusedBefore = rejectedBefore.ToHashSet(StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds; round++)
        {
            var room = StationExclusions.MaxEntries - tracks.Count - artists.Count;
            var refused = station.TrackIds.Where(refusedBefore.Contains).Where(id => !tracks.Contains(id)).Take(Math.Max(0, room)).ToList();
            if (refused.Count == 0)
            {
                return station;
            }

            tracks.AddRange(refused);
            station = stations.Build(seed.Described.Excluding(tracks, artists));
        }

        return station;
    }
}
