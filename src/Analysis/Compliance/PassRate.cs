using System.Globalization;

namespace Monitor.Analysis.Compliance;

/// <summary>合格率 as the seed notices print it: one decimal (98.2%, 99.7%), but a clean 100% and 0%.</summary>
public static class PassRate
{
    public static string Format(int checkedCount, int failed)
    {
        if (checkedCount == 0)
        {
            return "—";
        }
        var passed = checkedCount - failed;
        if (passed == checkedCount)
        {
            return "100%";
        }
        if (passed == 0)
        {
            return "0%";
        }
        // Rounded half away from zero on the exact fraction, as a hand calculation would be.
        var tenths = Math.Round(passed * 1000m / checkedCount, MidpointRounding.AwayFromZero) / 10m;
        return tenths.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }
}
