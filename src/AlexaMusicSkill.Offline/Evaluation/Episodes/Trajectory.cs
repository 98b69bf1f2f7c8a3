namespace AlexaMusicSkill.Offline.Evaluation.Episodes;

/// <summary>
/// One complete logged conversation (group <see cref="Group"/> of the evaluation data) as episode estimators see it:
/// the trajectory weight W = Π_t w_t over its decisions, Σ_{t&lt;T} w_{0:t−1} (the per-decision weights of "decision t
/// was reached"), its turns T and success S.
/// </summary>
public readonly record struct Trajectory(int Group, double Weight, double ReachedWeightSum, int Turns, bool Success);
