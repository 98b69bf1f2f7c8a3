using System.Text.Json;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Deployment;

/// <summary>
/// The record export of template.yaml (EnableRecordExport): log group → subscription filter → Firehose (decompression,
/// message extraction, Parquet against the Glue table) → encrypted, expiring S3 bucket, with least-privilege roles.
/// Read from the offline SAM transform with the conditions resolved as CloudFormation would.
/// </summary>
public sealed class RecordExportTemplateTests
{
    private static readonly string[] ExportTypes =
    [
        "AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::KinesisFirehose::DeliveryStream", "AWS::Logs::SubscriptionFilter",
        "AWS::Glue::Database", "AWS::Glue::Table", "AWS::Athena::WorkGroup",
    ];

    [Fact]
    public async Task Transform_ByDefault_CreatesNoExportResources()
    {
        var resources = await SamTemplate.ResourcesAsync();

        Assert.DoesNotContain(resources, r => ExportTypes.Contains(r.Type));
        Assert.Single(resources, r => r.Type == "AWS::IAM::Role");
        Assert.Single(resources, r => r.Type == "AWS::Logs::LogGroup");
    }

    [Fact]
    public async Task Transform_ExportEnabled_CreatesEachPieceOnce()
    {
        var resources = await Enabled();

        Assert.All(ExportTypes, type => Assert.Single(resources, r => r.Type == type));
        Assert.Equal(3, resources.Count(r => r.Type == "AWS::IAM::Role"));
    }

    [Fact]
    public async Task Transform_SubscriptionFilter_SendsOnlyRecordLinesToFirehose()
    {
        var filter = Assert.Single(await Enabled(), r => r.Type == "AWS::Logs::SubscriptionFilter").Properties;

        Assert.Equal("SkillLogGroup", filter.GetProperty("LogGroupName").GetProperty("Ref").GetString());
        var pattern = filter.GetProperty("FilterPattern").GetString()!;
        Assert.StartsWith("{", pattern, StringComparison.Ordinal);
        foreach (var type in new[] { "decision", "outcome", "listening" })
        {
            Assert.Contains($"($.recordType = \"{type}\")", pattern, StringComparison.Ordinal);
        }

        Assert.Equal(["RecordDeliveryStream", "Arn"], GetAtt(filter.GetProperty("DestinationArn")));
        Assert.Equal(["RecordSubscriptionRole", "Arn"], GetAtt(filter.GetProperty("RoleArn")));
    }

    [Fact]
    public async Task Transform_DeliveryStream_DecompressesExtractsAndConvertsToParquet()
    {
        var stream = Assert.Single(await Enabled(), r => r.Type == "AWS::KinesisFirehose::DeliveryStream").Properties;
        var s3 = stream.GetProperty("ExtendedS3DestinationConfiguration");

        var processors = s3.GetProperty("ProcessingConfiguration").GetProperty("Processors").EnumerateArray()
            .Select(p => (p.GetProperty("Type").GetString(), p.GetProperty("Parameters").EnumerateArray()
                .Select(x => x.GetProperty("ParameterName").GetString() + "=" + x.GetProperty("ParameterValue").GetString()).Single()))
            .ToList();
        Assert.Equal([("Decompression", "CompressionFormat=GZIP"), ("CloudWatchLogProcessing", "DataMessageExtraction=true")], processors);

        var conversion = s3.GetProperty("DataFormatConversionConfiguration");
        Assert.True(conversion.GetProperty("Enabled").GetBoolean());
        Assert.True(conversion.GetProperty("InputFormatConfiguration").GetProperty("Deserializer").GetProperty("OpenXJsonSerDe").GetProperty("CaseInsensitive").GetBoolean());
        Assert.Equal("SNAPPY", conversion.GetProperty("OutputFormatConfiguration").GetProperty("Serializer").GetProperty("ParquetSerDe").GetProperty("Compression").GetString());
        var schema = conversion.GetProperty("SchemaConfiguration");
        Assert.Equal("RecordTable", schema.GetProperty("TableName").GetProperty("Ref").GetString());
        Assert.Equal("RecordDatabase", schema.GetProperty("DatabaseName").GetProperty("Ref").GetString());
        Assert.Equal("UNCOMPRESSED", s3.GetProperty("CompressionFormat").GetString());
        Assert.StartsWith("records/dt=!{timestamp:yyyy-MM-dd}", s3.GetProperty("Prefix").GetString(), StringComparison.Ordinal);
        Assert.Equal(".parquet", s3.GetProperty("FileExtension").GetString());
    }

