namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// A word-level misuse (帐户 → 账户), with the context it needs when the wrong form is also right elsewhere: the token
/// after (<see cref="Next"/>), not the token before (<see cref="NotPrevious"/>), strings later in the sentence
/// (<see cref="Later"/>, <see cref="Unless"/>), a token later in the same clause (<see cref="Clause"/>).
/// </summary>
internal sealed record MisusePair(string Wrong, string Right, WordSet? Next, WordSet? NotPrevious, string[] Later, string[] Unless, WordSet? Clause)
{
    /// <summary>Parses <c>next=a|b prev!=c later=d unless=e clause=f</c>.</summary>
    public static MisusePair Parse(string wrong, string right, string conditions)
    {
        WordSet? next = null, notPrevious = null, clause = null;
        string[] later = [], unless = [];
        foreach (var condition in conditions.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = condition.IndexOf('=');
            if (eq < 0)
            {
                throw new FormatException($"misuse condition without '=': {condition}");
            }
            var values = condition[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries);
            switch (condition[..eq])
            {
                case "next": next = new WordSet(values); break;
                case "prev!": notPrevious = new WordSet(values); break;
                case "later": later = values; break;
                case "unless": unless = values; break;
                case "clause": clause = new WordSet(values); break;
                default: throw new FormatException($"unknown misuse condition: {condition}");
            }
        }
        return new MisusePair(wrong, right, next, notPrevious, later, unless, clause);
    }
}
