namespace AlexaMusicSkill.Artifacts;

/// <summary>
/// The model artifacts of <c>models/</c>, embedded in the library at build time (a policy model, an affinity model), so
/// the function ships them inside <c>bootstrap</c> and reads them without touching the file system.
/// </summary>
public static class ShippedArtifacts
{
    /// <summary>The JSON of <c>models/&lt;name&gt;.json</c>, or null when none was shipped under that name.</summary>
    public static string? Read(string name)
    {
        using var stream = typeof(ShippedArtifacts).Assembly.GetManifestResourceStream($"AlexaMusicSkill.Models.{name}.json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
