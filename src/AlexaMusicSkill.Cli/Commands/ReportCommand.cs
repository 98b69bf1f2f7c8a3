using System.CommandLine;
using System.Globalization;
using AlexaMusicSkill.Offline.Reports;
using AlexaMusicSkill.Offline.Reports.Promotion;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill report --logs PATH... [--out DIR] [--decide]</c>: the online report of a staged rollout over decision and
/// outcome logs (JSONL or Parquet), and with <c>--decide</c> the promotion rule's verdict as the exit code
/// (10 promote, 11 keep running, 12 roll back). docs/production-loop.md explains every number.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new PromotionOptions();
        var report = new ReportOptions();
        var paths = LogInputs.LogsOption();
        var output = new Option<string?>("--out", "-o") { Description = "Write report.md and report.png into this folder", HelpName = "dir" };
        var parquet = new Option<string?>("--write-parquet") { Description = "Also write the records read as Parquet in the S3 export's dt=YYYY-MM-DD/ layout (for aws s3 sync)", HelpName = "dir" };
        var asOf = new Option<string?>("--as-of") { Description = "The report's time, which decides expiry (ISO 8601; default: the newest record)", HelpName = "time" };
        var since = new Option<string?>("--since") { Description = "Only conversations started from this time (default: the candidate arm's first conversation)", HelpName = "time" };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the intervals of means", DefaultValueFactory = _ => report.BootstrapResamples };
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap", DefaultValueFactory = _ => report.Seed };
        var decide = new Option<bool>("--decide") { Description = "Decide promote / keep running / roll back (exit 10 / 11 / 12) from the always-valid confidence sequence" };
        var alpha = new Option<double>("--alpha") { Description = "Error probability over all looks", DefaultValueFactory = _ => defaults.Alpha };
        var margin = new Option<double>("--margin") { Description = "Non-inferiority margin on the success rate (0.01 = 1 point)", DefaultValueFactory = _ => defaults.Margin };
        var tau = new Option<double>("--tau") { Description = "Mixing scale: the sequence is tightest for differences around this size", DefaultValueFactory = _ => defaults.Tau };
        var maxConversations = new Option<int>("--max-conversations") { Description = "Horizon: completed conversations after which an undecided rollout is rolled back", DefaultValueFactory = _ => defaults.MaxConversations };
        var minConversations = new Option<int>("--min-conversations") { Description = "Completed conversations each arm needs before any call", DefaultValueFactory = _ => defaults.MinConversationsPerArm };
        var power = new Option<double>("--power") { Description = "Power for the estimate of how many more conversations are needed", DefaultValueFactory = _ => defaults.Power };

        var command = new Command("report", "Compare the production and candidate arms of a staged rollout from their logs; --decide says what to do");
        foreach (var option in new Option[] { paths, output, parquet, asOf, since, bootstrap, seed, decide, alpha, margin, tau, maxConversations, minConversations, power })
        {
            command.Add(option);
        }

        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            LogInputs.RequireExisting(result.GetValue(paths)!);
            var request = new ReportRequest
            {
                Paths = result.GetValue(paths)!,
                OutputFolder = result.GetValue(output),
                ParquetFolder = result.GetValue(parquet),
                Options = new ReportOptions
                {
                    AsOf = Time(result.GetValue(asOf), "--as-of"),
                    Since = Time(result.GetValue(since), "--since"),
                    BootstrapResamples = result.GetValue(bootstrap),
                    Seed = result.GetValue(seed),
                    Decide = result.GetValue(decide),
                    Promotion = new PromotionOptions
                    {
                        Alpha = result.GetValue(alpha),
                        Margin = result.GetValue(margin),
                        Tau = result.GetValue(tau),
                        MaxConversations = result.GetValue(maxConversations),
                        MinConversationsPerArm = result.GetValue(minConversations),
                        Power = result.GetValue(power),
                    },
                },
            };

            try
            {
                request.Options.Promotion.Validated();
                if (request.Options.BootstrapResamples < 10)
                {
                    throw new UserErrorException($"--bootstrap must be at least 10; it is {request.Options.BootstrapResamples}.");
                }

                return await ReportRunner.RunAsync(request, console.Out, ct);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UserErrorException(e.Message.Split(" (Parameter", 2)[0]);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or DirectoryNotFoundException)
            {
                throw new UserErrorException(e.Message, ExitCodes.UserError, e);
            }
        }));
        return command;
    }

    private static DateTimeOffset? Time(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new UserErrorException($"{option} '{text}' is not a time (ISO 8601, e.g. 2026-11-25T09:00Z).");
    }
}
