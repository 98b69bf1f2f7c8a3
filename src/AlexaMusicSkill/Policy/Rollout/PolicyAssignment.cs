namespace AlexaMusicSkill.Policy.Rollout;

/// <summary>The arm a listener is in and the policy that serves it.</summary>
public sealed record AssignedPolicy(string Arm, IDialoguePolicy Policy);

/// <summary>Assigns listeners to policy arms (stable per user key).</summary>
public interface IPolicyAssignment
{
    AssignedPolicy Assign(string userKey);
}

/// <summary>Everyone gets one policy.</summary>
public sealed class SinglePolicyAssignment(IDialoguePolicy policy, string arm = "production") : IPolicyAssignment
{
    private readonly AssignedPolicy _assigned = new(arm, policy);

    public AssignedPolicy Assign(string userKey) => _assigned;
}
