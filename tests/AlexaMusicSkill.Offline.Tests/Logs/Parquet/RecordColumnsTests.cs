using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.Logs.Parquet;

public sealed class RecordColumnsTests
{
    /// <summary>
    /// Holds the round-trip sample to its promise, so a record field added without a column fails the round trip: the
    /// sample must give it a value, and a value the map does not carry comes back as the default.
    /// </summary>
    [Fact]
    public void EveryFieldSetSample_GivesEveryRecordFieldAValueOtherThanItsDefault()
    {
        var unset = RecordSamples.EveryFieldSet().SelectMany(r => Fields(r, r.GetType().Name))
            // Version 1 is the only record format there is.
            .Where(f => f.Property.Name != nameof(LogRecord.SchemaVersion) && IsDefault(f.Owner, f.Property, f.Value))
            .Select(f => f.Path);

        Assert.Empty(unset);
    }

    [Fact]
    public void EveryOptionalNullSample_HasEachNullableFieldNullSomewhere()
    {
        var nullability = new NullabilityInfoContext();

        var neverNull = RecordSamples.EveryOptionalNull().SelectMany(r => Fields(r, r.GetType().Name))
            .Where(f => nullability.Create(f.Property).ReadState == NullabilityState.Nullable)
            .GroupBy(f => $"{f.Owner.GetType().Name}.{f.Property.Name}")
            .Where(g => g.All(f => f.Value is not null))
            .Select(g => g.Key);

        Assert.Empty(neverNull);
    }

    [Fact]
    public void ToRecord_RowFromBeforeOptionalColumnsExisted_TakesTheRecordsDefaults()
    {
        var full = (DecisionRecord)RecordSamples.EveryFieldSet()[0];
        var row = RecordColumns.ToRow(full);
        string[] required = ["recordtype", "schemaversion", "requestid", "conversationid", "userkey", "timestamp", "turn", "exploring", "explorationscheme", "featureschemaversion", "catalogfingerprint", "input", "context", "chosen", "propensity"];
        var old = row.Where(c => required.Contains(c.Key)).ToDictionary();
        old["input"] = new Dictionary<string, object?> { ["act"] = "Answer" };
        old["context"] = new Dictionary<string, object?>();

        var read = RecordColumns.ToRecord(old);

        var expected = new DecisionRecord
        {
            RequestId = full.RequestId, ConversationId = full.ConversationId, UserKey = full.UserKey, Timestamp = full.Timestamp, Turn = full.Turn,
            Exploring = full.Exploring, ExplorationScheme = full.ExplorationScheme, FeatureSchemaVersion = full.FeatureSchemaVersion,
            CatalogFingerprint = full.CatalogFingerprint, Input = new UserMeaning { Act = UserAct.Answer }, Context = new PolicyContext(), Candidates = [],
            Chosen = full.Chosen, Propensity = full.Propensity, Offered = new OfferedContent(),
        };
        Assert.Equal(JsonLinesDecisionLog.Serialize(expected), JsonLinesDecisionLog.Serialize(read!));
    }

    [Theory]
    [InlineData("requestid")]
    [InlineData("timestamp")]
    [InlineData("input.act")]
    [InlineData("candidates.action")]
    [InlineData("context")]
    public void ToRecord_RequiredColumnNull_FailsNamingIt(string path)
    {
        var row = RecordColumns.ToRow(RecordSamples.EveryFieldSet()[0]);
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? row : row[parts[0]] switch
        {
            IList list => (Dictionary<string, object?>)list[0]!,
            var member => (Dictionary<string, object?>)member!,
        };
        parent[parts[^1]] = null;

        var error = Assert.Throws<InvalidDataException>(() => RecordColumns.ToRecord(row));

        Assert.Contains($"'{path}'", error.Message);
    }

    [Fact]
    public void ToRecord_UnknownActOrTimestamp_FailsAsBadData()
    {
        var row = RecordColumns.ToRow(RecordSamples.EveryFieldSet()[0]);
        row["timestamp"] = "yesterday";

        Assert.Throws<InvalidDataException>(() => RecordColumns.ToRecord(row));
    }

    private static IEnumerable<(string Path, object Owner, PropertyInfo Property, object? Value)> Fields(object owner, string path)
    {
        var properties = owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null);
        foreach (var property in properties)
        {
            var value = property.GetValue(owner);
            var here = $"{path}.{property.Name}";
            yield return (here, owner, property, value);
            IEnumerable<(object? Item, string Path)> nested = value is IEnumerable items and not string
                ? items.Cast<object?>().Select((item, i) => (item, $"{here}[{i}]"))
                : [(value, here)];
            foreach (var (item, itemPath) in nested)
            {
                // Recurse into the project's own types (meaning, context, candidates, offered, item), not into strings or floats.
                if (item?.GetType().Namespace?.StartsWith("AlexaMusicSkill", StringComparison.Ordinal) == true)
                {
                    foreach (var field in Fields(item, itemPath))
                    {
                        yield return field;
                    }
                }
            }
        }
    }

    /// <summary>Null, empty, the type's default, or what a new instance of the owner holds (its initializer).</summary>
    private static bool IsDefault(object owner, PropertyInfo property, object? value)
    {
        if (value is null || value is string { Length: 0 } || (value is IEnumerable items and not string && !items.Cast<object>().Any()))
        {
            return true;
        }

        var type = owner.GetType();
        var fresh = type.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(type);
        return Equals(value, property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null)
            || (fresh is not null && Equals(value, property.GetValue(fresh)));
    }
}
