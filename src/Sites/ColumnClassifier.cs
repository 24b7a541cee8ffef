using Microsoft.Extensions.Options;

namespace Monitor.Sites;

/// <summary>Classifies a column by its name with the configurable table; the default table is what portals call their columns.</summary>
public sealed class ColumnClassifier(IOptions<SitesOptions> options)
{
    public static readonly IReadOnlyList<ColumnClassRule> Defaults =
    [
        // 政策解读 and 图解 are their own indicator, not 政策文件: checked first so 政策 does not catch them.
        new() { Class = ColumnClass.Other, Keywords = ["解读", "图解", "专题"] },
        new() { Class = ColumnClass.Interaction, Keywords = ["留言", "咨询", "信箱", "建言", "问答", "诉求", "来信", "互动"] },
        new() { Class = ColumnClass.Notice, Keywords = ["通知公告", "公告", "公示", "通知", "政策文件", "文件", "政策", "规章", "规范性"] },
        new() { Class = ColumnClass.Dynamic, Keywords = ["动态", "要闻", "新闻", "资讯", "快讯", "头条", "简报", "工作信息"] },
    ];

    private readonly IReadOnlyList<ColumnClassRule> _rules = options.Value.ColumnClasses is { Count: > 0 } custom ? custom : Defaults;

    public ColumnClass Classify(string name)
    {
        foreach (var rule in _rules)
        {
            if (rule.Keywords.Any(k => name.Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                return rule.Class;
            }
        }
        return ColumnClass.Other;
    }

    public static string Json(ColumnClass c) => c switch
    {
        ColumnClass.Dynamic => "dynamic",
        ColumnClass.Notice => "notice",
        ColumnClass.Interaction => "interaction",
        _ => "other",
    };

    public static string Chinese(ColumnClass c) => c switch
    {
        ColumnClass.Dynamic => "动态要闻类",
        ColumnClass.Notice => "通知公告/政策文件类",
        ColumnClass.Interaction => "政务咨询类",
        _ => "其他",
    };
}
