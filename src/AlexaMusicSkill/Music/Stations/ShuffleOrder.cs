using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// The shuffled play order of a station: a permutation of its positions seeded by the station id, so the next track
/// in shuffle mode follows from the token alone (no stored order, same on every Lambda instance).
/// </summary>
public static class ShuffleOrder
{
    public static int[] For(string stationId, int count)
    {
        var seed = 17;
        foreach (var c in stationId)
        {
            seed = unchecked((seed * 31) + c);
        }

        var order = Enumerable.Range(0, count).ToArray();
        new SeededRandom(unchecked((ulong)seed)).Shuffle(order.AsSpan());
        return order;
    }
}
