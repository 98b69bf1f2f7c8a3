using System.CommandLine;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Music.Catalog;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill catalog validate PATH</c> (or <c>--built-in</c>): every finding as <c>file:line:field: severity: why</c>,
/// exit 1 when there is an error.
/// </summary>
internal static class CatalogValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A catalog folder (artists.csv and tracks.csv) or a .json catalog",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var builtIn = new Option<bool>("--built-in") { Description = "Validate the catalog built into the skill instead" };
        var command = new Command("validate", "Check a catalog: ids, taxonomy, ranges, references, media URLs, sample rules");
        command.Add(path);
        command.Add(builtIn);
        command.SetAction((result, _) => CommandAction.RunAsync(console, () =>
        {
            var target = result.GetValue(path);
            var useBuiltIn = result.GetValue(builtIn);
            if (useBuiltIn == (target is not null))
            {
                throw new UserErrorException("catalog validate needs a PATH or --built-in (one of them).");
            }

            var media = (Environment.GetEnvironmentVariable("MEDIA_BASE_URL") is { Length: > 0 } m ? m : SkillConfiguration.DefaultMediaBaseUrl).TrimEnd('/');
            var loaded = useBuiltIn ? BuiltInCatalog.LoadResult(media) : CatalogLoader.LoadFromPath(target!, media);
            foreach (var finding in loaded.Findings.OrderByDescending(f => f.Severity))
            {
                console.Out.WriteLine(Format(finding));
            }

            var summary = $"{loaded.Errors.Count} error(s), {loaded.Warnings.Count} warning(s)";
            if (loaded.Catalog is { } catalog)
            {
                console.Out.WriteLine($"OK: {catalog.Artists.Count} artists, {catalog.Tracks.Count} tracks; {summary}.");
                return Task.FromResult(ExitCodes.Ok);
            }

            console.Out.WriteLine($"Invalid: {summary}.");
            return Task.FromResult(ExitCodes.UserError);
        }));
        return command;
    }

    /// <summary><c>file:line:field: error: why</c>; the line and field are left out when the finding is about the whole file.</summary>
    public static string Format(CatalogFinding finding)
    {
        var where = finding.File + (finding.Line > 0 ? ":" + finding.Line : string.Empty) + (finding.Field.Length > 0 ? ":" + finding.Field : string.Empty);
        return $"{where}: {(finding.IsError ? "error" : "warning")}: {finding.Message}";
    }
}
