using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Tests.Typo;

public class TypoInspectorTests
{
    [Theory]
    [InlineData("内蒙古自治区乌兰察布市大力培育发展大数局产业。", "typo.word", 19, "局", "据")]
    [InlineData("交通运舒部、国家发展改革委、各省级人民政府负责", "typo.word", 3, "舒", "输")]
    [InlineData("本条例白发布之日起施行。", "typo.confusable", 3, "白", "自")]
    [InlineData("——核心应急救暖能力显著增强。", "typo.word", 7, "暖", "援")]
    [InlineData("问题整改数量：请填写本年度网战整改到位的安全问题总个数。", "typo.word", 14, "战", "站")]
    [InlineData("加强监测预警，及早制修顶灾害防范预案，做好物资和技术准备。", "typo.word", 11, "顶", "订")]
    [InlineData("校外培训机构依法依规开展培训业务和相关活动，自觉卫护中小学生及家长合法权益。", "typo.confusable", 24, "卫", "维")]
    [InlineData("政府引到，形成政策合力。", "typo.confusable", 3, "到", "导")]
    [InlineData("加强多式联云公共信息交换共享。", "typo.word", 5, "云", "运")]
    [InlineData("《“健康中国2030”规划刚要》全文如下。", "typo.confusable", 13, "刚", "纲")]
    [InlineData("重大经营管理事项必须经党组研究讨论后，再由懂事会或者经理层作出决定。", "typo.confusable", 21, "懂", "董")]
    [InlineData("国家2030”桂花纲要》全文发布。", "typo.word", 7, "桂花", "规划")]
    public void finds_the_typo_and_suggests_the_text_that_replaces_the_span(string text, string rule, int start, string wrong, string suggestion)
    {
        var finding = Assert.Single(GivenTypo.Check(text));
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(start, finding.Start);
        Assert.Equal(wrong, text.Substring(finding.Start, finding.Length));
        Assert.Equal(suggestion, finding.Suggestion);
        Assert.Equal(FindingKind.Typo, finding.Kind);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(suggestion, finding.Message);
    }

    // Each row was once a false alarm: names of places, units and people, numbers.
    [Theory]
    [InlineData("新疆生产建设兵团第八师石河子市调研组。")]
    [InlineData("武汉市洪山区珞南街尤李社区党委专职副书记。")]
    [InlineData("上海市虹口区嘉兴路街道虹叶居民区党总支书记。")]
    [InlineData("西安市鄠邑区蒋村街道办事处。")]
    [InlineData("综合执法大队三中队队长。")]
    [InlineData("组长由国务院机关党组成员、国办督查室主任高雨担任。")]
    [InlineData("开展更大范围、更高水平、更加紧密的科学素质国际交流，共筑对话平台，增进开放互信。")]
    [InlineData("原国务院副总理刘鹤出席了论坛开幕式。")]
    [InlineData("截至2022年11月19日，全县累计发放补贴资金40767.33万元。")]
    [InlineData("身份证号110101203601019026为测试数据，请勿使用。")]
    [InlineData("张伟、王芳、李强、刘洋4名同志拟确定为优秀共产党员。")]
    [InlineData("联系方式：15622921132、18224473017（杜杰）")]
    [InlineData("咨询电话：15887654321（医保局王科长）。")]
    [InlineData("二、会议地点：县政府三楼会议室，上午9:00。")]
    public void leaves_correct_official_text_alone(string text)
    {
        Assert.Empty(GivenTypo.Check(text));
    }

    // Each row was a false alarm on social-style posts (issue 16): the 男/女 column of a 公示 list between a name and
    // a date or ID number, a name and words the government corpus has not seen, a name after a title.
    [Theory]
    [InlineData("陈静 女 汉族 共青团员 硕士研究生")]
    [InlineData("孙丽 女 1996.11 县卫生健康局")]
    [InlineData("吴敏 女 530302199710****** 拟聘用")]
    [InlineData("2.王芳 女 26岁 大学专科 镇卫生院")]
    [InlineData("谷爱凌在自由式滑雪女子大跳台决赛中夺冠。")]
    [InlineData("“盲盒经济”火爆背后，监管不能缺位。")]
    [InlineData("兰考县政协党组书记左宪安")]
    [InlineData("刘　羽　　　　　平顶山市体育运动学校游泳队教练")]
    public void leaves_correct_social_posts_alone(string text)
    {
        Assert.Empty(GivenTypo.Check(text));
    }

    // Unprotected, the language model "corrects" these county names (鸡冠→机关, 石狮→实施, 赣榆→敢于, 平鲁→平谷).
    [Theory]
    [InlineData("近日，鸡冠区召开工作会议。")]
    [InlineData("近日，石狮市召开工作会议。")]
    [InlineData("近日，赣榆区召开工作会议。")]
    [InlineData("近日，平鲁区召开工作会议。")]
    public void never_corrects_a_place_name_of_gb2260(string text)
    {
        Assert.Empty(GivenTypo.Check(text));
    }

    [Fact]
    public void a_disabled_family_loads_no_model_and_flags_nothing()
    {
        var disabled = TypoInspector.Load(RepoPaths.Models(), new TypoOptions { Enabled = false });
        Assert.False(disabled.ModelLoaded);
        Assert.Empty(GivenTypo.Check("进一步加强桂花纲要实施的监督检查", inspector: disabled));
        Assert.NotEmpty(GivenTypo.Check("进一步加强桂花纲要实施的监督检查"));
    }

    [Fact]
    public void never_corrects_the_account_name()
    {
        const string text = "大力培育发展大数局产业。";
        Assert.Single(GivenTypo.Check(text));
        Assert.Empty(GivenTypo.Check(text, account: "大数局"));
    }

    [Fact]
    public void leaves_a_misstated_formulation_to_the_misstatement_inspector()
    {
        Assert.Single(GivenTypo.Check("全面推进依法制国。"));
        Assert.Empty(GivenTypo.Check("坚持全面依法制国。"));
        var all = GivenInspectors.Runner(GivenInspectors.Pii, GivenInspectors.Misstatement, GivenTypo.Inspector)
            .Inspect(InspectionText.Plain("坚持全面依法制国。"), new InspectionContext(new DateOnly(2026, 6, 1)));
        Assert.Equal("misstatement.formulation", Assert.Single(all).RuleId);
    }

    [Fact]
    public void finds_nothing_in_text_without_chinese()
    {
        Assert.Empty(GivenTypo.Check("Call 12345 or visit https://www.gov.cn/ today."));
        Assert.Empty(GivenTypo.Check(""));
    }
}
