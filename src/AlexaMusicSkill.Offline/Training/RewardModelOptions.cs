namespace AlexaMusicSkill.Offline.Training;

/// <summary>Hyperparameters of the reward regressors, with the defaults the experiments use.</summary>
public sealed record RewardModelOptions
{
    public int Trees { get; init; } = 200;

    public int Leaves { get; init; } = 16;

    public int MinimumExamplesPerLeaf { get; init; } = 20;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>Folds for cross-fitting: each row is predicted by a model that never saw its conversation.</summary>
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 17;

    public void Validate()
    {
        if (Trees < 1 || Leaves < 2 || MinimumExamplesPerLeaf < 1 || LearningRate <= 0 || LearningRate > 1 || Folds < 2)
        {
            throw new ArgumentException($"Invalid reward model options: trees {Trees} (≥1), leaves {Leaves} (≥2), min per leaf {MinimumExamplesPerLeaf} (≥1), learning rate {LearningRate} (0..1], folds {Folds} (≥2).");
        }
    }
}
