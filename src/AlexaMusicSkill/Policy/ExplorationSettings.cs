namespace AlexaMusicSkill.Policy;

public enum ExplorationScheme
{
    EpsilonGreedy,
    Softmax,
}

/// <summary>
/// How conversations explore (<c>contracts.md</c>): a conversation explores with probability <see cref="Share"/>
/// (drawn once); its turns sample ε-greedy, or softmax over scores mixed with a floor of ε/K per eligible action.
/// </summary>
public sealed record ExplorationSettings(double Share, double Epsilon, ExplorationScheme Scheme = ExplorationScheme.EpsilonGreedy, double Temperature = 0.1)
{
    public static ExplorationSettings None { get; } = new(0, 0);

    public string SchemeName(bool exploring) => !exploring ? "greedy" : Scheme == ExplorationScheme.Softmax ? "softmax" : "epsilon-greedy";
}
