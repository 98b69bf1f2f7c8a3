namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>Turns byte offsets into 1-based line numbers, because JSON tokens only know their offsets.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = [0];

    public LineIndex(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineOf(long offset)
    {
        var found = _lineStarts.BinarySearch((int)offset);
        return found >= 0 ? found + 1 : ~found;
    }
}
