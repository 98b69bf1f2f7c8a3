using System.CommandLine;
using AlexaMusicSkill.Cli.Local;
using AlexaMusicSkill.SkillPackage;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill catalog interaction-model [--write] [--locale CODE] [--dir DIR]</c>: the interaction model generated
/// from the sample templates, the taxonomy, the feedback vocabulary and the catalog. Without <c>--write</c> it prints
/// one locale's slot types; with it, it writes every locale's whole model file (<c>DIR/&lt;locale&gt;.json</c>).
/// </summary>
internal static class CatalogInteractionModelCommand
{
    public const string DefaultModelFolder = "skill-package/interactionModels/custom";

    public static Command Create(CliConsole console)
    {
        var write = new Option<bool>("--write") { Description = "Write every locale's model file instead of printing slot types" };
        var folder = new Option<string>("--dir")
        {
            Description = "The folder --write writes <locale>.json into",
            DefaultValueFactory = _ => DefaultModelFolder,
            HelpName = "folder",
        };
        var localeOption = new Option<string>("--locale")
        {
            Description = "The locale whose slot types are printed (" + string.Join(", ", SkillLocales.All.Select(l => l.Code)) + ")",
            DefaultValueFactory = _ => SkillLocales.UnitedStates.Code,
            HelpName = "code",
        };
        var catalogPath = new Option<string?>("--catalog") { Description = "Generate the artist values from this catalog instead of the built-in one", HelpName = "path" };
        var command = new Command("interaction-model", "Print one locale's slot types, or --write every locale's interaction model generated from samples, taxonomy, feedback vocabulary and catalog");
        command.Add(write);
        command.Add(folder);
        command.Add(localeOption);
        command.Add(catalogPath);
        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            var settings = new LocalSkillSettings { CatalogPath = result.GetValue(catalogPath) }
                .WithEnvironment(name => name == "MEDIA_BASE_URL" ? Environment.GetEnvironmentVariable(name) : null);
            var catalog = LocalSkill.LoadCatalog(settings);
            if (!result.GetValue(write))
            {
                var code = result.GetValue(localeOption)!;
                var locale = SkillLocales.Find(code)
                    ?? throw new UserErrorException($"no locale {code}; the skill's locales are {string.Join(", ", SkillLocales.All.Select(l => l.Code))}");
                await console.Out.WriteLineAsync(InteractionModelTypes.ToText(SlotTypeCatalog.Build(catalog, locale)));
                return ExitCodes.Ok;
            }

            var directory = result.GetValue(folder)!;
            if (!Directory.Exists(directory))
            {
                throw new UserErrorException($"no folder {directory} (run from the repository root, or pass --dir)");
            }

            foreach (var locale in SkillLocales.All)
            {
                await WriteAsync(console, Path.Combine(directory, locale.ModelFileName), InteractionModelDocument.Text(locale, catalog), ct);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task WriteAsync(CliConsole console, string path, string text, CancellationToken ct)
    {
        try
        {
            if (File.Exists(path) && await File.ReadAllTextAsync(path, ct) == text)
            {
                await console.Out.WriteLineAsync($"{path} is up to date.");
                return;
            }

            await File.WriteAllTextAsync(path, text, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot write the interaction model {path}: {e.Message}", inner: e);
        }

        await console.Out.WriteLineAsync($"Wrote {path}.");
    }
}
