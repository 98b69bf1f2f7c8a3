using AlexaMusicSkill.Storage;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace AlexaMusicSkill.Cli.Local;

/// <summary>
/// DynamoDB for local runs: the production client settings, dummy credentials for a local server when none are
/// configured (dynalite and DynamoDB Local accept any), and a reachability check before the first turn.
/// </summary>
internal static class LocalDynamoDb
{
    /// <summary>Shorter than the client's own 5 s HTTP timeout, so a hanging server is reported as such.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(4);

    public static AmazonDynamoDBClient CreateClient(string? endpoint, string? region)
    {
        if (endpoint is not null
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new UserErrorException($"--dynamodb-endpoint '{endpoint}' is not an http(s) URL, e.g. http://localhost:8000.");
        }

        var configured = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("AWS_PROFILE") is { Length: > 0 };
        var credentials = endpoint is not null && !configured ? new BasicAWSCredentials("local", "local") : null;
        return DynamoDbClientFactory.Create(endpoint, region, credentials);
    }

    /// <summary>One DescribeTable, so an unreachable server or a missing table is one clear line instead of apologies.</summary>
    public static async Task CheckReachableAsync(IAmazonDynamoDB client, string table, string? endpoint, CancellationToken cancellationToken)
    {
        var where = endpoint ?? "AWS";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        try
        {
            await client.DescribeTableAsync(table, timeout.Token);
        }
        catch (ResourceNotFoundException e)
        {
            throw new UserErrorException($"DynamoDB table '{table}' does not exist at {where} (create it with hash key pk of type S).", inner: e);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && (timeout.IsCancellationRequested || Innermost(e) is TimeoutException or OperationCanceledException))
        {
            throw new UserErrorException($"DynamoDB at {where} did not answer within {CheckTimeout.TotalSeconds:0} s.", inner: e);
        }
        catch (AmazonServiceException e) when (e.InnerException is HttpRequestException or System.Net.Sockets.SocketException || e.StatusCode == 0)
        {
            throw new UserErrorException($"DynamoDB at {where} is unreachable: {Innermost(e).Message}", inner: e);
        }
        catch (AmazonServiceException e)
        {
            throw new UserErrorException($"DynamoDB at {where} refused DescribeTable on '{table}': {e.ErrorCode ?? e.Message}", inner: e);
        }
        catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException or IOException or AmazonClientException)
        {
            throw new UserErrorException($"DynamoDB at {where} is unreachable: {Innermost(e).Message}", inner: e);
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
