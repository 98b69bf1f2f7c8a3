using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>The mapped tag votes collected for one artist, and the attributes they support under the rules.</summary>
internal sealed class ArtistTagEvidence
{
    private readonly Dictionary<string, double> _genreVotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _eraVotes = new(StringComparer.Ordinal);
    private double _energyVotes;
    private double _energySum;
    private double _energySquares;

    public void Add(TagMeaning meaning)
    {
        foreach (var genre in meaning.GenreIds)
        {
            _genreVotes[genre] = _genreVotes.GetValueOrDefault(genre) + 1;
        }

        if (meaning.Energy is { } energy)
        {
            _energyVotes++;
            _energySum += energy;
            _energySquares += energy * energy;
        }

        foreach (var (era, weight) in meaning.Eras)
        {
            _eraVotes[era] = _eraVotes.GetValueOrDefault(era) + weight;
        }
    }

    /// <summary>Most voted first; ties in taxonomy order so the result does not depend on row order.</summary>
    public IReadOnlyList<string> Genres(LastFmRules rules)
    {
        if (_genreVotes.Count == 0)
        {
            return [];
        }

        var top = _genreVotes.Values.Max();
        return [.. _genreVotes
            .Where(v => v.Value >= rules.MinGenreShare * top)
            .OrderByDescending(v => v.Value)
            .ThenBy(v => TaxonomyOrder(v.Key))
            .Take(rules.MaxGenres)
            .Select(v => v.Key)];
    }

    public double? Energy(LastFmRules rules)
    {
        if (_energyVotes < rules.MinEnergyVotes)
        {
            return null;
        }

        var mean = _energySum / _energyVotes;
        var spread = Math.Sqrt(Math.Max(0, (_energySquares / _energyVotes) - (mean * mean)));
        return spread <= rules.MaxEnergySpread ? Math.Round(mean, 3) : null;
    }

    public string? Era(LastFmRules rules)
    {
        if (_eraVotes.Count == 0)
        {
            return null;
        }

        var total = _eraVotes.Values.Sum();
        var (era, votes) = _eraVotes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First();
        return votes >= rules.MinEraVotes && votes >= rules.MinEraShare * total ? era : null;
    }

    private static int TaxonomyOrder(string genreId)
    {
        for (var i = 0; i < MusicTaxonomy.Genres.Count; i++)
        {
            if (MusicTaxonomy.Genres[i].Id == genreId)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
