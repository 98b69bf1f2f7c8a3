using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
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
    /// catalog, the policy, and CloudWatch Embedded Metric Format lines on the same writer.
    /// </summary>
    public static ISkillFunction CreateForLambda(SkillConfiguration configuration, byte[] userKeySecret, IEventLog log, JsonLineWriter records, TimeProvider clock)
    {
        var table = configuration.TableName ?? throw new InvalidOperationException("TABLE_NAME is required in Lambda.");
        var metrics = new EmfMetricsSink(records, configuration.ServiceName, clock);
        return new SkillComposition
        {
            SkillId = configuration.SkillId,
            Catalog = BuiltInCatalog.Load(configuration.MediaBaseUrl),
            Store = new DynamoDbUserStateStore(CreateDynamoDbClient(configuration.DynamoDbEndpoint, configuration.AwsRegion), table, clock),
            Decisions = new JsonLinesDecisionLog(records),
            Users = new UserKeyHasher(userKeySecret),
            Log = log,
            Policies = PolicyResolver.Resolve(configuration, log, metrics: metrics),
            Exploration = new ExplorationSettings(configuration.ExplorationShare, configuration.ExplorationEpsilon),
            Clock = clock,
            Metrics = metrics,
        }.Build().Function;
    }

    /// <summary>
    /// A DynamoDB client whose every call our store bounds by the turn's remaining time: the SDK's own retries are
    /// off (the store retries throttling within the budget). Region and credentials come from the environment;
    /// an endpoint (AWS_ENDPOINT_URL_DYNAMODB) points it at a local server.
    /// </summary>
    public static AmazonDynamoDBClient CreateDynamoDbClient(string? endpoint, string? region) =>
        CreateDynamoDbClient(endpoint, region, credentials: null);

    /// <inheritdoc cref="CreateDynamoDbClient(string?, string?)"/>
    /// <param name="credentials">Explicit credentials (local tools pass dummy ones for a local server); null reads the environment.</param>
    public static AmazonDynamoDBClient CreateDynamoDbClient(string? endpoint, string? region, Amazon.Runtime.AWSCredentials? credentials)
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

        return credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
    }
}
