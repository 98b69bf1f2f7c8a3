using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// The one feature extractor (<see cref="FeatureSchema"/> order). Pure: reads the context, the candidate and the
/// catalog, so a decision record is enough to rebuild a live turn's features exactly. Missing values are NaN.
/// </summary>
public sealed class FeatureExtractor(ICatalog catalog)
{
    private readonly CatalogIndex _index = CatalogIndex.For(catalog);

    /// <summary>Fills one row per candidate (row-major), compiling the context's constraints once.</summary>
    public void ExtractAll(PolicyContext context, IReadOnlyList<CandidateAction> candidates, Span<float> matrix)
    {
        var query = QueryFor(context);
        for (var c = 0; c < candidates.Count; c++)
        {
            Extract(context, query, candidates[c], matrix.Slice(c * FeatureSchema.Count, FeatureSchema.Count));
        }
    }

    public float[] ExtractAll(PolicyContext context, IReadOnlyList<CandidateAction> candidates)
    {
        var matrix = new float[candidates.Count * FeatureSchema.Count];
        ExtractAll(context, candidates, matrix);
        return matrix;
    }

    public void Extract(PolicyContext context, CandidateAction candidate, Span<float> row) =>
        Extract(context, QueryFor(context), candidate, row);

    private TasteQuery QueryFor(PolicyContext context) => new(_index, new TasteConstraints
    {
        Genre = context.Genre, Mood = context.Mood, Era = context.Era, ArtistId = context.Artist, Activity = context.Activity,
        SeedTrackId = context.SeedTrack,
    });

    private void Extract(PolicyContext context, TasteQuery query, CandidateAction candidate, Span<float> row)
    {
        if (row.Length != FeatureSchema.Count)
        {
            throw new ArgumentException($"A feature row has {FeatureSchema.Count} slots, not {row.Length}.", nameof(row));
        }

        var i = 0;
        row[i++] = context.Turn;
        row[i++] = Known(context.Mood);
        row[i++] = Known(context.Genre);
        row[i++] = Known(context.Era);
        row[i++] = Known(context.Artist);
        row[i++] = Known(context.Activity);
        row[i++] = context.KnownCount;
        row[i++] = context.AskedOpen;
        row[i++] = context.AskedMood;
        row[i++] = context.AskedGenre;
        row[i++] = context.AskedEra;
        row[i++] = context.SamplesOffered;
        row[i++] = context.ArtistsOffered;
        row[i++] = context.StationsOffered;
        row[i++] = context.Rejections;
        row[i++] = (float)Math.Log(1 + context.PoolSize);
        row[i++] = (float)context.PoolGenreEntropy;
        row[i++] = (float)context.PoolLaidBackShare;
        row[i++] = (float)context.PoolUpbeatShare;
        row[i++] = context.Relaxed;
        row[i++] = (float)context.Understanding;
        row[i++] = context.FallbackStreak;

        var act = Enum.TryParse<UserAct>(context.LastAct, out var parsed) ? parsed : UserAct.Fallback;
        row[i++] = Flag(act is UserAct.Launch or UserAct.FindMusic or UserAct.StartOver or UserAct.PlayRequest);
        row[i++] = Flag(act == UserAct.Answer);
        row[i++] = Flag(act == UserAct.Yes);
        row[i++] = Flag(act == UserAct.No);
        row[i++] = Flag(act == UserAct.Feedback);
        row[i++] = Flag(act is UserAct.SomethingElse or UserAct.Next);
        row[i++] = Flag(act == UserAct.MoreLikeThis);
        row[i++] = Flag(act is not (UserAct.Launch or UserAct.FindMusic or UserAct.StartOver or UserAct.PlayRequest or UserAct.Answer
            or UserAct.Yes or UserAct.No or UserAct.Feedback or UserAct.SomethingElse or UserAct.Next or UserAct.MoreLikeThis));
        row[i++] = Known(context.SeedTrack);
        row[i++] = context.Sentiment is { } s ? (float)s : float.NaN;
        row[i++] = context.Closeness is { } c ? (float)c : float.NaN;

        var type = candidate.Type;
        foreach (var t in ActionTypes.All)
        {
            row[i++] = Flag(t == type);
        }

        row[i++] = type switch
        {
            ActionType.AskOpen => context.AskedOpen,
            ActionType.AskMood => context.AskedMood,
            ActionType.AskGenre => context.AskedGenre,
            ActionType.AskEra => context.AskedEra,
            ActionType.PlaySample => context.SamplesOffered,
            ActionType.SuggestArtist => context.ArtistsOffered,
            _ => context.StationsOffered,
        };
        row[i++] = (float)candidate.PoolShare;

        ItemFeatures(query, candidate, row[i..]);
    }

    private void ItemFeatures(TasteQuery query, CandidateAction candidate, Span<float> row)
    {
        // item_match, item_popularity, item_energy_gap, item_genre_match, item_era_match, item_mood_match,
        // item_seed_similarity, station_specificity, affinity
        row.Fill(float.NaN);
        row[8] = candidate.Affinity is { } affinity ? (float)affinity : float.NaN;

        var track = RepresentativeTrack(candidate);
        var station = candidate.Type == ActionType.OfferStation ? StationSeed.TryParse(candidate.Id.FirstArg) : null;
        if (track is null)
        {
            if (station is not null)
            {
                row[7] = Specificity(station);
            }

            return;
        }

        var t = _index.PositionOf(track.Id);
        row[0] = (float)TrackScorer.MatchShare(_index, t, query);
        row[1] = (float)_index.Popularity[t];
        row[2] = double.IsNaN(query.TargetEnergy) ? float.NaN : (float)Math.Abs(_index.Energy[t] - query.TargetEnergy);
        row[3] = query.GenreBit != 0 ? Flag((_index.GenreMask[t] & query.GenreBit) != 0) : float.NaN;
        row[4] = query.EraIndex >= 0 ? Flag(_index.Era[t] == query.EraIndex) : float.NaN;
        row[5] = query.Mood >= 0 ? Flag(_index.Mood[t] == query.Mood) : float.NaN;
        row[6] = query.Seed >= 0 ? (float)TrackSimilarity.Between(_index, t, query.Seed) : float.NaN;
        row[7] = station is null ? float.NaN : Specificity(station);
    }

    /// <summary>The track an item action stands for: the sample, the artist's best track, the station's seed.</summary>
    private Track? RepresentativeTrack(CandidateAction candidate)
    {
        var arg = candidate.Id.FirstArg;
        return candidate.Type switch
        {
            ActionType.PlaySample when arg is not null => catalog.FindTrack(arg),
            ActionType.SuggestArtist when arg is not null => BestTrackOf(arg),
            ActionType.OfferStation when StationSeed.TryParse(arg) is { } seed => seed.TrackId is { } t
                ? catalog.FindTrack(t)
                : seed.ArtistId is { } a ? BestTrackOf(a) : null,
            _ => null,
        };
    }

    private Track? BestTrackOf(string artistId)
    {
        Track? best = null;
        foreach (var track in catalog.TracksBy(artistId))
        {
            if (best is null || track.Popularity > best.Popularity)
            {
                best = track;
            }
        }

        return best;
    }

    private static float Specificity(StationSeed seed) =>
        (seed.TrackId is null ? 0 : 2) + (seed.ArtistId is null ? 0 : 2) + (seed.Genre is null ? 0 : 1)
        + (seed.Mood is null ? 0 : 1) + (seed.Era is null ? 0 : 1) + (seed.Activity is null ? 0 : 1);

    private static float Known(string? value) => value is null ? 0f : 1f;

    private static float Flag(bool value) => value ? 1f : 0f;
}
