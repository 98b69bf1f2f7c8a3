using System.Globalization;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Offline.Personalization;
using AlexaMusicSkill.Offline.Research;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Simulation.Populations;

/// <summary>
/// The 1,892 real Last.fm users of HetRec 2011 as simulated listeners, for research runs only (the data's licence is
/// non-commercial: it is read at run time, and nothing derived from it is committed).
/// <para>
/// The engine gets an in-memory research catalog: one artist per kept HetRec artist (id <c>hr&lt;id&gt;</c>) with one
/// playable track (<c>hr&lt;id&gt;t</c>, sample and stream under <c>research/hetrec/</c> of the media base). Unknown
/// attributes have to take <i>some</i> value there, because a catalog track always has an energy and a mood: unknown
/// energy becomes 0.5 (mood IN_BETWEEN, which no mood constraint excludes), unknown era stays null (no era).
/// The simulated listeners judge by the research truth instead, where unknown stays unknown: they answer
/// "I don't know" about it, and it counts as neutral when they compare an offer with their target.
/// </para>
/// </summary>
public static class LastFmPopulation
{
    public const double UnknownEnergy = 0.5;

    public static LastFmSimulationData Create(ResearchCatalog research, string mediaBaseUrl, ulong seed, LastFmPopulationOptions? options = null)
    {
        options ??= LastFmPopulationOptions.Default;
        var kept = research.Artists.Where(a => a.GenreIds.Count > 0 && a.Listeners >= options.MinListeners).ToList();
        var maxListeners = Math.Max(1, kept.Max(a => a.Listeners));
        var artists = new List<Artist>(kept.Count);
        var tracks = new List<Track>(kept.Count);
        var truthArtists = new Dictionary<string, TrueAttributes>(StringComparer.Ordinal);
        var truthTracks = new Dictionary<string, (string, TrueAttributes)>(StringComparer.Ordinal);
        var baseUrl = mediaBaseUrl.TrimEnd('/');
        foreach (var a in kept)
        {
            var id = ArtistId(a.Id);
            var energy = a.Energy ?? UnknownEnergy;
            var popularity = (int)Math.Round(100 * Math.Log(1 + a.Listeners) / Math.Log(1 + maxListeners));
            artists.Add(new Artist(id, a.Name, a.GenreIds, MusicTaxonomy.MoodForEnergy(energy), energy, a.EraId, popularity, []));
            var trackId = id + "t";
            tracks.Add(new Track(trackId, id, a.Name, null, a.GenreIds, MusicTaxonomy.MoodForEnergy(energy), energy, a.EraId, popularity,
                TimeSpan.FromMinutes(4), TimeSpan.FromSeconds(30), $"{baseUrl}/research/hetrec/samples/{a.Id}.mp3", $"{baseUrl}/research/hetrec/tracks/{a.Id}.mp3"));
            var truth = new TrueAttributes(a.GenreIds, a.Energy, a.EraId);
            truthArtists[id] = truth;
            truthTracks[trackId] = (id, truth);
        }

        var catalog = new MusicCatalog(artists, tracks);
        var inCatalog = truthArtists.Keys.ToHashSet(StringComparer.Ordinal);
        var listeners = new List<Listener>();
        var heldOut = new Dictionary<int, HashSet<int>>();
        foreach (var (userId, history) in research.Histories.OrderBy(h => h.Key))
        {
            var candidates = history.Where(l => inCatalog.Contains(ArtistId(l.ArtistId))).Select(l => l.ArtistId).ToList();
            if (candidates.Count < options.MinHistory + options.Targets)
            {
                continue;
            }

            var random = new SeededRandom(SeededRandom.Mix(seed, userId, 0, 11));
            var targets = new HashSet<int>();
            while (targets.Count < options.Targets)
            {
                targets.Add(candidates[random.Next(candidates.Count)]);
            }

            heldOut[userId] = targets;
            listeners.Add(new Listener(
                "hetrec-" + userId.ToString(CultureInfo.InvariantCulture),
                [.. candidates.Where(a => !targets.Contains(a)).Select(ArtistId)],
                [.. targets.Order().Select(ArtistId)]));
        }

        var population = new ListenerPopulation(
            "hetrec",
            $"{listeners.Count:N0} HetRec 2011 Last.fm users ({LastFmPopulationOptions.Version}, seed {seed}) with ≥ {options.MinHistory + options.Targets} catalog artists, {options.Targets} held out as targets each; research catalog of {artists.Count:N0} artists (genre known, ≥ {options.MinListeners} listeners)",
            catalog,
            new MusicTruth(truthArtists, truthTracks),
            listeners);

        // Every user's listening (all artists, catalog or not) minus the held-out targets: what affinity may learn from.
        var interactions = new List<Interaction>();
        foreach (var (userId, history) in research.Histories)
        {
            var targets = heldOut.GetValueOrDefault(userId);
            foreach (var listen in history)
            {
                if (targets is null || !targets.Contains(listen.ArtistId))
                {
                    interactions.Add(new Interaction("hetrec-" + userId.ToString(CultureInfo.InvariantCulture), ArtistId(listen.ArtistId), listen.PlayCount));
                }
            }
        }

        return new LastFmSimulationData(population, interactions);
    }

    public static string ArtistId(int hetRecArtistId) => "hr" + hetRecArtistId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The HetRec listeners and the listening (targets held out) an affinity model may be trained on.</summary>
public sealed record LastFmSimulationData(ListenerPopulation Population, IReadOnlyList<Interaction> TrainingInteractions);
