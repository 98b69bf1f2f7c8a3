namespace AlexaMusicSkill.Offline.Training;

/// <summary>
/// ML.NET FastTree drops training rows that contain NaN, yet "missing" (NaN) is meaningful in our features (item
/// features of a question, affinity before personalization). The trainer therefore sees missing as a value below
/// every real feature value; the exporter records, per split, which way that value goes, and the served scorer
/// sends NaN the same way.
/// </summary>
public static class MissingValues
{
    public const float Encoded = -1_000_000f;

    public static float[] Encode(float[] features)
    {
        var encoded = new float[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            encoded[i] = float.IsNaN(features[i]) ? Encoded : features[i];
        }

        return encoded;
    }
}
