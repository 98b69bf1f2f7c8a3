using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// The eligible actions at a decision (at most 30, ranked within each type), the context they were built in, and how
/// well the candidates match what the listener asked for (<see cref="MatchConfidence"/>, in [0, 1]).
/// </summary>
public sealed record CandidateSet(PolicyContext Context, IReadOnlyList<CandidateAction> Candidates, Relaxation Relaxed, double MatchConfidence = 0);
