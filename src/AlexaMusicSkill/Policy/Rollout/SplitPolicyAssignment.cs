using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Policy.Rollout;

/// <summary>
/// A staged rollout: a fixed share of listeners gets the candidate policy, the rest production. The arm follows
/// from a hash of the (already keyed) user key, so a listener stays in one arm across conversations and instances.
/// </summary>
public sealed class SplitPolicyAssignment : IPolicyAssignment
{
    public const string ProductionArm = "production";
    public const string CandidateArm = "candidate";

    private readonly AssignedPolicy _production;
    private readonly AssignedPolicy _candidate;
    private readonly double _candidateShare;

    public SplitPolicyAssignment(Policy.IDialoguePolicy production, Policy.IDialoguePolicy candidate, double candidateShare)
    {
        if (candidateShare is < 0 or > 1 || double.IsNaN(candidateShare))
        {
            throw new ArgumentOutOfRangeException(nameof(candidateShare), candidateShare, "The candidate share must be between 0 and 1.");
        }

        _production = new AssignedPolicy(ProductionArm, production);
        _candidate = new AssignedPolicy(CandidateArm, candidate);
        _candidateShare = candidateShare;
    }

    public AssignedPolicy Assign(string userKey) => Bucket(userKey) < _candidateShare ? _candidate : _production;

    /// <summary>A uniform number in [0, 1) fixed per user key.</summary>
    public static double Bucket(string userKey)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("arm:" + userKey), hash);
        return (BitConverter.ToUInt64(hash) >> 11) / (double)(1UL << 53);
    }
}
