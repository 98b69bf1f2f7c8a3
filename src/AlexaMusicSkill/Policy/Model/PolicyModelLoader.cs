using System.Diagnostics;
using System.Text.Json;

namespace AlexaMusicSkill.Policy.Model;

/// <summary>
/// Loads a policy model artifact and refuses one that cannot be served as is: unknown format, a feature schema that
/// differs from the extractor's, broken trees. Callers fall back to the rule-based policy and log why.
/// </summary>
public static class PolicyModelLoader
{
    /// <summary>The default model's name (models/policy.json).</summary>
    public const string DefaultModelName = "policy";

    public static ModelArtifact Parse(string json) =>
        JsonSerializer.Deserialize(json, ModelJsonContext.Default.ModelArtifact) ?? throw new InvalidDataException("The model file is JSON null.");

    public static string Serialize(ModelArtifact artifact) => JsonSerializer.Serialize(artifact, ModelJsonContext.Default.ModelArtifact);

    /// <summary>The learned policy, or the reason it cannot be served.</summary>
    public static PolicyLoadResult Load(string? json)
    {
        var clock = Stopwatch.StartNew();
        if (json is null)
        {
            return PolicyLoadResult.Failed("no model artifact is present", clock.Elapsed);
        }

        try
        {
            var artifact = Parse(json);
            if (artifact.FormatVersion != ModelArtifact.CurrentFormatVersion)
            {
                return PolicyLoadResult.Failed($"model format {artifact.FormatVersion} is not {ModelArtifact.CurrentFormatVersion}", clock.Elapsed);
            }

            if (!artifact.FeatureNames.SequenceEqual(FeatureSchema.Names))
            {
                var first = artifact.FeatureNames.Zip(FeatureSchema.Names).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
                return PolicyLoadResult.Failed(
                    $"the model's feature schema ({artifact.FeatureSchemaVersion}, {artifact.FeatureNames.Count} features) differs from the extractor's ({FeatureSchema.Version}, {FeatureSchema.Count}); first difference at {first.i}",
                    clock.Elapsed);
            }

            IRewardModel model = artifact.Kind switch
            {
                ModelArtifact.Kinds.TreeEnsemble => new TreeEnsembleScorer(artifact),
                ModelArtifact.Kinds.Linear => new LinearScorer(artifact),
                _ => throw new InvalidDataException($"unknown model kind '{artifact.Kind}'"),
            };
            return new PolicyLoadResult(new LearnedPolicy(artifact, model), null, clock.Elapsed);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            return PolicyLoadResult.Failed("the model artifact is invalid: " + e.Message, clock.Elapsed);
        }
    }
}

/// <summary>A servable policy, or why not (the caller serves the rule-based policy instead), and how long loading took.</summary>
public sealed record PolicyLoadResult(LearnedPolicy? Policy, string? Problem, TimeSpan Elapsed)
{
    public static PolicyLoadResult Failed(string problem, TimeSpan elapsed) => new(null, problem, elapsed);
}
