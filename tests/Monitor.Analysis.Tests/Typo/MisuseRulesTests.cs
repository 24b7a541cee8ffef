using Monitor.Shared.Domain;

namespace Monitor.Analysis.Tests.Typo;

/// <summary>The misuse rules (的/地/得 and word pairs) through the real typo inspector over <c>models/</c>.</summary>
public class MisuseRulesTests
{
    [Theory]
    [InlineData("他把这项工作做的很好。", "typo.de", 7, "的", "得", "“做的很好”中“的”应为“得”")]
    [InlineData("经济发展的越来越好。", "typo.de", 4, "的", "得", "“发展的越来越好”中“的”应为“得”")]
    [InlineData("这次活动办的特别成功。", "typo.de", 5, "的", "得", "“办的特别成功”中“的”应为“得”")]
    [InlineData("各支部要认真的学习贯彻会议精神。", "typo.de", 6, "的", "地", "“认真的学习”中“的”应为“地”")]
    [InlineData("我们要积极的参与社区志愿服务。", "typo.de", 5, "的", "地", "“积极的参与”中“的”应为“地”")]
    [InlineData("他认真的学习了文件。", "typo.de", 3, "的", "地", "“认真的学习”中“的”应为“地”")]
    [InlineData("要有针对性的开展政策宣讲。", "typo.de", 5, "的", "地", "“有针对性的开展”中“的”应为“地”")]
    [InlineData("更好的发挥基层党组织作用。", "typo.de", 2, "的", "地", "“更好的发挥”中“的”应为“地”")]
    [InlineData("必须坚定不移的贯彻新发展理念。", "typo.de", 6, "的", "地", "“坚定不移的贯彻”中“的”应为“地”")]
    [InlineData("有计划的安排年轻干部到基层锻炼。", "typo.de", 3, "的", "地", "“有计划的安排”中“的”应为“地”")]
    [InlineData("稳步的推进农村改革。", "typo.de", 2, "的", "地", "“稳步的推进”中“的”应为“地”")]
    [InlineData("有针对性的对改革进展情况进行督查。", "typo.de", 4, "的", "地", "“有针对性的对”中“的”应为“地”")]
    [InlineData("我们地工作离不开群众支持。", "typo.de", 2, "地", "的", "“我们地工作”中“地”应为“的”")]
    [InlineData("请核对帐户余额。", "typo.misuse", 3, "帐户", "账户", "“帐户”应为“账户”")]
    [InlineData("各单位要梳理安全“一本帐”。", "typo.misuse", 9, "一本帐", "一本账", "“一本帐”应为“一本账”")]
    [InlineData("各地要建立工作台帐。", "typo.misuse", 7, "台帐", "台账", "“台帐”应为“台账”")]
    [InlineData("好象没有什么问题。", "typo.misuse", 0, "好象", "好像", "“好象”应为“好像”")]
    [InlineData("就象雷锋一样热心助人。", "typo.misuse", 0, "就象", "就像", "“就象”应为“就像”")]
    [InlineData("以经完成了全年任务。", "typo.misuse", 0, "以经", "已经", "“以经完成”中“以经”应为“已经”")]
    [InlineData("要在接再厉，再创佳绩。", "typo.misuse", 1, "在接再厉", "再接再厉", "“在接再厉”应为“再接再厉”")]
    [InlineData("群众可以向有关部门反应问题。", "typo.misuse", 9, "反应", "反映", "“反应问题”中“反应”应为“反映”")]
    [InlineData("既使遇到困难，也要坚持到底。", "typo.misuse", 0, "既使", "即使", "“既使”应为“即使”")]
    [InlineData("即然决定了，就要做好。", "typo.misuse", 0, "即然", "既然", "“即然”应为“既然”")]
    [InlineData("我们在次强调安全生产。", "typo.misuse", 2, "在次", "再次", "“在次强调”中“在次”应为“再次”")]
    [InlineData("要作好防汛准备。", "typo.misuse", 1, "作好", "做好", "“作好”应为“做好”")]
    [InlineData("真正作到心中有数。", "typo.misuse", 2, "作到", "做到", "“作到”应为“做到”")]
    [InlineData("党的工做机关。", "typo.misuse", 2, "工做", "工作", "“工做”应为“工作”")]
    [InlineData("做为基层干部，要深入群众。", "typo.misuse", 0, "做为", "作为", "“做为”应为“作为”")]
    public void flags_the_misuse_once_with_the_text_that_replaces_the_span(string text, string rule, int start, string wrong, string suggestion, string message)
    {
        var finding = Assert.Single(GivenTypo.Check(text));
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(start, finding.Start);
        Assert.Equal(wrong, text.Substring(finding.Start, finding.Length));
        Assert.Equal(suggestion, finding.Suggestion);
        Assert.Equal(FindingKind.Typo, finding.Kind);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("疑似误用：" + message, finding.Message);
    }

