using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Tests.Music.Stations;

public sealed class StationBuilderTests
{
    private static readonly MusicCatalog Catalog = BuiltInCatalog.Load("https://media.example.com");

    [Fact]
    public void Build_OrdersOnlyTheHead_SameStationsAsSortingEverything()
    {
        var builder = new StationBuilder(Catalog);
        var random = new Random(11);
        var seeds = new List<StationSeed>();
        foreach (var genre in MusicTaxonomy.Genres)
        {
            seeds.Add(new StationSeed(Genre: genre.Id));
            seeds.Add(new StationSeed(Genre: genre.Id, Mood: MusicTaxonomy.Moods[random.Next(3)].Id, Era: MusicTaxonomy.Eras[random.Next(MusicTaxonomy.Eras.Count)].Id));
        }

        for (var i = 0; i < 60; i++)
        {
            seeds.Add(new StationSeed(TrackId: Catalog.Tracks[random.Next(Catalog.Tracks.Count)].Id));
            seeds.Add(new StationSeed(ArtistId: Catalog.Artists[random.Next(Catalog.Artists.Count)].Id, Mood: MusicTaxonomy.Upbeat));
        }

        seeds.Add(new StationSeed());
        foreach (var seed in seeds)
        {
            Assert.Equal(Reference(seed), builder.Build(seed).TrackIds);
        }
    }

    /// <summary>The station as it was built before the partial ordering: sort every scored track, then space artists out.</summary>
    private static List<string> Reference(StationSeed seed)
    {
        var index = CatalogIndex.For(Catalog);
        var seedTrack = seed.TrackId is null ? null : Catalog.FindTrack(seed.TrackId);
        var query = new TasteQuery(index, new TasteConstraints
        {
            Genre = seed.Genre, Mood = seed.Mood, Era = seed.Era, ArtistId = seed.ArtistId ?? seedTrack?.ArtistId, Activity = seed.Activity, SeedTrackId = seedTrack?.Id,
        });
        List<(Track Track, double Score)> scored = [];
        foreach (var relaxation in StationBuilder.RelaxationOrder)
        {
            scored = [];
            for (var i = 0; i < index.Count; i++)
            {
                var score = TrackScorer.Score(index, i, query, relaxation);
                if (!double.IsNaN(score))
                {
                    scored.Add((index.Tracks[i], score));
                }
            }

            if (scored.Count >= 8)
            {
                break;
            }
        }

        scored.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Track.Id, y.Track.Id));
        var ordered = new List<string>();
        var previous = seedTrack?.ArtistId;
        if (seedTrack is not null)
        {
            ordered.Add(seedTrack.Id);
            scored.RemoveAll(s => s.Track.Id == seedTrack.Id);
        }

        var used = new bool[scored.Count];
        while (ordered.Count < StationBuilder.MaxLength)
        {
            var pick = -1;
            for (var i = 0; i < scored.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                pick = pick < 0 ? i : pick;
                if (scored[i].Track.ArtistId != previous)
                {
                    pick = i;
                    break;
                }
            }

            if (pick < 0)
            {
                break;
            }

            used[pick] = true;
            ordered.Add(scored[pick].Track.Id);
            previous = scored[pick].Track.ArtistId;
        }

        return ordered;
    }
}
