namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>
/// What one Last.fm tag says about an artist: taxonomy genres, an energy hint in [0, 1], and decade votes (an era
/// id with a weight; "oldies" splits one vote between the fifties and sixties). Any part may be empty.
/// </summary>
internal sealed record TagMeaning(
    string Tag,
    IReadOnlyList<string> GenreIds,
    double? Energy,
    IReadOnlyList<(string EraId, double Weight)> Eras);