    // Right as written: the other reading of 的, the standard forms (以往, 作为, 作出, 反应迅速), words that only look like a
    // misuse across a word boundary (以经济, 员工做好, 在次月, 对象是), and forms both standard (制订/制定, 作客/做客).
    [Theory]
    [InlineData("以往的经验值得借鉴。")]
    [InlineData("系统反应迅速，处置得当。")]
    [InlineData("两种物质发生化学反应。")]
    [InlineData("加强药品不良反应监测。")]
    [InlineData("做好药品不良反应问题的监测。")]
    [InlineData("建立快速反应机制。")]
    [InlineData("群众反映强烈。")]
    [InlineData("作为一名共产党员，要带头遵守纪律。")]
    [InlineData("发挥了重要作用。")]
    [InlineData("对作出突出贡献的单位给予表彰。")]
    [InlineData("积极的作用不可忽视。")]
    [InlineData("他始终保持认真的态度。")]
    [InlineData("要采取有效的措施。")]
    [InlineData("得到了社会各界广泛的支持。")]
    [InlineData("保持认真的学习态度。")]
    [InlineData("有针对性的推进方案已经印发。")]
    [InlineData("坚持严格的保护制度。")]
    [InlineData("符合条件的开展试点。")]
    [InlineData("提供更加便捷的服务。")]
    [InlineData("这个问题好的很。")]
    [InlineData("你说的很对。")]
    [InlineData("我们做的很多工作都得到了肯定。")]
    [InlineData("他们地处偏远山区。")]
    [InlineData("以经济建设为中心。")]
    [InlineData("可以经医患双方同意后进行鉴定。")]
    [InlineData("同级财政部门在次月垫付资金。")]
    [InlineData("员工做好个人防护。")]
    [InlineData("工作到位，责任到人。")]
    [InlineData("既使企业受益，又使群众满意。")]
    [InlineData("服务对象是辖区居民。")]
    [InlineData("保护象等野生动物。")]
    [InlineData("搭建帐篷安置受灾群众。")]
    [InlineData("回收旧帐篷和蚊帐。")]
    [InlineData("共同制订工业互联网发展规划。")]
    [InlineData("郦波教授作客仙林文化讲坛。")]
    [InlineData("稳步推进改革，认真学习贯彻会议精神。")]
    public void leaves_right_usage_alone(string text)
    {
        Assert.DoesNotContain(GivenTypo.Check(text), f => f.RuleId is "typo.de" or "typo.misuse");
    }

    [Fact]
    public void replaces_what_the_statistical_checker_flagged_inside_the_misuse()
    {
        // The language model alone reads 既使 as 及时 (typo.word); the rule knows it is 即使.
        var finding = Assert.Single(GivenTypo.Check("既使遇到困难也要坚持。"));
        Assert.Equal("typo.misuse", finding.RuleId);
        Assert.Equal("即使", finding.Suggestion);
    }

    [Fact]
    public void never_flags_an_allowed_word()
    {
        var inspector = GivenTypo.Fresh();
        Assert.Single(GivenTypo.Check("请核对帐户余额。", inspector: inspector));
        inspector.AddAllowedWord("帐户");
        Assert.Empty(GivenTypo.Check("请核对帐户余额。", inspector: inspector));
    }

    [Fact]
    public void never_flags_the_accounts_own_name()
    {
        Assert.Empty(GivenTypo.Check("欢迎关注好象工作室。", account: "好象工作室"));
        Assert.Single(GivenTypo.Check("欢迎关注好象工作室。"));
    }
}
