using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.TestSupport;
using Parquet;

namespace AlexaMusicSkill.Offline.Tests.Logs.Parquet;

public sealed class RecordTableSchemaTests
{
    [Fact]
    public async Task Template_GlueTableColumns_AreTheSchemaThisProjectWrites()
    {
        var resources = await SamTemplate.ResourcesAsync("EnableRecordExport=true");

        var table = Assert.Single(resources, r => r.Type == "AWS::Glue::Table").Properties;
        var columns = table.GetProperty("TableInput").GetProperty("StorageDescriptor").GetProperty("Columns").EnumerateArray()
            .Select(c => (c.GetProperty("Name").GetString()!, c.GetProperty("Type").GetString()!))
            .ToList();
        Assert.True(
            RecordTableSchema.Columns.SequenceEqual(columns),
            "template.yaml's Glue columns differ from the records schema; paste this block:\n" + RecordTableSchema.ToYaml("            "));
    }

    [Fact]
    public async Task Template_GlueTableColumns_AreTheColumnsOfAWrittenFile()
    {
        var resources = await SamTemplate.ResourcesAsync("EnableRecordExport=true");
        var parquet = Path.Combine(Path.GetTempPath(), $"records-schema-{Guid.NewGuid():N}.parquet");
        try
        {
            await ParquetRecordFile.WriteAsync(RecordSamples.EveryFieldSet(), parquet, TestContext.Current.CancellationToken);
            var written = await ParquetReader.ReadSchemaAsync(parquet);

            var table = Assert.Single(resources, r => r.Type == "AWS::Glue::Table").Properties;
            var columns = table.GetProperty("TableInput").GetProperty("StorageDescriptor").GetProperty("Columns").EnumerateArray()
                .Select(c => (c.GetProperty("Name").GetString()!, c.GetProperty("Type").GetString()!));
            Assert.Equal(columns, written.Fields.Select(f => (f.Name, RecordTableSchema.HiveType(f))));
        }
        finally
        {
            File.Delete(parquet);
        }
    }

    [Fact]
    public void Columns_CoverEveryRecordField_WithJsonKeysLowerCased()
    {
        var names = RecordTableSchema.Columns.Select(c => c.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "recordtype", "conversationid", "userkey", "arm", "policyversion", "chosen", "propensity", "candidates", "outcome", "turns", "listeningseconds", "seconds" },
            names);
        Assert.All(names, n => Assert.Equal(n.ToLowerInvariant(), n));
        Assert.Equal("array<struct<action:string,score:double,probability:double,poolshare:double,affinity:double,features:array<float>>>", RecordTableSchema.Columns.Single(c => c.Name == "candidates").Type);
    }
}
