namespace AlexaMusicSkill.Policy.Model;

/// <summary>q̂(context, action): the expected prompt usefulness of an action, from its feature row.</summary>
public interface IRewardModel
{
    double Predict(ReadOnlySpan<float> features);
}
