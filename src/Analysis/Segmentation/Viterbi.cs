namespace Monitor.Analysis.Segmentation;

/// <summary>
/// finalseg's <c>viterbi</c> over the BMES states, with its arithmetic order and its tie-breaking, so every decision
/// matches jieba's to the bit: <c>(V[t-1][from] + trans[from][to]) + emit[to]</c> compared as a whole, and on equal probabilities the
/// later state letter wins (Python compares the (probability, state) tuples).
/// </summary>
internal static class Viterbi
{
    public static ReadOnlySpan<byte> Decode(HmmModel model, ReadOnlySpan<char> observed, SegmentScratch scratch)
    {
        var length = observed.Length;
        scratch.EnsureHmm(length);
        var back = scratch.Back;
        var emit = model.Emission;
        var trans = model.Transition;
        var start = model.Start;
        var e0 = observed[0] * 4;
        double vb = start[HmmModel.B] + emit[e0 + HmmModel.B], ve = start[HmmModel.E] + emit[e0 + HmmModel.E];
        double vm = start[HmmModel.M] + emit[e0 + HmmModel.M], vs = start[HmmModel.S] + emit[e0 + HmmModel.S];
        for (var t = 1; t < length; t++)
        {
            var at = t * 4;
            var e = observed[t] * 4;
            double eb = emit[e + HmmModel.B], ee = emit[e + HmmModel.E], em = emit[e + HmmModel.M], es = emit[e + HmmModel.S];
            // B <- E|S, E <- B|M, M <- B|M, S <- E|S; the second of each pair is the later letter. The emission is
            // added before comparing: next to MIN_FLOAT it absorbs the difference and makes a tie, as in Python.
            var nb = Best(ve + trans[HmmModel.E * 4 + HmmModel.B] + eb, HmmModel.E, vs + trans[HmmModel.S * 4 + HmmModel.B] + eb, HmmModel.S, out back[at + HmmModel.B]);
            var ne = Best(vb + trans[HmmModel.B * 4 + HmmModel.E] + ee, HmmModel.B, vm + trans[HmmModel.M * 4 + HmmModel.E] + ee, HmmModel.M, out back[at + HmmModel.E]);
            var nm = Best(vb + trans[HmmModel.B * 4 + HmmModel.M] + em, HmmModel.B, vm + trans[HmmModel.M * 4 + HmmModel.M] + em, HmmModel.M, out back[at + HmmModel.M]);
            var ns = Best(ve + trans[HmmModel.E * 4 + HmmModel.S] + es, HmmModel.E, vs + trans[HmmModel.S * 4 + HmmModel.S] + es, HmmModel.S, out back[at + HmmModel.S]);
            (vb, ve, vm, vs) = (nb, ne, nm, ns);
        }

        var states = scratch.States;
        var state = vs >= ve ? HmmModel.S : HmmModel.E;
        for (var t = length - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = t > 0 ? back[t * 4 + state] : 0;
        }
        return states.AsSpan(0, length);
    }

    private static double Best(double first, int firstState, double second, int secondState, out byte state)
    {
        if (second >= first)
        {
            state = (byte)secondState;
            return second;
        }
        state = (byte)firstState;
        return first;
    }
}
