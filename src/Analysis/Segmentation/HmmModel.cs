using System.Buffers.Binary;
using System.IO.Compression;

namespace Monitor.Analysis.Segmentation;

/// <summary>
/// jieba's finalseg model: BMES states with start, transition and emission log probabilities, loaded from
/// <c>models/jieba/hmm.bin.gz</c>. States are numbered in letter order (B, E, M, S) so that "ties go to the later
/// letter", which is how Python's tuple comparison breaks them, becomes "ties go to the larger index".
/// </summary>
internal sealed class HmmModel
{
    public const int B = 0, E = 1, M = 2, S = 3;

    /// <summary>finalseg's MIN_FLOAT: the log probability of what the tables do not list.</summary>
    public const double MinFloat = -3.14e100;

    private HmmModel(double[] start, double[] transition, double[] emission)
    {
        Start = start;
        Transition = transition;
        Emission = emission;
    }

    public double[] Start { get; }

    /// <summary>[from * 4 + to].</summary>
    public double[] Transition { get; }

    /// <summary>[character * 4 + state], <see cref="MinFloat"/> where jieba has no entry.</summary>
    public double[] Emission { get; }

    public static HmmModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!bytes[..8].SequenceEqual("JIEBAHMM"u8))
        {
            throw new InvalidDataException($"{path}: not a jieba HMM file (run scripts/extract-jieba.py)");
        }
        var at = 8;
        var start = ReadDoubles(bytes, ref at, 4);
        var transition = ReadDoubles(bytes, ref at, 16);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        var emission = new double[(char.MaxValue + 1) * 4];
        Array.Fill(emission, MinFloat);
        for (var i = 0; i < count; i++)
        {
            var c = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
            at += 2;
            ReadDoubles(bytes, ref at, 4).CopyTo(emission, c * 4);
        }
        return new HmmModel(start, transition, emission);
    }

    private static double[] ReadDoubles(ReadOnlySpan<byte> bytes, ref int at, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++, at += 8)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[at..]);
        }
        return values;
    }
}
