using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's prefix dictionary (every word with its frequency, every prefix of a word with 0) as a read-only trie in
/// breadth-first order, loaded from <c>models/jieba/dict.bin.gz</c> (built by <c>scripts/extract-jieba.py</c>).
/// A node's children are contiguous and sorted by label; the root's children are found through a 64K table.
/// </summary>
internal sealed class PrefixTrie
{
    public const int None = -1;

    private readonly char[] _labels;
    private readonly int[] _firstChild; // children of n are [_firstChild[n], _firstChild[n + 1])
    private readonly int[] _rootChild;  // by character; None when no word starts with it

    private PrefixTrie(char[] labels, int[] firstChild, int[] frequencies, double[] logFrequencies, long total)
    {
        _labels = labels;
        _firstChild = firstChild;
        Frequencies = frequencies;
        LogFrequencies = logFrequencies;
        Total = total;
        _rootChild = new int[char.MaxValue + 1];
        Array.Fill(_rootChild, None);
        for (var n = firstChild[0]; n < firstChild[1]; n++)
        {
            _rootChild[labels[n]] = n;
        }
    }

    /// <summary>Frequency of the word ending at a node; 0 for a prefix that is not a word.</summary>
    public int[] Frequencies { get; }

    /// <summary><c>Math.Log</c> of <see cref="Frequencies"/>, computed once (0 where the frequency is 0).</summary>
    public double[] LogFrequencies { get; }

    /// <summary>Sum of the frequencies of all dictionary lines (jieba's <c>total</c>).</summary>
    public long Total { get; }

    public int NodeCount => _labels.Length;

    public int RootChild(char c) => _rootChild[c];

    public int Child(int node, char c)
    {
        int lo = _firstChild[node], hi = _firstChild[node + 1] - 1;
        var labels = _labels;
        // Most nodes have a handful of children: scan; a few (frequent prefixes) have hundreds: bisect.
        while (hi - lo > 8)
        {
            var mid = (lo + hi) >>> 1;
            if (labels[mid] < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (; lo <= hi; lo++)
        {
            if (labels[lo] == c)
            {
                return lo;
            }
        }
        return None;
    }

    /// <summary>The node of <paramref name="fragment"/>, or <see cref="None"/> when it is no prefix of a word.</summary>
    public int Find(ReadOnlySpan<char> fragment)
    {
        if (fragment.IsEmpty)
        {
            return None;
        }
        var node = RootChild(fragment[0]);
        for (var i = 1; i < fragment.Length && node != None; i++)
        {
            node = Child(node, fragment[i]);
        }
        return node;
    }

    public static PrefixTrie Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        Span<byte> header = stackalloc byte[24];
        gzip.ReadExactly(header);
        if (!header[..8].SequenceEqual("JIEBADAG"u8) || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != 1)
        {
            throw new InvalidDataException($"{path}: not a jieba dictionary of format 1 (run scripts/extract-jieba.py)");
        }
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var total = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        var labels = new char[count];
        var childCounts = new ushort[count];
        var frequencies = new int[count];
        gzip.ReadExactly(MemoryMarshal.AsBytes(labels.AsSpan()));
        gzip.ReadExactly(MemoryMarshal.AsBytes(childCounts.AsSpan()));
        gzip.ReadExactly(MemoryMarshal.AsBytes(frequencies.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the jieba dictionary is stored little-endian");
        }

        var firstChild = new int[count + 1];
        var next = 1;
        for (var n = 0; n < count; n++)
        {
            firstChild[n] = next;
            next += childCounts[n];
        }
        firstChild[count] = next;
        var logs = new double[count];
        for (var n = 0; n < count; n++)
        {
            logs[n] = frequencies[n] > 0 ? Math.Log(frequencies[n]) : 0;
        }
        return new PrefixTrie(labels, firstChild, frequencies, logs, total);
    }
}
