using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Monitor.Dashboard.Pages;

/// <summary>
/// The page behind <c>UseExceptionHandler</c> and <c>UseStatusCodePagesWithReExecute</c>: a Chinese explanation instead
/// of a blank 500 or 404. Anonymous, so that a not-found before log-in does not turn into a log-in loop; it shows no data.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";

    public string Message { get; private set; } = "";

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        (Title, Message) = status switch
        {
            StatusCodes.Status400BadRequest => ("请求有误", "提交的内容无法处理，请返回上一页检查后重试。"),
            StatusCodes.Status403Forbidden => ("没有权限", "当前账号没有访问此页面的权限。"),
            StatusCodes.Status404NotFound => ("页面不存在", "要访问的页面或记录不存在，可能已被删除或地址有误。"),
            StatusCodes.Status405MethodNotAllowed => ("请求方式不支持", "此页面不支持这种请求方式。"),
            _ => ("系统出错", "处理请求时出错，已记录在服务器日志中。请稍后重试；如果问题持续，请联系管理员。"),
        };
        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
        // A re-executed status page keeps the original status code; a direct visit gets the one it names.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null)
        {
            Response.StatusCode = status;
        }
    }
}
