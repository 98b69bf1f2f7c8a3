using AlexaMusicSkill.Artifacts;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.Users;
using Amazon.DynamoDBv2;

namespace AlexaMusicSkill.Cli.Local;

/// <summary>
/// The skill composed for a local run: the same <see cref="SkillFunction"/> as the Lambda, with file-backed state
/// (or DynamoDB when a table is given), records appended to a JSON-lines file, and the built-in or a user catalog.
/// </summary>
internal sealed class LocalSkill : IAsyncDisposable
{
    private readonly JsonLineWriter _records;
    private readonly IDisposable? _client;

    private LocalSkill(ISkillFunction function, ICatalog catalog, LocalSkillSettings settings, JsonLineWriter records, IDisposable? client)
    {
        Function = function;
        Catalog = catalog;
        Settings = settings;
        _records = records;
        _client = client;
    }

    public ISkillFunction Function { get; }

    public ICatalog Catalog { get; }

    public LocalSkillSettings Settings { get; }

    public string SkillId => LocalSkillSettings.LocalSkillId;

    public static async Task<LocalSkill> OpenAsync(LocalSkillSettings settings, IEventLog log, CancellationToken cancellationToken)
    {
        var catalog = LoadCatalog(settings);
        var secret = settings.UserKeySecret switch
        {
            null => LocalSecret.LoadOrCreate(settings.SecretPath),
            { Length: >= LocalSecret.MinimumLength } fromEnvironment => System.Text.Encoding.UTF8.GetBytes(fromEnvironment),
            _ => throw new UserErrorException($"USER_KEY_SECRET must be at least {LocalSecret.MinimumLength} characters (or unset it to use {settings.SecretPath})."),
        };

        AmazonDynamoDBClient? client = null;
        IUserStateStore store;
        if (settings.TableName is { } table)
        {
            client = LocalDynamoDb.CreateClient(settings.DynamoDbEndpoint, settings.AwsRegion);
            await LocalDynamoDb.CheckReachableAsync(client, table, settings.DynamoDbEndpoint, cancellationToken);
            store = new DynamoDbUserStateStore(client, table, TimeProvider.System);
        }
        else if (settings.DynamoDbEndpoint is not null)
        {
            throw new UserErrorException("--dynamodb-endpoint needs --table NAME (the table with hash key pk).");
        }
        else
        {
            store = Guard(settings.StateDirectory, "state folder", () => new FileUserStateStore(settings.StateDirectory, TimeProvider.System));
        }

        var records = Guard(settings.RecordsPath, "records file", () => OpenAppend(settings.RecordsPath));
        var function = new SkillComposition
        {
            SkillId = LocalSkillSettings.LocalSkillId,
            Catalog = catalog,
            Store = store,
            Decisions = new JsonLinesDecisionLog(records),
            Users = new UserKeyHasher(secret),
            Log = log,
            Policies = new SinglePolicyAssignment(ResolvePolicy(settings.Policy, log)),
            Affinity = AffinityResolver.Resolve(settings.Affinity, log),
            Exploration = new ExplorationSettings(settings.ExplorationShare, settings.ExplorationEpsilon),
        }.Build();
        return new LocalSkill(function, catalog, settings, records, client);
    }

    /// <summary>The function's policy names, plus a model file's path for trying a freshly trained model.</summary>
    private static IDialoguePolicy ResolvePolicy(string policy, IEventLog log)
    {
        if (PolicySpec.IsValid(policy))
        {
            return PolicyResolver.Production(policy, log, ShippedArtifacts.Read);
        }

        if (!File.Exists(policy))
        {
            throw new UserErrorException($"--policy '{policy}' is neither 'rules', 'model', 'model:<name>' nor a model file.");
        }

        var load = PolicyModelLoader.Load(File.ReadAllText(policy));
        return load.Policy ?? throw new UserErrorException($"{policy} cannot be served: {load.Problem}.");
    }

    public static ICatalog LoadCatalog(LocalSkillSettings settings)
    {
        if (settings.CatalogPath is not { } path)
        {
            try
            {
                return BuiltInCatalog.Load(settings.MediaBaseUrl);
            }
            catch (InvalidOperationException e)
            {
                throw new UserErrorException($"MEDIA_BASE_URL '{settings.MediaBaseUrl}' cannot be used: {e.Message}", inner: e);
            }
        }

        var result = CatalogLoader.LoadFromPath(path, settings.MediaBaseUrl);
        if (result.Catalog is { } catalog)
        {
            return catalog;
        }

        var first = result.Errors.Count > 0 ? result.Errors[0].ToString() : "no catalog";
        throw new UserErrorException($"The catalog {path} has {result.Errors.Count} error(s), first: {first} (see `musicskill catalog validate {path}`).");
    }

    public ValueTask DisposeAsync()
    {
        _records.Dispose();
        _client?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static JsonLineWriter OpenAppend(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return new JsonLineWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite));
    }

    private static T Guard<T>(string path, string what, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot use {path} as the {what}: {e.Message}", inner: e);
        }
    }
}
