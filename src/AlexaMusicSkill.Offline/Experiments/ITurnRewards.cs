namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// The per-turn reward ("prompt usefulness", contracts.md) of each decision of a logged conversation. The seam to
/// the rewards module of the <c>ope</c> branch: the experiment uses <see cref="Interim.InterimPromptUsefulness"/>
/// until that module is merged, then an adapter over it.
/// </summary>
public interface ITurnRewards
{
    string Name { get; }

    /// <summary>One reward per decision, in turn order.</summary>
    double[] Of(LoggedConversation conversation);
}
