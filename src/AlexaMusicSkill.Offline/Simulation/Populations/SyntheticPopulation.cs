using System.Globalization;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Simulation.Populations;

/// <summary>
/// Listeners over any catalog (the built-in one on a fresh clone): tastes sampled over the catalog's genres,
/// energies and eras, a listening history of catalog artists that fit the taste, and held-out artists of the same
/// taste as targets. The catalog's own attributes are the listeners' truth.
/// </summary>
public static class SyntheticPopulation
{
    public static ListenerPopulation Create(ICatalog catalog, int listeners, ulong seed, SyntheticPopulationOptions? options = null, string name = "built-in")
    {
        options ??= SyntheticPopulationOptions.Default;
        var truth = MusicTruth.FromCatalog(catalog);
        var artists = catalog.Artists;
        var byGenre = artists.Where(a => a.GenreIds.Count > 0).GroupBy(a => a.GenreIds[0]).ToDictionary(g => g.Key, g => g.ToList());
        var genres = byGenre.Keys.Order(StringComparer.Ordinal).ToArray();
        var genreWeights = genres.Select(g => (double)byGenre[g].Count).ToArray();
        var attributes = artists.Select(a => truth.Artist(a.Id)!).ToArray();

        var result = new Listener[listeners];
        Parallel.For(0, listeners, i =>
        {
            var random = new SeededRandom(SeededRandom.Mix(seed, i, 0, 7));
            var favourites = new List<string> { genres[Draw(random, genreWeights)] };
            if (random.Chance(options.TwoGenresShare) && genres.Length > 1)
            {
                string second;
                do
                {
                    second = genres[Draw(random, genreWeights)];
                }
                while (second == favourites[0]);
                favourites.Add(second);
            }

            var anchor = random.Pick(byGenre[favourites[0]]);
            var eraIndex = CatalogIndex.EraIndex(anchor.EraId);
            var favouriteMask = favourites.Aggregate(0u, (m, g) => m | CatalogIndex.Bit(g));
            var favouriteFamily = favourites.Aggregate(0u, (m, g) => m | TrueAttributes.WithAncestors(g));

            var keys = new double[artists.Count];
            for (var a = 0; a < artists.Count; a++)
            {
                var t = attributes[a];
                var genre = (t.Primary & favouriteMask) != 0 ? 1.0 : (t.AncestorMask & favouriteMask) != 0 || (favouriteFamily & t.Primary) != 0 ? 0.5 : 0.0;
                var energy = t.Energy is { } e ? Math.Clamp(1 - (2 * Math.Abs(e - anchor.Energy)), 0, 1) : 0.5;
                var era = eraIndex < 0 || t.EraIndex < 0 ? 0.3 : t.EraIndex == eraIndex ? 1.0 : Math.Abs(t.EraIndex - eraIndex) == 1 ? 0.5 : 0.0;
                var weight = Math.Exp((options.GenreBeta * genre) + (options.EnergyBeta * energy) + (options.EraBeta * era) + (options.PopularityBeta * artists[a].Popularity / 100.0));

                // Efraimidis–Spirakis: the k largest u^(1/w) are a weighted sample without replacement.
                keys[a] = Math.Log(Math.Max(random.NextDouble(), 1e-300)) / weight;
            }

            var size = options.MinHistory + random.Next(options.MaxHistory - options.MinHistory + 1);
            var drawn = Enumerable.Range(0, artists.Count).OrderByDescending(a => keys[a]).Take(size + options.Targets).ToList();
            var targets = new List<string>(options.Targets);
            while (targets.Count < options.Targets && drawn.Count > 1)
            {
                var pick = random.Next(drawn.Count);
                targets.Add(artists[drawn[pick]].Id);
                drawn.RemoveAt(pick);
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{name}-{seed:x}-{i}");
            result[i] = new Listener(id, [.. drawn.Select(a => artists[a].Id)], targets);
        });

        return new ListenerPopulation(
            name,
            $"{listeners:N0} synthetic listeners over the {catalog.Artists.Count:N0}-artist catalog ({SyntheticPopulationOptions.Version}, seed {seed}): {options.MinHistory}–{options.MaxHistory} history artists, {options.Targets} held-out targets each",
            catalog,
            truth,
            result);
    }

    private static int Draw(SeededRandom random, double[] weights)
    {
        var draw = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            if (draw < weights[i])
            {
                return i;
            }

            draw -= weights[i];
        }

        return weights.Length - 1;
    }
}
