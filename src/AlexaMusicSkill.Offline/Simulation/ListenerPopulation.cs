using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// Listeners together with the catalog the engine serves them from and the truth they judge offers by.
/// <see cref="Description"/> says in a line where they came from (it goes into reports; never per-user data).
/// </summary>
public sealed class ListenerPopulation(string name, string description, ICatalog catalog, MusicTruth truth, IReadOnlyList<Listener> listeners)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public ICatalog Catalog { get; } = catalog;

    public MusicTruth Truth { get; } = truth;

    public IReadOnlyList<Listener> Listeners { get; } = listeners;

    /// <summary>Listeners <paramref name="keep"/> selects (e.g. one side of a split), same catalog and truth.</summary>
    public ListenerPopulation Where(Func<Listener, bool> keep, string suffix) =>
        new(Name + suffix, Description, Catalog, Truth, [.. Listeners.Where(keep)]);

    public ListenerTarget TargetFor(string artistId) =>
        new(artistId, Truth.Artist(artistId) ?? throw new InvalidOperationException($"No truth for target artist {artistId}."));

    /// <summary>
    /// The profile the engine starts from: each history artist's most popular track counts as played (what the
    /// engine would have recorded had the listener played it through the skill). Liked stays empty.
    /// </summary>
    public UserProfile ProfileOf(Listener listener)
    {
        var played = new List<string>(Math.Min(listener.HistoryArtistIds.Count, UserProfile.MaxPlayed));
        foreach (var artistId in listener.HistoryArtistIds)
        {
            if (played.Count == UserProfile.MaxPlayed)
            {
                break;
            }

            Track? best = null;
            foreach (var track in Catalog.TracksBy(artistId))
            {
                if (best is null || track.Popularity > best.Popularity)
                {
                    best = track;
                }
            }

            if (best is not null)
            {
                played.Add(best.Id);
            }
        }

        return UserProfile.Empty with { Played = played };
    }
}
