using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Monitor.Dashboard.Review;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Pages;

public class QueueModel(ReviewQueue queue, ReviewActions actions, MonitorDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public QueueFilter Filter { get; set; } = new();
    public List<QueueItem> Items { get; private set; } = [];
    public List<GovAccount> Accounts { get; private set; } = [];
    /// <summary>The notice after a redirect: chosen by the server and kept in TempData, never read from the URL.</summary>
    [TempData] public string? Message { get; set; }

    public string? Error { get; private set; }
    /// <summary>How many findings match the filters, on every page.</summary>
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.RegionCode).ThenBy(a => a.Name).ToListAsync(ct);
        Error = Filter.Validate();
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Items = await queue.PageAsync(Filter, ct);
        var all = new QueueFilter
        {
            Status = Filter.Status,
            Kind = Filter.Kind,
            Region = Filter.Region,
            Platform = Filter.Platform,
            Account = Filter.Account,
            From = Filter.From,
            To = Filter.To,
            Text = Filter.Text,
        };
        Total = await queue.Query(all).CountAsync(ct);
        return Page();
    }

    /// <summary>One form for the page: a per-finding button sends <c>single=id:Status</c>; the bulk bar sends the ticked ids.</summary>
    public async Task<IActionResult> OnPostAsync(string? single, long[] ids, ReviewStatus? bulk, CancellationToken ct)
    {
        var actor = User.Identity!.Name!;
        int changed;
        if (single?.Split(':') is [var idText, var statusText] && long.TryParse(idText, out var id)
            && Enum.TryParse<ReviewStatus>(statusText, out var status))
        {
            changed = await actions.ReviewAsync([id], status, Request.Form[$"note-{id}"], Request.Form[$"allow-{id}"] == "on", actor, ct);
        }
        else if (bulk is { } bulkStatus && ids.Length > 0)
        {
            changed = await actions.ReviewAsync(ids, bulkStatus, Request.Form["bulkNote"], Request.Form["bulkAllow"] == "on", actor, ct);
        }
        else
        {
            // The queue again with the notes as typed, not a bare 400: nothing the reviewer wrote is lost.
            await OnGetAsync(ct);
            Error = bulk is null ? "请点击某条问题的“确认”“误报”或“已整改”按钮。" : "请先勾选要批量处理的问题。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Message = $"已处理 {changed} 条。";
        return Redirect(Request.Path + Request.QueryString);
    }

    /// <summary>A note typed before a refused post, shown again.</summary>
    public string? Typed(string field) => Request.HasFormContentType ? Request.Form[field].ToString() : null;

    public string NextPage() =>
        Request.Path + QueryWith(Filter.Oldest ? "Filter.After" : "Filter.Before", Items[^1].Finding.Id.ToString());

    private string QueryWith(string key, string value)
    {
        var query = Request.Query.Where(q => q.Key != key)
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query[key] = value;
        return Microsoft.AspNetCore.Http.QueryString.Create(query).ToString();
    }

    public static string KindName(FindingKind kind) => kind switch
    {
        FindingKind.Typo => "错别字",
        FindingKind.SevereMisstatement => "严重表述错误",
        FindingKind.PersonalDataLeak => "个人信息泄露",
        FindingKind.RepostWithoutSource => "转载未注明来源",
        _ => "其他",
    };
}
