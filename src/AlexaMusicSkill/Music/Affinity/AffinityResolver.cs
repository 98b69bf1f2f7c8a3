using AlexaMusicSkill.Artifacts;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Logging;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Music.Affinity;

/// <summary>
/// Turns AFFINITY into the served affinity model: none, or an artifact shipped in models/ ("model" is
/// models/affinity.json). One that is missing or unreadable leaves the skill unpersonalized, with one log line.
/// </summary>
public static class AffinityResolver
{
    public const string DefaultModelName = "affinity";

    public static IAffinityModel Resolve(string spec, IEventLog log, Func<string, string?>? readModel = null)
    {
        if (spec == "none")
        {
            return NoAffinity.Instance;
        }

        var name = spec == "model" ? DefaultModelName : PolicySpec.ModelName(spec);
        var json = name is null ? null : (readModel ?? ShippedArtifacts.Read)(name);
        if (json is null)
        {
            log.Warn("affinity model not found; serving without personalization", Field("affinity", spec));
            return NoAffinity.Instance;
        }

        try
        {
            var model = new EmbeddingAffinityModel(AffinityJsonContext.Parse(json));
            log.Info("serving the affinity model", Field("modelVersion", model.Version), Field("dimensions", model.Dimensions));
            return model;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or ArgumentException)
        {
            log.Warn("affinity model unreadable; serving without personalization", Field("affinity", spec), Field("reason", e.Message));
            return NoAffinity.Instance;
        }
    }
}
