using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Monitor.Dashboard.Charts;

/// <summary>Horizontal bar chart as inline SVG, drawn on the server: no script, nothing loaded from elsewhere.</summary>
public static class SvgBars
{
    /// <summary><paramref name="Link"/>, when given, opens what the bar counts (the filtered list).</summary>
    public sealed record Bar(string Label, double Ratio, string Caption, string? Link = null);

    // Chinese labels stay characters, as in the rest of the page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const int LabelWidth = 130, BarWidth = 300, RowHeight = 22;

    public static IHtmlContent Render(string title, IReadOnlyList<Bar> bars)
    {
        var height = bars.Count * RowHeight + 4;
        var width = LabelWidth + BarWidth + 110;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        sb.Append("<title>").Append(Encoder.Encode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = i * RowHeight + 2;
            var w = Math.Round(Math.Clamp(b.Ratio, 0, 1) * BarWidth, 1);
            var colour = b.Ratio >= 0.95 ? "#2e7d32" : b.Ratio >= 0.8 ? "#f9a825" : "#c62828";
            if (b.Link is not null)
            {
                sb.Append("<a href=\"").Append(Enc(b.Link)).Append("\">");
            }
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{Enc(b.Label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{BarWidth}\" height=\"16\" fill=\"#eee\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{w}\" height=\"16\" fill=\"{colour}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 15}\">{Enc(b.Caption)}</text>");
            if (b.Link is not null)
            {
                sb.Append("</a>");
            }
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    private static string Enc(string s) => Encoder.Encode(s);
}
