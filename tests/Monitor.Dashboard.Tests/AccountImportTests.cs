using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

public class AccountImportTests
{
    [DbFact]
    public async Task an_administrator_imports_a_register_file_and_the_import_is_audited(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider, migrate: false);
        await using var factory = new MonitorWebFactory(db, demo: false);
        var client = await factory.LoggedInClientAsync();
        var csv = "序号,地区/部门,主办单位,账号名称,平台,标识码,账号ID/链接,状态\n1,昭通市,昭通市教育体育局,昭通教育,微信公众号,530600M021WX0001,MzA5NDEyMzQ1Ng==,运行\n";
        var page = await client.GetStringAsync("/Accounts");
        var form = new MultipartFormDataContent
        {
            { new StringContent(MonitorWebFactory.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "upload", "register.csv" },
        };

        var response = await client.PostAsync("/Accounts?handler=Import", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("导入完成：新增 1 个", await response.Content.ReadAsStringAsync());
        await using var context = db.CreateContext();
        Assert.True(await context.Accounts.AnyAsync(a => a.Name == "昭通教育"));
        Assert.Equal("register.csv", (await context.AuditEntries.SingleAsync(a => a.Action == "account.import")).Target);
        Assert.Contains("昭通教育", await client.GetStringAsync("/Accounts?Name=教育"));
        Assert.DoesNotContain("昭通教育", await client.GetStringAsync("/Accounts?Platform=Weibo"));
    }
}
