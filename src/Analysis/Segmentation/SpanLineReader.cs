namespace Monitor.Analysis.Segmentation;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (ended by <c>\n</c>, <c>\r</c> or <c>\r\n</c>, as Python's
/// universal newlines) but hands each out as a span over its own buffer, so streaming a large input allocates nothing
/// per line. A line is valid until the next call.
/// </summary>
public sealed class SpanLineReader(TextReader reader, int bufferSize = 1 << 16)
{
    private char[] _buffer = new char[Math.Max(bufferSize, 2)];
    private int _start, _end;
    private bool _eof, _skipLineFeed;

    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        var scanFrom = _start;
        while (true)
        {
            if (_skipLineFeed && _start < _end)
            {
                // The previous line ended with a \r at the end of the buffer: a \n right after it belongs to it.
                _skipLineFeed = false;
                _start += _buffer[_start] == '\n' ? 1 : 0;
                scanFrom = _start;
            }
            var found = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOfAny('\r', '\n');
            if (found >= 0)
            {
                var at = scanFrom + found;
                line = _buffer.AsSpan(_start, at - _start);
                _start = at + 1;
                if (_buffer[at] == '\r')
                {
                    _skipLineFeed = true;
                }
                return true;
            }
            if (_eof)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return !line.IsEmpty;
            }
            var scanned = _end - _start;
            Fill();
            scanFrom = _start + scanned;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
    }
}
