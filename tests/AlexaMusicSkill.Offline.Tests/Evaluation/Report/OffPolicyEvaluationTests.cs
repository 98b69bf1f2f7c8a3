using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Evaluation.Report;
using AlexaMusicSkill.Offline.Tests.TestDoubles;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Report;

public sealed class OffPolicyEvaluationTests
{
    private static readonly EvaluationReport HandReport =
        OffPolicyEvaluation.EvaluateWithGate(HandLog.Log, HandLog.Target, new LoggingPolicyTarget(), HandLog.Model, new GateSettings());

    [Fact]
    public void EvaluateWithGate_HandLog_RunsEveryDefaultEstimatorForBothPolicies()
    {
        Assert.Equal(["hand", "logging"], HandReport.Policies.Select(p => p.Policy));
        Assert.All(HandReport.Policies, p =>
        {
            Assert.Equal(EstimatorDefaults.Turn.Select(e => e.Name), p.Turn.Select(e => e.Estimator));
            Assert.Equal(EstimatorDefaults.Episode.Select(e => e.Name), p.Episode.Select(e => e.Estimator));
        });
        Assert.Equal(0.705, HandReport.Policies[0].Turn.Single(e => e.Estimator == "IPS").Value, 12);
        Assert.Equal(new LogSummary(5, 5, 3, 3, 0, 0.6, 2.0 / 3), HandReport.Log);
        Assert.False(HandReport.Gate!.Passed);
    }

    [Fact]
    public void Render_HandReport_ShowsEstimatesIntervalsDiagnosticsAndTheGate()
    {
        var table = ReportTable.Render(HandReport);

        Assert.Contains("Log: 5 turns (5 exploring) in 3 conversations", table);
        Assert.Matches(@"\n  IPS\s+0\.7050 \[", table);
        Assert.Matches(@"\n  turns to success WIS\s+1\.3902 \[", table);
        Assert.Matches(@"\nlargest weight\s+4\s+1\s*\n", table);
        Assert.Contains("Gate: hand against logging: REFUSED", table);
        Assert.Contains("FAIL  effective_sample_size: effective sample size 3 of 5 turns", table);
    }

    [Fact]
    public void Json_HandReport_RoundTripsWithReadableNames()
    {
        var json = ReportJson.Serialize(HandReport);
        var back = ReportJson.Deserialize(json);

        Assert.Contains("\"estimator\": \"clipped IPS(λ=50)\"", json);
        Assert.Contains("\"name\": \"lower_bound\"", json);
        Assert.Equal(HandReport.Log, back.Log);
        Assert.Equal(HandReport.Policies[0].Turn, back.Policies[0].Turn);
        Assert.Equal(HandReport.Gate!.Checks, back.Gate!.Checks);
        Assert.Equal(GateExitCodes.Refused, back.Gate.ExitCode);
    }

    [Fact]
    public void Json_UndefinedEstimate_IsWrittenAsNaN()
    {
        var report = HandReport with { Policies = [HandReport.Policies[0] with { Turn = [new OffPolicyEstimate("SNIPS", double.NaN, double.NaN, double.NaN)] }] };

        Assert.Contains("\"value\": \"NaN\"", ReportJson.Serialize(report));
        Assert.True(double.IsNaN(ReportJson.Deserialize(ReportJson.Serialize(report)).Policies[0].Turn[0].Value));
    }

    [Fact]
    public void SavePng_HandReport_WritesAPngPerLevel()
    {
        var folder = Directory.CreateTempSubdirectory("ope-chart-");
        try
        {
            var perTurn = Path.Combine(folder.FullName, "turn.png");
            var perConversation = Path.Combine(folder.FullName, "conversation.png");

            EstimateChart.SavePng(HandReport, perTurn);
            EstimateChart.SavePng(HandReport, perConversation, perConversation: true);

            foreach (var file in new[] { perTurn, perConversation })
            {
                var bytes = File.ReadAllBytes(file);
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
                Assert.True(bytes.Length > 10_000, $"{file} is only {bytes.Length} bytes");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
