using System.Globalization;
using System.Net;
using System.Text.Json;
using AlexaMusicSkill.State;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// State and profile in the one DynamoDB table of <c>contracts.md</c>, through the low-level client:
/// one consistent BatchGetItem per turn, PutItem conditional on the version, TTL on <c>expiresAt</c>
/// (items past it read as absent). Throttling and transient faults are retried with jittered backoff, but never
/// past the cancellation token, which carries the invocation's remaining time.
/// </summary>
public sealed class DynamoDbUserStateStore(IAmazonDynamoDB client, string tableName, TimeProvider clock) : IUserStateStore
{
    private static readonly JitteredBackoff Backoff = new(TimeSpan.FromMilliseconds(20), maxDoublings: 5);

    /// <summary>
    /// Tries per call for throttling and transient faults. Enough to ride out a throttling burst (about 0.3 s of
    /// backoff), few enough that an outage is answered in a fraction of a second rather than at the deadline.
    /// </summary>
    public const int MaxAttemptsPerCall = 5;

    public async Task<UserSnapshot> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var stateKey = StoredItemKeys.StateKey(userKey);
        var profileKey = StoredItemKeys.ProfileKey(userKey);
        var pending = new Dictionary<string, KeysAndAttributes>
        {
            [tableName] = new KeysAndAttributes { Keys = [Key(stateKey), Key(profileKey)], ConsistentRead = true },
        };
        var items = new List<Dictionary<string, AttributeValue>>(2);

        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var request = new BatchGetItemRequest { RequestItems = pending };
            var response = await CallAsync(ct => client.BatchGetItemAsync(request, ct), "BatchGetItem", cancellationToken);
            if (response.Responses is not null && response.Responses.TryGetValue(tableName, out var got))
            {
                items.AddRange(got);
            }

            pending = response.UnprocessedKeys ?? [];
            if (pending.Count > 0)
            {
                await BackoffAsync(attempt, cancellationToken, "BatchGetItem");
            }
        }

        DialogueState? state = null;
        UserProfile? profile = null;
        long stateVersion = 0, profileVersion = 0;
        foreach (var item in items)
        {
            var pk = item[StoredItemKeys.PartitionKey].S;
            var version = long.Parse(item[StoredItemKeys.Version].N, CultureInfo.InvariantCulture);
            var expired = IsExpired(item);
            if (pk == stateKey)
            {
                stateVersion = version;
                state = expired ? null : JsonSerializer.Deserialize(item[StoredItemKeys.StateAttribute].S, StateJsonContext.Default.DialogueState);
            }
            else if (pk == profileKey)
            {
                profileVersion = version;
                profile = expired ? null : JsonSerializer.Deserialize(item[StoredItemKeys.ProfileAttribute].S, StateJsonContext.Default.UserProfile);
            }
        }

        return new UserSnapshot(userKey, state, stateVersion, profile ?? UserProfile.Empty, profileVersion);
    }

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        PutAsync(StoredItemKeys.StateKey(userKey), StoredItemKeys.StateAttribute, JsonSerializer.Serialize(state, StateJsonContext.Default.DialogueState), expectedVersion, expiresAt, cancellationToken);

    public Task<long> SaveProfileAsync(string userKey, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        PutAsync(StoredItemKeys.ProfileKey(userKey), StoredItemKeys.ProfileAttribute, JsonSerializer.Serialize(profile, StateJsonContext.Default.UserProfile), expectedVersion, expiresAt, cancellationToken);

    public async Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, List<WriteRequest>>
        {
            [tableName] =
            [
                new WriteRequest { DeleteRequest = new DeleteRequest { Key = Key(StoredItemKeys.StateKey(userKey)) } },
                new WriteRequest { DeleteRequest = new DeleteRequest { Key = Key(StoredItemKeys.ProfileKey(userKey)) } },
            ],
        };

        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var request = new BatchWriteItemRequest { RequestItems = pending };
            var response = await CallAsync(ct => client.BatchWriteItemAsync(request, ct), "BatchWriteItem", cancellationToken);
            pending = response.UnprocessedItems ?? [];
            if (pending.Count > 0)
            {
                await BackoffAsync(attempt, cancellationToken, "BatchWriteItem");
            }
        }
    }

    private async Task<long> PutAsync(string key, string attribute, string json, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var next = expectedVersion + 1;
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = new Dictionary<string, AttributeValue>
            {
                [StoredItemKeys.PartitionKey] = new() { S = key },
                [StoredItemKeys.Version] = new() { N = next.ToString(CultureInfo.InvariantCulture) },
                [StoredItemKeys.ExpiresAt] = new() { N = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
                [attribute] = new() { S = json },
            },
        };

        if (expectedVersion == 0)
        {
            request.ConditionExpression = "attribute_not_exists(pk)";
        }
        else
        {
            request.ConditionExpression = "#v = :expected";
            request.ExpressionAttributeNames = new Dictionary<string, string> { ["#v"] = StoredItemKeys.Version };
            request.ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":expected"] = new() { N = expectedVersion.ToString(CultureInfo.InvariantCulture) },
            };
        }

        try
        {
            await CallAsync(ct => client.PutItemAsync(request, ct), "PutItem", cancellationToken);
            return next;
        }
        catch (ConditionalCheckFailedException)
        {
            throw new StateConflictException($"{key} changed since version {expectedVersion} was read.");
        }
    }

    /// <summary>Runs one call, retrying throttling and transient faults until the token (remaining time) runs out.</summary>
    private static async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, string operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (ConditionalCheckFailedException)
            {
                throw;
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested && attempt < MaxAttemptsPerCall - 1)
            {
                await BackoffAsync(attempt, cancellationToken, operation, e);
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                throw new StorageUnavailableException($"DynamoDB {operation} did not answer within the turn's time budget.", e);
            }
            catch (AmazonServiceException e)
            {
                throw new StorageUnavailableException($"DynamoDB {operation} failed: {e.ErrorCode ?? e.StatusCode.ToString()}.", e);
            }
            catch (Exception e) when (IsTransient(e))
            {
                throw new StorageUnavailableException($"DynamoDB {operation} failed {attempt + 1} times: {e.GetType().Name}.", e);
            }
        }
    }

    private static async Task BackoffAsync(int attempt, CancellationToken cancellationToken, string operation, Exception? last = null)
    {
        try
        {
            // Real time, not the store's clock: the wait is on DynamoDB, whatever time the turn logic is told.
            await Backoff.WaitAsync(attempt, TimeProvider.System, cancellationToken);
        }
        catch (OperationCanceledException e)
        {
            throw new StorageUnavailableException($"DynamoDB {operation} kept failing until the time budget ran out.", last ?? e);
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        ProvisionedThroughputExceededException or RequestLimitExceededException or InternalServerErrorException => true,
        AmazonServiceException s => s.StatusCode >= HttpStatusCode.InternalServerError
            || s.ErrorCode is "ThrottlingException" or "Throttling" or "TransactionConflictException",
        HttpRequestException or IOException or TimeoutException => true,
        OperationCanceledException => true,
        _ => false,
    };

    private bool IsExpired(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(StoredItemKeys.ExpiresAt, out var value) && value.N is { } n
        && long.Parse(n, CultureInfo.InvariantCulture) < clock.GetUtcNow().ToUnixTimeSeconds();

    private static Dictionary<string, AttributeValue> Key(string pk) =>
        new() { [StoredItemKeys.PartitionKey] = new AttributeValue { S = pk } };
}
