using System.CommandLine;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Evaluation.Report;
using AlexaMusicSkill.Offline.Evaluation.RewardModels;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill evaluate --logs DIR --candidate models/next.json [--gate]</c>: off-policy estimates (IPS, clipped IPS,
/// SNIPS, DM, DR, Switch-DR, DRos; episode success and turns) of the candidate and production from exploring
/// conversations, with bootstrap intervals; with <c>--gate</c>, exits 0 only when the deployment gate passes.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var logs = LogInputs.LogsOption();
        var candidate = new Option<string>("--candidate") { Description = "The policy to evaluate: a model file, or 'rules'", Required = true };
        var production = new Option<string>("--production") { Description = "The production policy: 'rules' or a model file", DefaultValueFactory = _ => "rules" };
        var qModel = new Option<string>("--reward-model") { Description = "q̂ for DM/DR: 'trees' (fitted on a held-out share of the logs) or 'ridge'", DefaultValueFactory = _ => "trees" };
        var fitShare = new Option<double>("--fit-share") { Description = "Share of conversations used only to fit q̂ (never evaluated on)", DefaultValueFactory = _ => 0.3 };
        var gate = new Option<bool>("--gate") { Description = "Apply the deployment gate: exit 0 only when every condition holds" };
        var margin = new Option<double>("--margin") { Description = "Lift the lower bound must clear, relative to production", DefaultValueFactory = _ => 0 };
        var minEss = new Option<double>("--min-ess") { DefaultValueFactory = _ => 1000 };
        var turnsTolerance = new Option<double>("--turns-tolerance") { DefaultValueFactory = _ => 0.05 };
        var tried = new Option<int>("--candidates-tried") { DefaultValueFactory = _ => 1, Description = "For the Bonferroni correction" };
        var json = new Option<string?>("--json") { Description = "Write the report as JSON" };
        var png = new Option<string?>("--png") { Description = "Write a chart of the estimates with intervals" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 7 };
        var command = new Command("evaluate", "Estimate a candidate policy's value from logs (off-policy) and apply the deployment gate");
        foreach (var option in new Option[] { logs, candidate, production, qModel, fitShare, gate, margin, minEss, turnsTolerance, tried, json, png, seed })
        {
            command.Add(option);
        }

        command.SetAction((result, _) => CommandAction.RunAsync(console, () =>
        {
            // Sample splitting: q̂ is fitted on one share of the conversations (only their chosen actions are needed)
            // and the estimates use the others.
            var split = new ConversationSplit(result.GetValue(fitShare), result.GetValue(seed));
            var log = LogInputs.Read(result.GetValue(logs)!, id => !split.IsTest(id));
            var candidatePolicy = new DialoguePolicyTarget(LogInputs.Policy(result.GetValue(candidate)!), "candidate " + result.GetValue(candidate));
            var productionPolicy = new DialoguePolicyTarget(LogInputs.Policy(result.GetValue(production)!), "production " + result.GetValue(production));

            var (evaluate, fit) = split.Split(log);
            IRewardModel model = result.GetValue(qModel) switch
            {
                "ridge" => RidgeRewardModel.Fit(fit.Turns),
                "trees" => new TreeEnsembleScorer(new RewardModelTrainer(new RewardModelOptions()).TrainTrees(TrainingPipeline.RowsOf(fit))),
                var other => throw new UserErrorException($"--reward-model '{other}' must be 'trees' or 'ridge'."),
            };

            var report = result.GetValue(gate)
                ? OffPolicyEvaluation.EvaluateWithGate(evaluate, candidatePolicy, productionPolicy, model,
                    new GateSettings(result.GetValue(margin), 0.95, result.GetValue(tried), result.GetValue(minEss), result.GetValue(turnsTolerance)))
                : OffPolicyEvaluation.Evaluate(evaluate, [candidatePolicy, productionPolicy], model);

            console.Out.Write(ReportTable.Render(report));
            if (result.GetValue(json) is { } jsonPath)
            {
                ReportJson.Write(report, jsonPath);
            }

            if (result.GetValue(png) is { } pngPath)
            {
                EstimateChart.SavePng(report, pngPath);
            }

            return Task.FromResult(report.Gate?.ExitCode ?? ExitCodes.Ok);
        }));
        return command;
    }
}
