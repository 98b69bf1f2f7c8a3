using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>Source-generated (AOT-safe) JSON for catalog rows; property names are camelCase and case-sensitive.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ArtistRow))]
[JsonSerializable(typeof(TrackRow))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
