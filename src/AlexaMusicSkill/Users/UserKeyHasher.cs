using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Users;

/// <summary>
/// Turns an Alexa user id into the key we store and log: HMAC-SHA256 with a secret, hex, first 32 characters.
/// The raw id never reaches storage, logs or records; without the secret the key cannot be linked back.
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
}
