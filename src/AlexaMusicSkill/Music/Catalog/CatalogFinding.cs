namespace AlexaMusicSkill.Music.Catalog;

/// <summary>Errors refuse the catalog; warnings are reported but the catalog still loads.</summary>
public enum FindingSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in a catalog source, located for a person fixing it: the file, the 1-based line (the CSV header
/// is line 1; 0 means the file or setting as a whole), the field, and why it is a problem in plain English.
/// </summary>
public sealed record CatalogFinding(FindingSeverity Severity, string File, int Line, string Field, string Message)
{
    public bool IsError => Severity == FindingSeverity.Error;

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var field = Field.Length > 0 ? $" {Field}:" : string.Empty;
        return $"{where}: {(IsError ? "error" : "warning")}:{field} {Message}";
    }
}
