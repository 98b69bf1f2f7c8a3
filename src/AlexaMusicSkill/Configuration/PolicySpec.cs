namespace AlexaMusicSkill.Configuration;

/// <summary>How a policy is named in configuration: "rules", "model" (models/policy.json) or "model:&lt;name&gt;".</summary>
public static class PolicySpec
{
    public const string Rules = "rules";

    public static bool IsValid(string spec) => spec == Rules || ModelName(spec) is not null;

    /// <summary>The model file name a spec refers to, or null for "rules" or an invalid spec.</summary>
    public static string? ModelName(string spec)
    {
        if (spec == "model")
        {
            return Policy.Model.PolicyModelLoader.DefaultModelName;
        }

        if (!spec.StartsWith("model:", StringComparison.Ordinal))
        {
            return null;
        }

        var name = spec["model:".Length..];
        return name.Length is > 0 and <= 80 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? name : null;
    }
}
