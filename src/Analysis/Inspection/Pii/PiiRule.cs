namespace Monitor.Analysis.Inspection.Pii;

/// <summary>The three personal-data rules, their stable ids and the reviewer's message.</summary>
internal sealed record PiiRule(string Id, string Message)
{
    public static readonly PiiRule IdCard = new("pii.id-card", "疑似公开公民身份号码，属个人信息泄露，请删除或隐去中间位后再发布");
    public static readonly PiiRule Mobile = new("pii.mobile", "疑似公开个人手机号码，属个人信息泄露，请删除或隐去中间四位后再发布");
    public static readonly PiiRule BankCard = new("pii.bank-card", "疑似公开银行卡号，属个人信息泄露，请删除或隐去后再发布");
}
