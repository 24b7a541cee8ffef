using Monitor.Shared.Domain;

namespace Monitor.Dashboard.Rendering;

/// <summary>
/// What a reviewer reads instead of the codes the system stores: rule ids, audit actions, sweep triggers and source
/// coverage. An unknown code is shown as is (a new rule is still visible before it has a name here).
/// </summary>
public static class ChineseLabels
{
    private static readonly Dictionary<string, string> Rules = new()
    {
        ["update.two-week"] = "两周内更新",
        ["update.early-warning"] = "即将超过两周未更新",
        ["update.zombie"] = "长期不更新（僵尸号）",
        ["original.two-week"] = "两周内原创",
        ["pii.id-card"] = "身份证号",
        ["pii.mobile"] = "手机号",
        ["pii.bank-card"] = "银行卡号",
        ["misstatement.formulation"] = "规范表述",
        ["misstatement.leader-name"] = "领导人姓名",
        ["misstatement.leader-title"] = "领导人职务",
        ["misstatement.official-name"] = "机构名称",
        ["typo.confusable"] = "形近/音近错字",
        ["typo.de"] = "的地得误用",
        ["typo.misuse"] = "常见误用",
        ["typo.word"] = "错别字词",
    };

    private static readonly Dictionary<string, string> Actions = new()
    {
        ["finding.pending"] = "问题改回待复核",
        ["finding.confirmed"] = "确认问题",
        ["finding.dismissed"] = "标为误报",
        ["finding.fixed"] = "标为已整改",
        ["allowlist.add"] = "加入白名单",
        ["allowlist.remove"] = "移出白名单",
        ["lexicon.update"] = "修改词库",
        ["rules.update"] = "修改规则阈值",
        ["sweep.run"] = "立即巡检",
        ["account.import"] = "导入台账",
        ["user.add"] = "添加用户",
        ["user.reset-password"] = "重置密码",
        ["user.change-password"] = "修改本人密码",
        ["user.unlock"] = "解锁用户",
        ["user.disable"] = "停用用户",
        ["user.enable"] = "启用用户",
        ["user.delete"] = "删除用户",
        ["login.success"] = "登录",
        ["login.failure"] = "登录失败",
        ["login.lockout"] = "登录失败过多，暂停登录",
    };

    private static readonly Dictionary<string, string> Triggers = new()
    {
        ["manual"] = "手动",
        ["scheduled"] = "定时",
        ["demo"] = "演示数据",
        ["cli"] = "命令行",
    };

    public static string Rule(string ruleId) => Rules.GetValueOrDefault(ruleId, ruleId);

    public static string Action(string code) => Actions.GetValueOrDefault(code, code);

    public static string Trigger(string trigger) => Triggers.GetValueOrDefault(trigger, trigger);

    public static string FetchError(FetchErrorKind kind) => kind switch
    {
        FetchErrorKind.Network => "网络错误",
        FetchErrorKind.Timeout => "超时",
        FetchErrorKind.RateLimited => "请求过于频繁（限流）",
        FetchErrorKind.AntiCrawl => "被平台反爬拦截",
        FetchErrorKind.Unauthorized => "未授权",
        FetchErrorKind.TokenExpired => "授权已过期",
        FetchErrorKind.NotFound => "账号不存在或已注销",
        FetchErrorKind.AccountBlocked => "账号被封禁",
        FetchErrorKind.MalformedResponse => "平台返回的数据无法解析",
        FetchErrorKind.Configuration => "接入配置错误",
        FetchErrorKind.None => "无",
        _ => "未知错误",
    };

    public static string Coverage(Coverage coverage) => coverage switch
    {
        Monitor.Shared.Domain.Coverage.Full => "完整（可看到全部发文）",
        Monitor.Shared.Domain.Coverage.Partial => "部分（数据源看不到全部发文）",
        _ => "未知（尚未采集）",
    };
}
