using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Records;

/// <summary>Source-generated JSON for records (one compact line each). NaN features are written as null.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(NanAsNullFloatArrayConverter)])]
[JsonSerializable(typeof(LogRecord))]
public sealed partial class RecordJsonContext : JsonSerializerContext;
