namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// What a catalog source said, row by row, with the file each part came from (for findings). The validator checks
/// a draft; only a draft without errors is turned into a <see cref="MusicCatalog"/>.
/// </summary>
public sealed record CatalogDraft(
    string ArtistsFile,
    IReadOnlyList<ArtistRow> Artists,
    string TracksFile,
    IReadOnlyList<TrackRow> Tracks);
