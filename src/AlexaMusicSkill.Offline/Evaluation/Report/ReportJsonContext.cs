using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>Source-generated JSON for the evaluation report (indented, camelCase; NaN and ∞ as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(EvaluationReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
