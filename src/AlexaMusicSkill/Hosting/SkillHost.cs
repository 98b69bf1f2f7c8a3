using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.Users;
using Amazon.DynamoDBv2;

namespace AlexaMusicSkill.Hosting;

/// <summary>The production composition of the skill, shared by the Lambda and the CLI when they use DynamoDB.</summary>
public static class SkillHost
{
    /// <summary>
    /// DynamoDB store on <see cref="SkillConfiguration.TableName"/> (AWS_ENDPOINT_URL_DYNAMODB reaches a local
    /// DynamoDB-API server), decision and outcome records as JSON lines on <paramref name="records"/>, the built-in
    /// catalog, and the policy.
    /// </summary>
    public static ISkillFunction CreateForLambda(SkillConfiguration configuration, byte[] userKeySecret, IEventLog log, JsonLineWriter records, TimeProvider clock)
    {
        var table = configuration.TableName ?? throw new InvalidOperationException("TABLE_NAME is required in Lambda.");
        return new SkillComposition
        {
            SkillId = configuration.SkillId,
            Catalog = BuiltInCatalog.Load(configuration.MediaBaseUrl),
            Store = new DynamoDbUserStateStore(CreateDynamoDbClient(configuration.DynamoDbEndpoint, configuration.AwsRegion), table, clock),
            Decisions = new JsonLinesDecisionLog(records),
            Users = new UserKeyHasher(userKeySecret),
            Log = log,
            Policies = new Dialogue.SinglePolicyAssignment(ChoosePolicy(configuration.Policy, log)),
            Exploration = new ExplorationSettings(configuration.ExplorationShare, configuration.ExplorationEpsilon),
            Clock = clock,
        }.Build().Function;
    }

    /// <summary>
    /// The learned model embedded in the library when it loads and matches the feature schema; otherwise the rule-based
    /// policy, with one log line saying why. Loading is timed (it is part of the cold start).
    /// </summary>
    public static IDialoguePolicy ChoosePolicy(string selection, IEventLog log, string? modelJson = null, bool useEmbedded = true)
    {
        if (selection == "rules")
        {
            log.Info("serving the rule-based policy (POLICY=rules)");
            return new RuleBasedPolicy();
        }

        var load = PolicyModelLoader.Load(modelJson ?? (useEmbedded ? PolicyModelLoader.ReadEmbedded() : null));
        if (load.Policy is null)
        {
            log.Warn("falling back to the rule-based policy", EventLogExtensions.Field("reason", load.Problem), EventLogExtensions.Field("loadMs", load.Elapsed.TotalMilliseconds));
            return new RuleBasedPolicy();
        }

        log.Info("serving the learned policy", EventLogExtensions.Field("modelVersion", load.Policy.ModelVersion), EventLogExtensions.Field("trees", load.Policy.Artifact.Trees.Count), EventLogExtensions.Field("loadMs", load.Elapsed.TotalMilliseconds));
        return load.Policy;
    }

    /// <summary>
    /// A DynamoDB client whose every call our store bounds by the turn's remaining time: the SDK's own retries are
    /// off (the store retries throttling within the budget). Region and credentials come from the environment;
    /// an endpoint (AWS_ENDPOINT_URL_DYNAMODB) points it at a local server.
    /// </summary>
    public static AmazonDynamoDBClient CreateDynamoDbClient(string? endpoint, string? region)
    {
        var config = new AmazonDynamoDBConfig { MaxErrorRetry = 0, Timeout = TimeSpan.FromSeconds(5) };
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region ?? "us-east-1";
        }
        else if (region is not null)
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonDynamoDBClient(config);
    }
}
