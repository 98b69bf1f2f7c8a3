using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Users;

/// <summary>
/// Turns an Alexa user id (or a recognized speaker's person id) into the key we store and log: HMAC-SHA256 with a
/// secret, hex, first 32 characters. The raw id never reaches storage, logs or records; without the secret the key
/// cannot be linked back.
/// </summary>
public sealed class UserKeyHasher
{
    private readonly byte[] _secret;

    public UserKeyHasher(byte[] secret)
    {
        if (secret.Length < 16)
        {
            throw new ArgumentException("The user-key secret must be at least 16 bytes.", nameof(secret));
        }

        _secret = secret.ToArray();
    }

    public static UserKeyHasher FromText(string secret) => new(Encoding.UTF8.GetBytes(secret));

    public string KeyFor(string alexaUserId)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(alexaUserId), hash);
        return Convert.ToHexStringLower(hash)[..32];
    }

    /// <summary>
    /// The personKey of a household member (<c>context.System.person.personId</c>): the same keyed hash, so it is as
    /// unlinkable as the userKey. Person and account ids are distinct Alexa ids (amzn1.ask.person… / amzn1.ask.account…),
    /// so their keys do not collide.
    /// </summary>
    public string PersonKeyFor(string alexaPersonId) => KeyFor(alexaPersonId);
}