    [Fact]
    public async Task Transform_Bucket_IsEncryptedPrivateAndExpiresRecords()
    {
        var resources = await Enabled();
        var bucket = Assert.Single(resources, r => r.Type == "AWS::S3::Bucket").Properties;

        var encryption = Assert.Single(bucket.GetProperty("BucketEncryption").GetProperty("ServerSideEncryptionConfiguration").EnumerateArray());
        Assert.Equal("AES256", encryption.GetProperty("ServerSideEncryptionByDefault").GetProperty("SSEAlgorithm").GetString());
        var block = bucket.GetProperty("PublicAccessBlockConfiguration");
        Assert.All(["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"], p => Assert.True(block.GetProperty(p).GetBoolean()));
        var rules = bucket.GetProperty("LifecycleConfiguration").GetProperty("Rules").EnumerateArray().ToList();
        var records = Assert.Single(rules, r => r.TryGetProperty("Prefix", out var p) && p.GetString() == "records/");
        Assert.Equal("RecordRetentionDays", records.GetProperty("ExpirationInDays").GetProperty("Ref").GetString());
        var policy = Assert.Single(resources, r => r.Type == "AWS::S3::BucketPolicy").Properties;
        var deny = Assert.Single(policy.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray());
        Assert.Equal("Deny", deny.GetProperty("Effect").GetString());
        Assert.Equal("false", deny.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport").GetString());
    }

    [Fact]
    public async Task Transform_DeliveryRole_WritesTheBucketReadsTheTableAndNothingElse()
    {
        var role = Assert.Single(await Enabled(), r => r.Name == "RecordDeliveryRole");
        var statements = SamTemplate.PolicyStatements(role);

        var actions = statements.SelectMany(SamTemplate.Actions).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "glue:GetTable", "glue:GetTableVersion", "glue:GetTableVersions", "logs:PutLogEvents",
                "s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject",
            ],
            actions);
        Assert.All(statements, s => Assert.Equal("Allow", s.GetProperty("Effect").GetString()));
        Assert.DoesNotContain(statements, s => s.GetProperty("Resource").ValueKind == JsonValueKind.String && s.GetProperty("Resource").GetString() == "*");
        var trust = Assert.Single(role.Properties.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement").EnumerateArray());
        Assert.Equal("firehose.amazonaws.com", trust.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("AWS::AccountId", trust.GetProperty("Condition").GetProperty("StringEquals").GetProperty("sts:ExternalId").GetProperty("Ref").GetString());
    }

    [Fact]
    public async Task Transform_SubscriptionRole_MayOnlyPutIntoTheDeliveryStream()
    {
        var role = Assert.Single(await Enabled(), r => r.Name == "RecordSubscriptionRole");

        var statement = Assert.Single(SamTemplate.PolicyStatements(role));
        Assert.Equal(["firehose:PutRecord", "firehose:PutRecordBatch"], SamTemplate.Actions(statement).Order(StringComparer.Ordinal));
        Assert.Equal(["RecordDeliveryStream", "Arn"], GetAtt(statement.GetProperty("Resource")));
        var trust = Assert.Single(role.Properties.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement").EnumerateArray());
        Assert.Equal("logs.amazonaws.com", trust.GetProperty("Principal").GetProperty("Service").GetString());
    }

    [Fact]
    public async Task Transform_GlueTable_IsParquetWithProjectedDayPartitions()
    {
        var table = Assert.Single(await Enabled(), r => r.Type == "AWS::Glue::Table").Properties.GetProperty("TableInput");

        Assert.Equal("records", table.GetProperty("Name").GetString());
        Assert.Equal("true", table.GetProperty("Parameters").GetProperty("projection.enabled").GetString());
        Assert.Equal("dt", Assert.Single(table.GetProperty("PartitionKeys").EnumerateArray()).GetProperty("Name").GetString());
        var storage = table.GetProperty("StorageDescriptor");
        Assert.Equal("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", storage.GetProperty("SerdeInfo").GetProperty("SerializationLibrary").GetString());
        Assert.Contains(storage.GetProperty("Columns").EnumerateArray(), c => c.GetProperty("Name").GetString() == "recordtype");
    }

    [Fact]
    public async Task Transform_ExportLogGroups_KeepTheConfiguredRetention()
    {
        var groups = (await Enabled()).Where(r => r.Type == "AWS::Logs::LogGroup").ToList();

        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal("LogRetentionDays", g.Properties.GetProperty("RetentionInDays").GetProperty("Ref").GetString()));
    }

    private static Task<IReadOnlyList<TemplateResource>> Enabled() => SamTemplate.ResourcesAsync("EnableRecordExport=true");

    private static IEnumerable<string?> GetAtt(JsonElement value) => value.GetProperty("Fn::GetAtt").EnumerateArray().Select(e => e.GetString());
}
