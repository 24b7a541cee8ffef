using System.Text;
using Monitor.Analysis.Inspection;

namespace Monitor.Analysis.Text;

/// <summary>Builds a text char by char together with the original span of every char.</summary>
internal sealed class MappedTextBuilder(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private int[] _starts = new int[Math.Max(16, capacity)];
    private int[] _ends = new int[Math.Max(16, capacity)];

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public int EndOf(int index) => _ends[index];

    public void Append(char c, int start, int end)
    {
        if (_text.Length == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _ends.Length * 2);
        }
        _starts[_text.Length] = start;
        _ends[_text.Length] = end;
        _text.Append(c);
    }

    /// <summary>Widens the original span of the last char (a folded whitespace run absorbs what it replaced).</summary>
    public void ExtendLast(int end)
    {
        var last = _text.Length - 1;
        _ends[last] = Math.Max(_ends[last], end);
    }

    public void ReplaceLast(char c) => _text[_text.Length - 1] = c;

    public void RemoveLast() => _text.Length--;

    public InspectionText Build(string original)
    {
        var n = _text.Length;
        return new InspectionText(original, _text.ToString(), _starts[..n], _ends[..n]);
    }

    /// <summary>Feeds the built chars, each with its original span, to another pass.</summary>
    public void CopyTo(Action<char, int, int> sink)
    {
        for (var i = 0; i < _text.Length; i++)
        {
            sink(_text[i], _starts[i], _ends[i]);
        }
    }
}
