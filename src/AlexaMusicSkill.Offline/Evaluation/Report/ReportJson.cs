using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>The evaluation report as JSON, for CI artifacts and comparisons between runs.</summary>
public static class ReportJson
{
    // Estimator names carry λ and τ: keep them readable instead of \u-escaped.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(EvaluationReport report) => JsonSerializer.Serialize(report, Context.EvaluationReport);

    public static EvaluationReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.EvaluationReport) ?? throw new JsonException("The report is empty.");

    public static void Write(EvaluationReport report, string path) => File.WriteAllText(path, Serialize(report));
}
