namespace AlexaMusicSkill.Offline.Evaluation.Episodes;

/// <summary>
/// Base of the conversation-level estimators (success, turns): one sample per complete conversation, built from its
/// trajectory; a variant gives only its numerator and normaliser. Incomplete conversations are skipped (a missing
/// decision would make the trajectory weight wrong).
/// </summary>
public abstract class EpisodeEstimator : IOffPolicyEstimator
{
    public abstract string Name { get; }

    public Contributions Contribute(EvaluationData data)
    {
        var trajectories = Trajectories(data);
        var numerator = new double[trajectories.Count];
        var denominator = new double[trajectories.Count];
        var group = new int[trajectories.Count];
        var listener = new int[trajectories.Count];
        for (var g = 0; g < trajectories.Count; g++)
        {
            (numerator[g], denominator[g]) = Sample(trajectories[g]);
            group[g] = g;
            listener[g] = data.Listener[trajectories[g].Group];
        }

        return new Contributions(group, trajectories.Count, numerator, denominator, listener);
    }

    /// <summary>The complete conversations' trajectories, in group order.</summary>
    public static IReadOnlyList<Trajectory> Trajectories(EvaluationData data)
    {
        var result = new List<Trajectory>(data.GroupCount);
        var weights = data.Weight;
        var groups = data.Group;
        var turns = data.Turn;
        var i = 0;
        for (var g = 0; g < data.GroupCount; g++)
        {
            double weight = 1, reached = 0;
            var rows = 0;
            var ordered = true;
            for (; i < groups.Length && groups[i] == g; i++, rows++)
            {
                reached += weight;
                weight *= weights[i];
                ordered &= turns[i] == rows;
            }

            if (data.Episodes[g] is { Complete: true } episode && ordered && rows == episode.Turns)
            {
                result.Add(new Trajectory(g, weight, reached, rows, episode.Success));
            }
        }

        return result;
    }

    protected abstract (double Numerator, double Normaliser) Sample(Trajectory trajectory);
}
