using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Personalization;
using AlexaMusicSkill.Offline.Research.LastFm;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Simulation.Populations;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// The two disjoint groups of listeners an experiment needs: those whose conversations are logged for training,
/// and fresh ones for the A/B test, with how many conversations each has, and the listening an affinity model may
/// learn from (never a held-out target).
/// </summary>
public sealed record ExperimentPopulations(
    ListenerPopulation Logging,
    int LoggingPerListener,
    ListenerPopulation Testing,
    int TestingPerListener,
    IReadOnlyList<Interaction> AffinityInteractions,
    string Description)
{
    public static ExperimentPopulations Create(ExperimentOptions options)
    {
        if (options.LastFmDirectory is null)
        {
            var catalog = BuiltInCatalog.Load(options.MediaBaseUrl);
            var k = options.ConversationsPerListener;
            var logging = SyntheticPopulation.Create(catalog, Ceiling(options.LoggedConversations, k), SeededRandom.Mix(options.Seed, 1), name: "built-in");
            var testing = SyntheticPopulation.Create(catalog, Ceiling(options.AbConversations, k), SeededRandom.Mix(options.Seed, 2), name: "built-in-ab");
            return new ExperimentPopulations(logging, k, testing, k, HistoryInteractions(logging),
                $"built-in catalog ({catalog.Artists.Count:N0} artists, {catalog.Tracks.Count:N0} tracks); logging: {logging.Description}; A/B: {testing.Description}");
        }

        var import = LastFmImporter.Import(options.LastFmDirectory);
        var data = LastFmPopulation.Create(import.Catalog, options.MediaBaseUrl, SeededRandom.Mix(options.Seed, 3));
        var all = data.Population;
        var loggingSide = all.Where(l => IsLoggingSide(l.Id, options.Seed), "-logging");
        var testingSide = all.Where(l => !IsLoggingSide(l.Id, options.Seed), "-ab");
        return new ExperimentPopulations(
            loggingSide,
            Ceiling(options.LoggedConversations, loggingSide.Listeners.Count),
            testingSide,
            Ceiling(options.AbConversations, testingSide.Listeners.Count),
            data.TrainingInteractions,
            $"{all.Description}; split by user into {loggingSide.Listeners.Count:N0} logging and {testingSide.Listeners.Count:N0} A/B listeners");
    }

    /// <summary>Synthetic listening counts: a history's first artist is played most (Zipf over the history order).</summary>
    public static IReadOnlyList<Interaction> HistoryInteractions(ListenerPopulation population) =>
        [.. population.Listeners.SelectMany(l => l.HistoryArtistIds.Select((artist, rank) => new Interaction(l.Id, artist, 100.0 / (rank + 1))))];

    private static bool IsLoggingSide(string listenerId, ulong seed) =>
        (SeededRandom.Mix(seed, StableHash(listenerId), 0, 5) & 1) == 0;

    private static long StableHash(string text)
    {
        var hash = 1469598103934665603UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }

    private static int Ceiling(int total, int per) => Math.Max(1, (total + per - 1) / Math.Max(1, per));
}
