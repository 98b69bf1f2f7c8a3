using System.Text.Json.Serialization;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// The record JSON of the library, for lines whose <c>recordType</c> comes first (as the function writes them):
/// System.Text.Json need not buffer each object to look for the discriminator, which makes reading ~30% faster.
/// Lines reordered by other tools fall back to <see cref="RecordJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowOutOfOrderMetadataProperties = false,
    Converters = [typeof(NanAsNullFloatArrayConverter)])]
[JsonSerializable(typeof(LogRecord))]
internal sealed partial class OrderedRecordJsonContext : JsonSerializerContext;
