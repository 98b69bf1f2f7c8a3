namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>
/// The synthetic world's state at a decision: turn, attributes known (0–3), items rejected, and two listener traits
/// (u1 likes being asked, u2 likes discovering artists). A candidate's features are these five numbers and the
/// action's one-hot code: [t, known, rejections, u1, u2, a0..a6].
/// </summary>
public readonly record struct SyntheticContext(int Turn, int Known, int Rejections, double U1, double U2)
{
    public const int FeatureCount = 5 + SyntheticWorld.ActionCount;

    public float[] Features(int action)
    {
        var features = new float[FeatureCount];
        features[0] = Turn;
        features[1] = Known;
        features[2] = Rejections;
        features[3] = (float)U1;
        features[4] = (float)U2;
        features[5 + action] = 1;
        return features;
    }

    /// <summary>The context and the action a candidate's features describe.</summary>
    public static (SyntheticContext Context, int Action) Decode(ReadOnlySpan<float> features)
    {
        var action = 0;
        for (var a = 1; a < SyntheticWorld.ActionCount; a++)
        {
            action = features[5 + a] > 0 ? a : action;
        }

        return (new SyntheticContext((int)features[0], (int)features[1], (int)features[2], features[3], features[4]), action);
    }
}
