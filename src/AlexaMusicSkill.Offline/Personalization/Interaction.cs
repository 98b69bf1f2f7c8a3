namespace AlexaMusicSkill.Offline.Personalization;

/// <summary>One listener's implicit feedback on one artist: how strongly (play count, acceptances, listening minutes).</summary>
public readonly record struct Interaction(string User, string ArtistId, double Strength);
