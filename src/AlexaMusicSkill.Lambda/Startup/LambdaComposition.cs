using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.Users;

namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>The skill as the function serves it: what <c>bootstrap</c> composes once per execution environment.</summary>
internal static class LambdaComposition
{
    /// <summary>
    /// DynamoDB store on <see cref="SkillConfiguration.TableName"/> (AWS_ENDPOINT_URL_DYNAMODB reaches a local
    /// DynamoDB-API server), decision and outcome records as JSON lines on <paramref name="records"/>, the built-in
    /// catalog, the policy, and CloudWatch Embedded Metric Format lines on the same writer.
    /// </summary>
    public static ISkillFunction Create(SkillConfiguration configuration, byte[] userKeySecret, IEventLog log, JsonLineWriter records, TimeProvider clock)
    {
        var table = configuration.TableName ?? throw new InvalidOperationException("TABLE_NAME is required in Lambda.");
        var metrics = new EmfMetricsSink(records, configuration.ServiceName, clock);
        return new SkillComposition
        {
            SkillId = configuration.SkillId,
            Catalog = BuiltInCatalog.Load(configuration.MediaBaseUrl),
            Store = new DynamoDbUserStateStore(DynamoDbClientFactory.Create(configuration.DynamoDbEndpoint, configuration.AwsRegion), table, clock),
            Decisions = new JsonLinesDecisionLog(records),
            Users = new UserKeyHasher(userKeySecret),
            Log = log,
            Policies = PolicyResolver.Resolve(configuration, log, metrics: metrics),
            Exploration = new ExplorationSettings(configuration.ExplorationShare, configuration.ExplorationEpsilon),
            Clock = clock,
            Metrics = metrics,
        }.Build();
    }
}
