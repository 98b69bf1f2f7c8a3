using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// Train/test split by conversation, never by turn (turns of one conversation are correlated): a conversation goes
/// to the test side when a seeded hash of its id falls below the test share. Deterministic across runs and machines.
/// </summary>
public sealed class ConversationSplit
{
    public ConversationSplit(double testShare, int seed)
    {
        if (!(testShare is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testShare), testShare, "testShare must be in (0, 1).");
        }

        TestShare = testShare;
        Seed = seed;
    }

    public double TestShare { get; }

    public int Seed { get; }

    public bool IsTest(string conversationId) => Position(conversationId) < TestShare;

    /// <summary>A uniform position in [0, 1) from the seed and the id.</summary>
    public double Position(string conversationId)
    {
        var bytes = Encoding.UTF8.GetBytes($"{Seed}:{conversationId}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return (BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    public (RewardedLog Train, RewardedLog Test) Split(RewardedLog log) =>
        (log.Where(id => !IsTest(id)), log.Where(IsTest));
}
