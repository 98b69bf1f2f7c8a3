using AlexaMusicSkill.Music.Catalog.Sources;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// Turns a draft the validator passed into domain objects: defaults applied, a track's missing attributes inherited
/// from its artist (era derived from the year first), media locations resolved to absolute https URLs.
/// </summary>
internal static class CatalogAssembler
{
    public static MusicCatalog Assemble(CatalogDraft draft, string mediaBaseUrl)
    {
        var artists = new List<Artist>(draft.Artists.Count);
        var byId = new Dictionary<string, Artist>(draft.Artists.Count, StringComparer.Ordinal);
        foreach (var row in draft.Artists)
        {
            var artist = new Artist(
                row.Id!,
                row.Name!,
                row.Genres!,
                row.Mood ?? MusicTaxonomy.MoodForEnergy(row.Energy!.Value),
                row.Energy!.Value,
                row.Era,
                row.Popularity ?? CatalogRules.DefaultPopularity,
                row.Synonyms ?? []);
            artists.Add(artist);
            byId.Add(artist.Id, artist);
        }

        var tracks = new List<Track>(draft.Tracks.Count);
        foreach (var row in draft.Tracks)
        {
            var artist = byId[row.ArtistId!];
            var energy = row.Energy ?? artist.Energy;
            tracks.Add(new Track(
                row.Id!,
                artist.Id,
                row.Title!,
                row.Year,
                row.Genres ?? artist.GenreIds,
                row.Mood ?? (row.Energy is null ? artist.MoodId : MusicTaxonomy.MoodForEnergy(energy)),
                energy,
                row.Era ?? MusicTaxonomy.EraForYear(row.Year) ?? artist.EraId,
                row.Popularity ?? artist.Popularity,
                TimeSpan.FromSeconds(row.DurationSeconds!.Value),
                TimeSpan.FromSeconds(row.SampleSeconds ?? SampleRules.DefaultSeconds),
                MediaLocation.Resolve(row.Sample ?? SampleRules.DefaultSamplePath(row.Id!), mediaBaseUrl),
                MediaLocation.Resolve(row.Stream ?? SampleRules.DefaultStreamPath(row.Id!), mediaBaseUrl)));
        }

        return new MusicCatalog(artists, tracks);
    }
}
