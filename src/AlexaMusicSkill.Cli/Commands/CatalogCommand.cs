using System.CommandLine;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary><c>musicskill catalog</c>: checking catalogs and generating the interaction model's slot types from them.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("catalog", "Validate a music catalog, or generate the interaction model's slot types from it");
        command.Add(CatalogValidateCommand.Create(console));
        command.Add(CatalogInteractionModelCommand.Create(console));
        return command;
    }
}
