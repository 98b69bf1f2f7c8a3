using System.CommandLine;
using AlexaMusicSkill.Cli.Local;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>The options every verb that runs the skill shares: where state and records go, which catalog, which store.</summary>
internal sealed class LocalSkillOptions
{
    private readonly Option<string> _stateDir = new("--state-dir")
    {
        Description = "Folder for the file-backed dialogue state (the user-key secret is kept beside it)",
        DefaultValueFactory = _ => LocalSkillSettings.DefaultStateDirectory,
        HelpName = "dir",
    };

    private readonly Option<string> _records = new("--records")
    {
        Description = "JSON-lines file the decision, outcome and listening records are appended to",
        DefaultValueFactory = _ => LocalSkillSettings.DefaultRecordsPath,
        HelpName = "file",
    };

    private readonly Option<string?> _catalog = new("--catalog")
    {
        Description = "A user catalog (folder with artists.csv and tracks.csv, or a .json file) instead of the built-in one",
        HelpName = "path",
    };

    private readonly Option<string?> _endpoint = new("--dynamodb-endpoint")
    {
        Description = "A local DynamoDB-API server (dynalite, DynamoDB Local) for the state, with --table",
        HelpName = "url",
    };

    private readonly Option<string?> _table = new("--table")
    {
        Description = "Keep the state in this DynamoDB table (hash key pk) instead of files",
        HelpName = "name",
    };

    private readonly Option<string?> _policy = new("--policy")
    {
        Description = "The policy: 'model' (the shipped models/policy.json, as the function serves by default), 'rules', 'model:<name>', or a model file [default: POLICY or model]",
        HelpName = "policy",
    };

    public void AddTo(Command command)
    {
        command.Add(_policy);
        command.Add(_stateDir);
        command.Add(_records);
        command.Add(_catalog);
        command.Add(_endpoint);
        command.Add(_table);
    }

    /// <summary>The settings from the command line, then MEDIA_BASE_URL, EXPLORATION_SHARE … from the environment.</summary>
    public LocalSkillSettings Read(ParseResult result) => new LocalSkillSettings
    {
        StateDirectory = result.GetValue(_stateDir)!,
        RecordsPath = result.GetValue(_records)!,
        CatalogPath = result.GetValue(_catalog),
        DynamoDbEndpoint = result.GetValue(_endpoint),
        TableName = result.GetValue(_table),
        Policy = result.GetValue(_policy) ?? "model",
        PolicyFromCommandLine = result.GetValue(_policy) is not null,
    }.WithEnvironment(Environment.GetEnvironmentVariable);
}
