using Monitor.Analysis.Inspection;

namespace Monitor.Dashboard.Review;

/// <summary>Masks the personal-data spans the inspectors found before a post's text is shown.</summary>
public static class PiiMasking
{
    public static string Apply(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in spans)
        {
            if (start >= 0 && length > 0 && start + length <= chars.Length)
            {
                PersonalDataMask.MaskInPlace(chars, start, length);
            }
        }
        return new string(chars);
    }
}
