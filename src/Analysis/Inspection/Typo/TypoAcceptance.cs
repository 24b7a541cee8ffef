namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// The last word on a candidate the language model prefers. The model learned government documents only, so a word
/// it has rarely seen (盲盒, 戴好头盔, 救火) looks like a typo to it. The learned acceptance model (when loaded and
/// <see cref="TypoOptions.AcceptanceModel"/> is on) weighs the candidate's gain against how common the words before
/// and after are in general Chinese and in jieba's dictionary, at a score calibrated to
/// <see cref="TypoOptions.TargetFalseAlarmRate"/>; without it, a simple broad-vocabulary rule may veto
/// (<see cref="TypoOptions.BroadKnownFrequency"/>). Either way a Han char with no Han neighbour (the 男/女 column of a
/// 公示 list) is a table cell, not a word the model can judge.
/// </summary>
internal sealed class TypoAcceptance
{
    private readonly TypoOptions _options;
    private readonly AcceptanceModel? _model;
    private readonly double _threshold;
    private readonly float _known;

    public TypoAcceptance(TypoOptions options, AcceptanceModel? model)
    {
        _options = options;
        _model = options.AcceptanceModel ? model : null;
        _threshold = _model?.ThresholdFor(options.TargetFalseAlarmRate) ?? 0;
        _known = (float)Math.Log10(1 + options.BroadKnownFrequency);
    }

    public bool Accept(in CandidateFeatures f)
    {
        if (_options.SkipLoneChars && f.HanNeighbours == 0 && f.Length == 1)
        {
            return false;
        }
        if (_model is not null)
        {
            Span<float> x = stackalloc float[CandidateFeatures.Count];
            f.CopyTo(x);
            return _model.Score(x) >= _threshold;
        }
        return !(_options.BroadKnownFrequency > 0 && f.OriginalBroad >= _known
            && f.ReplacementBroad - f.OriginalBroad < _options.BroadMargin);
    }
}
