using Microsoft.ML.Data;

namespace AlexaMusicSkill.Offline.Training;

/// <summary>ML.NET's view of a training row (the vector size is set at run time from the feature schema).</summary>
internal sealed class MlRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }

    public static SchemaDefinition Schema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(MlRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }
}
