using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monitor.Analysis.Inspection;
using Monitor.Dashboard.Review;
using Monitor.Shared;

namespace Monitor.Dashboard.Pages;

/// <summary>发布前自查: the same inspectors as the sweep on a draft; nothing is stored.</summary>
public class CheckModel(LineChecker checker, TimeProvider time) : PageModel
{
    public sealed record Segment(string Text, MappedFinding? Finding);

    [BindProperty] public string? Draft { get; set; }
    public IReadOnlyList<MappedFinding>? Findings { get; private set; }
    public List<Segment> Segments { get; private set; } = [];
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The draft with its findings in <c>mark</c>, every piece of text encoded, nothing added between them.</summary>
    public IHtmlContent Highlighted()
    {
        var html = new HtmlContentBuilder();
        foreach (var s in Segments)
        {
            if (s.Finding is null)
            {
                html.Append(s.Text);
                continue;
            }
            html.AppendHtml("<mark title=\"").Append(s.Finding.Message).AppendHtml("\">").Append(s.Text).AppendHtml("</mark>");
        }
        return html;
    }

    public async Task OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is { Length: > 0 })
        {
            try
            {
                Draft = await DraftReader.ReadAsync(upload, ct);
            }
            catch (InvalidDataException e)
            {
                Error = e.Message;
                return;
            }
        }
        if (string.IsNullOrWhiteSpace(Draft))
        {
            Error = "请粘贴文稿或上传文件。";
            return;
        }
        Findings = checker.Check(Draft, ChinaTime.Today(time)).OrderBy(f => f.Start).ToList();
        var at = 0;
        foreach (var f in Findings.Where(f => f.Start >= 0 && f.Start + f.Length <= Draft.Length))
        {
            if (f.Start < at)
            {
                continue; // overlapping spans: the first one is highlighted, every finding is still listed
            }
            Segments.Add(new Segment(Draft[at..f.Start], null));
            Segments.Add(new Segment(Draft.Substring(f.Start, f.Length), f));
            at = f.Start + f.Length;
        }
        Segments.Add(new Segment(Draft[at..], null));
    }
}
