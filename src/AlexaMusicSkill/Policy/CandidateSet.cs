using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Policy;

/// <summary>The eligible actions at a decision (at most 30, ranked within each type) and the context they were built in.</summary>
public sealed record CandidateSet(PolicyContext Context, IReadOnlyList<CandidateAction> Candidates, Relaxation Relaxed);
