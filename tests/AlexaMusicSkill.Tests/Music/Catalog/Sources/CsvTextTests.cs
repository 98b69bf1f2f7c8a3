using System.Text;
using AlexaMusicSkill.Music.Catalog.Sources;

namespace AlexaMusicSkill.Tests.Music.Catalog.Sources;

public sealed class CsvTextTests
{
    [Fact]
    public void TryRead_QuotedFieldsWithCommasQuotesAndLineBreaks_FollowsRfc4180()
    {
        var csv = new CsvText(Encoding.UTF8.GetBytes("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nlast, ,Rós\n"));

        var records = ReadAll(csv);

        Assert.Null(csv.Error);
        Assert.Equal(["1: a|b|c", "2: x, y|say \"hi\"|two\r\nlines", "5: last|(empty)|Rós"], records);
    }

    [Theory]
    [InlineData("a,\"b\nc", 1, "never closed")]
    [InlineData("a,b\nc,d\"e\"", 2, "quote inside an unquoted value")]
    [InlineData("a,b\n\"c\"d,e", 2, "text after its closing quote")]
    public void TryRead_BrokenQuoting_StopsWithLine(string text, int line, string why)
    {
        var csv = new CsvText(Encoding.UTF8.GetBytes(text));

        ReadAll(csv);

        Assert.NotNull(csv.Error);
        Assert.Equal(line, csv.Error.Value.Line);
        Assert.Contains(why, csv.Error.Value.Message, StringComparison.Ordinal);
    }

    private static List<string> ReadAll(CsvText csv)
    {
        var records = new List<string>();
        while (csv.TryRead(out var record))
        {
            var values = Enumerable.Range(0, record.FieldCount).Select(i => csv.Value(i) ?? "(empty)");
            records.Add($"{record.Line}: {string.Join('|', values)}");
        }

        return records;
    }
}
