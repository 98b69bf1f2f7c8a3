using Amazon.DynamoDBv2;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// The DynamoDB client our store bounds call by call with the turn's remaining time: the SDK's own retries are off (the
/// store retries throttling within the budget). Region and credentials come from the environment; an endpoint
/// (AWS_ENDPOINT_URL_DYNAMODB) points it at a local DynamoDB-API server.
/// </summary>
public static class DynamoDbClientFactory
{
    /// <param name="credentials">Explicit credentials (local tools pass dummy ones for a local server); null reads the environment.</param>
    public static AmazonDynamoDBClient Create(string? endpoint, string? region, Amazon.Runtime.AWSCredentials? credentials = null)
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
