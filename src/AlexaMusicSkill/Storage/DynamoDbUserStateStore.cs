using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AlexaMusicSkill.State;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// State and profiles in the one DynamoDB table of <c>contracts.md</c>, through the low-level client:
/// one consistent BatchGetItem per turn (state, the owner's profile and, for a household member, the account's profile
/// item with its member list), writes conditional on the version, TTL on <c>expiresAt</c> (items past it read as absent). Throttling and transient faults are retried with jittered backoff, but never
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

    /// <summary>BatchWriteItem's limit on requests per call.</summary>
    private const int MaxBatchWrite = 25;

    public async Task<UserSnapshot> LoadAsync(ProfileOwner owner, CancellationToken cancellationToken)
    {
        var stateKey = StoredItemKeys.StateKey(owner.UserKey);
        var profileKey = StoredItemKeys.ProfileKey(owner);
        var accountKey = StoredItemKeys.ProfileKey(owner.UserKey);
        List<Dictionary<string, AttributeValue>> keys = owner.IsPerson ? [Key(stateKey), Key(profileKey), Key(accountKey)] : [Key(stateKey), Key(profileKey)];
        var pending = new Dictionary<string, KeysAndAttributes>
        {
            [tableName] = new KeysAndAttributes { Keys = keys, ConsistentRead = true },
        };
        var items = new Dictionary<string, Dictionary<string, AttributeValue>>(StringComparer.Ordinal);

        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var request = new BatchGetItemRequest { RequestItems = pending };
            var response = await CallAsync(ct => client.BatchGetItemAsync(request, ct), "BatchGetItem", cancellationToken);
            if (response.Responses is not null && response.Responses.TryGetValue(tableName, out var got))
            {
                foreach (var item in got)
                {
                    items[item[StoredItemKeys.PartitionKey].S] = item;
                }
            }

            pending = response.UnprocessedKeys ?? [];
            if (pending.Count > 0)
            {
                await BackoffAsync(attempt, cancellationToken, "BatchGetItem");
            }
        }

        var (state, stateVersion) = Read(items.GetValueOrDefault(stateKey), StoredItemKeys.StateAttribute, StateJsonContext.Default.DialogueState);
        var (profile, profileVersion) = Read(items.GetValueOrDefault(profileKey), StoredItemKeys.ProfileAttribute, StateJsonContext.Default.UserProfile);
        var snapshot = new UserSnapshot(owner.UserKey, state, stateVersion, profile ?? UserProfile.Empty, profileVersion);
        if (owner.PersonKey is not { } person)
        {
            return snapshot;
        }

        var accountItem = items.GetValueOrDefault(accountKey);
        var (account, accountVersion) = Read(accountItem, StoredItemKeys.ProfileAttribute, StateJsonContext.Default.UserProfile);
        var listed = accountItem is not null && PersonsOf(accountItem).Contains(person);
        return snapshot with
        {
            PersonKey = person,
            AccountProfile = account ?? UserProfile.Empty,
            AccountProfileVersion = accountVersion,
            PersonListedUntil = listed ? ExpiryOf(accountItem!) ?? DateTimeOffset.MaxValue : null,
        };
    }

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        PutAsync(StoredItemKeys.StateKey(userKey), StoredItemKeys.StateAttribute, JsonSerializer.Serialize(state, StateJsonContext.Default.DialogueState), expectedVersion, expiresAt, cancellationToken);

    /// <summary>
    /// An UpdateItem rather than a PutItem: it replaces the version, expiry and value but leaves the account item's
    /// member list alone, so a member listed between this turn's read and its write is never lost.
    /// </summary>
    public async Task<long> SaveProfileAsync(ProfileOwner owner, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var key = StoredItemKeys.ProfileKey(owner);
        var next = expectedVersion + 1;
        var request = new UpdateItemRequest
        {
            TableName = tableName,
            Key = Key(key),
            UpdateExpression = "SET #v = :next, #e = :expiresAt, #p = :profile",
            // A listing made before the profile's first write leaves an item without a version: that is version 0.
            ConditionExpression = expectedVersion == 0 ? "attribute_not_exists(#v)" : "#v = :expected",
            ExpressionAttributeNames = new Dictionary<string, string>
            {
                ["#v"] = StoredItemKeys.Version, ["#e"] = StoredItemKeys.ExpiresAt, ["#p"] = StoredItemKeys.ProfileAttribute,
            },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":next"] = Number(next),
                [":expiresAt"] = Number(expiresAt.ToUnixTimeSeconds()),
                [":profile"] = new() { S = JsonSerializer.Serialize(profile, StateJsonContext.Default.UserProfile) },
            },
        };
        if (expectedVersion != 0)
        {
            request.ExpressionAttributeValues[":expected"] = Number(expectedVersion);
        }

        try
        {
            await CallAsync(ct => client.UpdateItemAsync(request, ct), "UpdateItem", cancellationToken);
            return next;
        }
        catch (ConditionalCheckFailedException)
        {
            throw new StateConflictException($"{key} changed since version {expectedVersion} was read.");
        }
    }

    /// <summary>
    /// One UpdateItem with ADD to the account item's string set (atomic, idempotent, version untouched). Which of three
    /// forms applies depends on the item's expiry, so each is conditional and a failed condition tries the next:
    /// extend a live (or new) item's life; only add when it already lives long enough; or drop an expired item's value
    /// while extending it. A few rounds at most, unless the item keeps changing under us.
    /// </summary>
    public async Task ListPersonAsync(string userKey, string personKey, DateTimeOffset listedUntil, CancellationToken cancellationToken)
    {
        var now = Number(clock.GetUtcNow().ToUnixTimeSeconds());
        var until = Number(listedUntil.ToUnixTimeSeconds());
        var person = new AttributeValue { SS = [personKey] };
        (string Update, string Condition, Dictionary<string, AttributeValue> Values)[] forms =
        [
            ("ADD #persons :person SET #e = :until", "attribute_not_exists(#e) OR (#e >= :now AND #e < :until)", new() { [":person"] = person, [":until"] = until, [":now"] = now }),
            ("ADD #persons :person", "#e >= :until", new() { [":person"] = person, [":until"] = until }),
            ("ADD #persons :person SET #e = :until REMOVE #p", "#e < :now", new() { [":person"] = person, [":until"] = until, [":now"] = now }),
        ];

        const int MaxRounds = 4;
        for (var attempt = 0; attempt < forms.Length * MaxRounds; attempt++)
        {
            var (update, condition, values) = forms[attempt % forms.Length];
            var request = new UpdateItemRequest
            {
                TableName = tableName,
                Key = Key(StoredItemKeys.ProfileKey(userKey)),
                UpdateExpression = update,
                ConditionExpression = condition,
                ExpressionAttributeNames = update.Contains("REMOVE", StringComparison.Ordinal)
                    ? new() { ["#persons"] = StoredItemKeys.PersonsAttribute, ["#e"] = StoredItemKeys.ExpiresAt, ["#p"] = StoredItemKeys.ProfileAttribute }
                    : new() { ["#persons"] = StoredItemKeys.PersonsAttribute, ["#e"] = StoredItemKeys.ExpiresAt },
                ExpressionAttributeValues = values,
            };
            try
            {
                await CallAsync(ct => client.UpdateItemAsync(request, ct), "UpdateItem", cancellationToken);
                return;
            }
            catch (ConditionalCheckFailedException)
            {
                // The item's expiry is not what this form expects: try the next one.
            }
        }

        throw new StorageUnavailableException($"Could not list a household member: the account profile item kept changing ({forms.Length * MaxRounds} tries).");
    }

    /// <summary>
    /// Reads the account's member list, deletes the members' items and the state (BatchWriteItem, 25 at a time, with
    /// unprocessed items retried), and the account profile item last, so a deletion cut short by the deadline can be
    /// repeated and still find every member.
    /// </summary>
    public async Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        var accountKey = StoredItemKeys.ProfileKey(userKey);
        var read = new GetItemRequest
        {
            TableName = tableName,
            Key = Key(accountKey),
            ConsistentRead = true,
            ProjectionExpression = "#persons",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#persons"] = StoredItemKeys.PersonsAttribute },
        };
        var account = await CallAsync(ct => client.GetItemAsync(read, ct), "GetItem", cancellationToken);
        var persons = account.Item is { Count: > 0 } item ? PersonsOf(item) : [];

        var deletes = persons.Order(StringComparer.Ordinal).Select(p => StoredItemKeys.PersonProfileKey(userKey, p))
            .Append(StoredItemKeys.StateKey(userKey)).ToList();
        if (persons.Count == 0)
        {
            deletes.Add(accountKey);
        }

        foreach (var chunk in deletes.Chunk(MaxBatchWrite))
        {
            await BatchDeleteAsync(chunk, cancellationToken);
        }

        if (persons.Count > 0)
        {
            await CallAsync(ct => client.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = Key(accountKey) }, ct), "DeleteItem", cancellationToken);
        }
    }

    private async Task BatchDeleteAsync(string[] keys, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, List<WriteRequest>>
        {
            [tableName] = [.. keys.Select(k => new WriteRequest { DeleteRequest = new DeleteRequest { Key = Key(k) } })],
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
                [StoredItemKeys.Version] = Number(next),
                [StoredItemKeys.ExpiresAt] = Number(expiresAt.ToUnixTimeSeconds()),
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
                [":expected"] = Number(expectedVersion),
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

    /// <summary>An item's value and version; a missing version is 0 (a listing only), an expired or missing value null.</summary>
    private (T? Value, long Version) Read<T>(Dictionary<string, AttributeValue>? item, string attribute, JsonTypeInfo<T> type)
        where T : class
    {
        if (item is null)
        {
            return (null, 0);
        }

        var version = item.TryGetValue(StoredItemKeys.Version, out var v) && v.N is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 0;
        var value = !IsExpired(item) && item.TryGetValue(attribute, out var json) && json.S is { } text ? JsonSerializer.Deserialize(text, type) : null;
        return (value, version);
    }

    private static HashSet<string> PersonsOf(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(StoredItemKeys.PersonsAttribute, out var set) && set.SS is { } keys ? new HashSet<string>(keys, StringComparer.Ordinal) : [];

    private static DateTimeOffset? ExpiryOf(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(StoredItemKeys.ExpiresAt, out var value) && value.N is { } n
            ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(n, CultureInfo.InvariantCulture))
            : null;

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

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
