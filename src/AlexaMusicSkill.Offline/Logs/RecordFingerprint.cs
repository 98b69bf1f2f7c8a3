using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// What the reader remembers of every record and conversation it has passed on, instead of their strings: the first 128
/// bits of SHA-256 over the key's fields (each length-prefixed UTF-16, so no two keys share an encoding). Assumption:
/// SHA-256 behaves as a random function, so two of n different keys share a fingerprint with probability at most
/// n²/2^129 (below 10^-20 for a billion records), which the reader treats as never.
/// </summary>
internal static class RecordFingerprint
{
    /// <summary>A retry's key: one request can end one conversation and start another, so type, conversation and turn count too.</summary>
    public static UInt128 Of(LogRecord record)
    {
        var kind = record switch
        {
            DecisionRecord => 'd',
            OutcomeRecord => 'o',
            _ => 'l',
        };
        return Hash(record.RequestId, [kind], record.ConversationId, record is DecisionRecord d ? d.Turn : -1);
    }

    public static UInt128 OfConversation(string conversationId) => Hash(string.Empty, [], conversationId, int.MinValue);

    private static UInt128 Hash(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third, int number)
    {
        var length = (3 * sizeof(int)) + (2 * (first.Length + second.Length + third.Length)) + sizeof(int);
        byte[]? rented = null;
        var bytes = length <= 512 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        var at = Append(bytes, 0, first);
        at = Append(bytes, at, second);
        at = Append(bytes, at, third);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[at..], number);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private static int Append(Span<byte> bytes, int at, ReadOnlySpan<char> text)
    {
        BinaryPrimitives.WriteInt32LittleEndian(bytes[at..], text.Length);
        MemoryMarshal.AsBytes(text).CopyTo(bytes[(at + sizeof(int))..]);
        return at + sizeof(int) + (2 * text.Length);
    }
}
