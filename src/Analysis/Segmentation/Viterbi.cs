namespace Monitor.Analysis.Segmentation;

/// <summary>
/// finalseg's <c>viterbi</c> over the BMES states, with its arithmetic order and its tie-breaking, so every decision
/// matches jieba's to the bit: <c>(V[t-1][from] + trans[from][to]) + emit[to]</c>, and on equal probabilities the
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
            var e = observed[t] * 4;
            var at = t * 4;
            // B <- E|S, E <- B|M, M <- B|M, S <- E|S; the second of each pair is the later letter.
            Best(ve + trans[HmmModel.E * 4 + HmmModel.B], HmmModel.E, vs + trans[HmmModel.S * 4 + HmmModel.B], HmmModel.S, out var nb, out back[at + HmmModel.B]);
            Best(vb + trans[HmmModel.B * 4 + HmmModel.E], HmmModel.B, vm + trans[HmmModel.M * 4 + HmmModel.E], HmmModel.M, out var ne, out back[at + HmmModel.E]);
            Best(vb + trans[HmmModel.B * 4 + HmmModel.M], HmmModel.B, vm + trans[HmmModel.M * 4 + HmmModel.M], HmmModel.M, out var nm, out back[at + HmmModel.M]);
            Best(ve + trans[HmmModel.E * 4 + HmmModel.S], HmmModel.E, vs + trans[HmmModel.S * 4 + HmmModel.S], HmmModel.S, out var ns, out back[at + HmmModel.S]);
            vb = nb + emit[e + HmmModel.B];
            ve = ne + emit[e + HmmModel.E];
            vm = nm + emit[e + HmmModel.M];
            vs = ns + emit[e + HmmModel.S];
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

    private static void Best(double first, int firstState, double second, int secondState, out double probability, out byte state)
    {
        if (second >= first)
        {
            probability = second;
            state = (byte)secondState;
        }
        else
        {
            probability = first;
            state = (byte)firstState;
        }
    }
}
