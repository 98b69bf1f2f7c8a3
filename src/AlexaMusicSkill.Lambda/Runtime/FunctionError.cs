using System.Buffers;
using System.Text.Json;

namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>
/// The body of <c>/invocation/{id}/error</c> and <c>/init/error</c>:
/// <c>{"errorMessage","errorType","stackTrace":[…]}</c>, with the inner exception as <c>cause</c>.
/// </summary>
internal sealed record FunctionError(string ErrorType, string ErrorMessage, IReadOnlyList<string> StackTrace)
{
    /// <summary>The cap RuntimeSupport keeps too; a larger body is replaced by a short notice.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const int MaxCauseDepth = 4;

    public FunctionError? Cause { get; init; }

    public static FunctionError FromException(Exception error) => FromException(error, 0);

    public byte[] ToUtf8Json()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json);
        }

        if (buffer.WrittenCount <= MaxBodyBytes)
        {
            return buffer.WrittenSpan.ToArray();
        }

        var notice = new FunctionError(ErrorType, "The error exceeded the maximum payload size of 256 KB.", []);
        return notice.ToUtf8Json();
    }

    private static FunctionError FromException(Exception error, int depth)
    {
        var frames = (error.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new FunctionError(error.GetType().Name, error.Message, frames)
        {
            Cause = error.InnerException is { } inner && depth < MaxCauseDepth ? FromException(inner, depth + 1) : null,
        };
    }

    private void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("errorMessage", ErrorMessage);
        json.WriteString("errorType", ErrorType);
        json.WriteStartArray("stackTrace");
        foreach (var frame in StackTrace)
        {
            json.WriteStringValue(frame);
        }

        json.WriteEndArray();
        if (Cause is not null)
        {
            json.WritePropertyName("cause");
            Cause.Write(json);
        }

        json.WriteEndObject();
    }
}
