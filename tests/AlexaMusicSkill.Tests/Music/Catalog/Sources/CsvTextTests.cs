using AlexaMusicSkill.Music.Catalog.Sources;

namespace AlexaMusicSkill.Tests.Music.Catalog.Sources;

public sealed class CsvTextTests
{
    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndLineBreaks_FollowsRfc4180()
    {
        var records = CsvText.Parse("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nlast,,\n", out var error);

        Assert.Null(error);
        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["x, y", "say \"hi\"", "two\r\nlines"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["last", string.Empty, string.Empty], records[2].Fields);
        Assert.Equal(5, records[2].Line);
    }

    [Theory]
    [InlineData("a,\"b\nc", 1, "never closed")]
    [InlineData("a,b\nc,d\"e\"", 2, "quote inside an unquoted value")]
    [InlineData("a,b\n\"c\"d,e", 2, "text after its closing quote")]
    public void Parse_BrokenQuoting_ReportsLine(string text, int line, string why)
    {
        CsvText.Parse(text, out var error);

        Assert.NotNull(error);
        Assert.Equal(line, error.Value.Line);
        Assert.Contains(why, error.Value.Message, StringComparison.Ordinal);
    }
}
