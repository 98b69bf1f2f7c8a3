using System.CommandLine;
using AlexaMusicSkill.Cli.Local;
using AlexaMusicSkill.SkillPackage;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill catalog interaction-model [--write]</c>: the slot types generated from the taxonomy, the feedback
/// vocabulary and the catalog; printed, or written into the committed interaction model.
/// </summary>
internal static class CatalogInteractionModelCommand
{
    public const string DefaultModelPath = "skill-package/interactionModels/custom/en-US.json";

    public static Command Create(CliConsole console)
    {
        var write = new Option<bool>("--write") { Description = "Rewrite the model file's types instead of printing them" };
        var model = new Option<string>("--model")
        {
            Description = "The interaction model file --write rewrites",
            DefaultValueFactory = _ => DefaultModelPath,
            HelpName = "file",
        };
        var catalogPath = new Option<string?>("--catalog") { Description = "Generate the artist values from this catalog instead of the built-in one", HelpName = "path" };
        var command = new Command("interaction-model", "Print (or --write) the interaction model's slot types generated from taxonomy, feedback vocabulary and catalog");
        command.Add(write);
        command.Add(model);
        command.Add(catalogPath);
        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            var settings = new LocalSkillSettings { CatalogPath = result.GetValue(catalogPath) }
                .WithEnvironment(name => name == "MEDIA_BASE_URL" ? Environment.GetEnvironmentVariable(name) : null);
            var types = SlotTypeCatalog.Build(LocalSkill.LoadCatalog(settings));
            if (!result.GetValue(write))
            {
                await console.Out.WriteLineAsync(InteractionModelTypes.ToText(types));
                return ExitCodes.Ok;
            }

            var path = result.GetValue(model)!;
            string current;
            try
            {
                current = await File.ReadAllTextAsync(path, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"cannot read the interaction model {path} (run from the repository root, or pass --model): {e.Message}", inner: e);
            }

            string updated;
            try
            {
                updated = InteractionModelTypes.ReplaceIn(current, types);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new UserErrorException($"{path} is not a valid interaction model: {e.Message}", inner: e);
            }

            var values = types.Sum(t => t.Values.Count);
            if (updated == current)
            {
                await console.Out.WriteLineAsync($"{path} is up to date ({types.Count} slot types, {values} values).");
                return ExitCodes.Ok;
            }

            await File.WriteAllTextAsync(path, updated, ct);
            await console.Out.WriteLineAsync($"Updated the types of {path} ({types.Count} slot types, {values} values).");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
