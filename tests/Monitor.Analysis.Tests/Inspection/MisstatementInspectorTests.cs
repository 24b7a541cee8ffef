using System.Globalization;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Tests.Inspection;

public class MisstatementInspectorTests
{
    [Theory]
    // Leaders' names written wrong, next to a title or in a list of leaders.
    [InlineData("2024-05-01", "国务院总理李墙主持召开国务院常务会议。", "misstatement.leader-name", "李墙", "李强")]
    [InlineData("2024-05-01", "李墙总理在会上强调，要抓好落实。", "misstatement.leader-name", "李墙", "李强")]
    [InlineData("2024-05-01", "全国人大常委会委员长赵乐济出席开幕式。", "misstatement.leader-name", "赵乐济", "赵乐际")]
    [InlineData("2024-05-01", "习近平总书计", null, null, null)]
    [InlineData("2024-05-01", "习近凭总书记作出重要指示。", "misstatement.leader-name", "习近凭", "习近平")]
    [InlineData("2024-05-01", "席近平主席会见外宾。", "misstatement.leader-name", "席近平", "习近平")]
    [InlineData("2024-05-01", "国务院总理 李墙出席会议。", "misstatement.leader-name", "李墙", "李强")]
    [InlineData("2024-05-01", "习近平、李强、赵乐际、王护宁、蔡奇、丁薛祥、李希等出席。", "misstatement.leader-name", "王护宁", "王沪宁")]
    [InlineData("2024-05-01", "习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李西等出席。", "misstatement.leader-name", "李西", "李希")]
    // Titles paired with the wrong person, or outdated at the post's date.
    [InlineData("2024-05-01", "国务院总理李克强主持召开国务院常务会议。", "misstatement.leader-title", "国务院总理李克强", "国务院总理李强")]
    [InlineData("2024-05-01", "李克强总理作出批示。", "misstatement.leader-title", "李克强总理", "李强总理")]
    [InlineData("2024-05-01", "2018年3月，我县迎来重要时刻。\n李克强总理作出批示。", "misstatement.leader-title", "李克强总理", "李强总理")]
    [InlineData("2024-05-01", "全国政协主席汪洋出席。", "misstatement.leader-title", "全国政协主席汪洋", "全国政协主席王沪宁")]
    [InlineData("2023-03-10", "国家副主席王岐山出席。", "misstatement.leader-title", "国家副主席王岐山", "国家副主席韩正")]
    [InlineData("2024-05-01", "国务院副总理韩正出席。", "misstatement.leader-title", "国务院副总理韩正", null)]
    [InlineData("2024-05-01", "国务院总理赵乐际出席。", "misstatement.leader-title", "国务院总理赵乐际", "国务院总理李强")]
    [InlineData("2020-05-01", "国务院总理李强出席。", "misstatement.leader-title", "国务院总理李强", "国务院总理李克强")]
    [InlineData("2024-05-01", "2018年，国务院总理李强主持召开国务院常务会议。", "misstatement.leader-title", "国务院总理李强", "国务院总理李克强")]
    [InlineData("2022-06-01", "李强总理来我省考察调研。", "misstatement.leader-title", "李强总理", "李克强总理")]
    [InlineData("2024-05-01", "中共中央总书记、国家主席、中央军委主席胡锦涛", "misstatement.leader-title", "中共中央总书记、国家主席、中央军委主席胡锦涛", "中共中央总书记、国家主席、中央军委主席习近平")]
    // Altered formulations and official names.
    [InlineData("2024-05-01", "深入学习习近平新时代中国特色社会主意思想。", "misstatement.formulation", "习近平新时代中国特色社会主意思想", "习近平新时代中国特色社会主义思想")]
    [InlineData("2024-05-01", "坚决做到两个维户。", "misstatement.formulation", "两个维户", "两个维护")]
    [InlineData("2024-05-01", "增强四个意识、坚定四个自心。", "misstatement.formulation", "四个自心", "四个自信")]
    [InlineData("2024-05-01", "发展全过程人民敏主。", "misstatement.formulation", "全过程人民敏主", "全过程人民民主")]
    [InlineData("2024-05-01", "推动构建人类命运共同休。", "misstatement.formulation", "人类命运共同休", "人类命运共同体")]
    [InlineData("2024-05-01", "践行社会主义核心价值关。", "misstatement.formulation", "社会主义核心价值关", "社会主义核心价值观")]
    [InlineData("2024-05-01", "坚持和发展中国特社会主义。", "misstatement.formulation", "中国特社会主义", "中国特色社会主义")]
    [InlineData("2024-05-01", "认真学习领会四种意识的丰富内涵。", "misstatement.formulation", "四种意识", "四个意识")]
    [InlineData("2024-05-01", "《全圃人民代表大会常务委员会关于修改的决定》", "misstatement.official-name", "全圃人民代表大会", "全国人民代表大会")]
    [InlineData("2024-05-01", "可以提名中毕人民芥和国国际科学技术合作奖的候选者。", "misstatement.official-name", "中毕人民芥和国", "中华人民共和国")]
    // Issue 17: a confusable inside the forms posts really use, a char dropped or added, a doubled char.
    [InlineData("2025-05-01", "坚决维护以习近平为核心的党中央权威。", "misstatement.formulation", "以习近平为核心的党中央", "以习近平同志为核心的党中央")]
    [InlineData("2025-05-01", "共建一代一路，深化务实合作。", "misstatement.formulation", "一代一路", "一带一路")]
    [InlineData("2025-05-01", "实施一批有利于推动高质辆发展的项目。", "misstatement.formulation", "高质辆发展", "高质量发展")]
    [InlineData("2025-05-01", "积极对接粤港奥大湾区建设。", "misstatement.formulation", "粤港奥大湾区", "粤港澳大湾区")]
    [InlineData("2025-05-01", "深入学习贯彻党的二十届三中全汇精神。", "misstatement.formulation", "党的二十届三中全汇", "党的二十届三中全会")]
    [InlineData("2025-05-01", "支持各地自主选择部分脱贫县作为乡忖振兴重点帮扶县。", "misstatement.formulation", "乡忖振兴", "乡村振兴")]
    [InlineData("2025-05-01", "完整准确全面贯彻新发理念。", "misstatement.formulation", "新发理念", "新发展理念")]
    [InlineData("2025-05-01", "履行全面和从严治党主体责任。", "misstatement.formulation", "全面和从严治党", "全面从严治党")]
    [InlineData("2025-05-01", "确保做到“两两个维护”。", "misstatement.formulation", "两两个维护", "两个维护")]
    [InlineData("2025-05-01", "在全体人民共同富裕裕的进程中。", "misstatement.formulation", "共同富裕裕", "共同富裕")]
    [InlineData("2025-05-01", "《中国国共产党农村工作条例》全文如下。", "misstatement.official-name", "中国国共产党", "中国共产党")]
    [InlineData("2025-05-01", "中国共党第十九次全国代表大会在北京举行。", "misstatement.official-name", "中国共党", "中国共产党")]
    // Issue 17: leaders' names in running text, after 同志 and a title, and inside a formulation.
    [InlineData("2025-05-01", "会上，传达学习了洗近平同志在全国两会期间的重要讲话精神。", "misstatement.leader-name", "洗近平", "习近平")]
    [InlineData("2025-05-01", "要把《膝近平谈治国理政》第四卷列入学习计划。", "misstatement.leader-name", "膝近平", "习近平")]
    [InlineData("2025-05-01", "席近平在贺电中指出，要再接再厉。", "misstatement.leader-name", "席近平", "习近平")]
    [InlineData("2025-05-01", "以习仅平同志为核心的党中央高度重视网络安全工作。", "misstatement.leader-name", "习仅平", "习近平")]
    [InlineData("2025-05-01", "王沪拧同志全国政协主席出席会议并讲话。", "misstatement.leader-name", "王沪拧", "王沪宁")]
    [InlineData("2025-05-01", "黎强同志国务院总理来我省调研。", "misstatement.leader-name", "黎强", "李强")]
    [InlineData("2025-05-01", "中央书记处书记蔡其在人民大会堂会见外宾。", "misstatement.leader-name", "蔡其", "蔡奇")]
    // Issue 17: provincial and Standing Committee titles at the stated year or the post's date.
    [InlineData("2025-05-01", "2019年5月，云南省委书记王宁出席会议。", "misstatement.leader-title", "云南省委书记王宁", "云南省委书记陈豪")]
    [InlineData("2025-05-01", "近日，云南省省长李强作出重要指示。", "misstatement.leader-title", "云南省省长李强", "云南省省长王予波")]
    [InlineData("2024-05-01", "中共中央政治局常委、全国政协主席汪洋出席。", "misstatement.leader-title", "中共中央政治局常委、全国政协主席汪洋", null)]
    [InlineData("2025-05-01", "2023年1月，国务院总理李强出席会议。", "misstatement.leader-title", "国务院总理李强", "国务院总理李克强")]
    public void flags_severe_misstatements(string date, string sentence, string? ruleId, string? span, string? suggestion)
    {
        var findings = Inspect(date, sentence);
        if (ruleId is null)
        {
            Assert.Empty(findings);
            return;
        }
        var finding = Assert.Single(findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(span, sentence.Substring(finding.Start, finding.Length));
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Theory]
    [InlineData("2024-05-01", "国务院总理李强主持召开国务院常务会议。")]
    [InlineData("2024-05-01", "李强总理在会上强调，要抓好落实。")]
    [InlineData("2024-05-01", "中共中央总书记、国家主席、中央军委主席习近平出席大会并发表重要讲话。")]
    [InlineData("2024-05-01", "习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等党和国家领导人出席大会。")]
    [InlineData("2024-05-01", "2018年，李克强总理在政府工作报告中提出，要深化放管服改革。")]
    [InlineData("2024-05-01", "2019年3月，国务院总理李克强作政府工作报告。")]
    [InlineData("2023-03-11", "回顾2023年，国务院总理李克强、李强先后主持国务院常务会议。")]
    [InlineData("2024-05-01", "时任国务院总理李克强曾到我县考察脱贫攻坚工作。")]
    [InlineData("2024-05-01", "2018年3月，我县迎来重要时刻。李克强总理来到我县考察。")]
    [InlineData("2024-05-01", "原国务院副总理刘鹤出席了论坛开幕式。")]
    [InlineData("2024-05-01", "李克强总理生前曾多次到我省考察。")]
    [InlineData("2021-05-01", "国务院总理李克强主持召开国务院常务会议。")]
    [InlineData("2023-03-09", "全国政协主席汪洋出席。")]
    [InlineData("2024-05-01", "大营村村民李强主动报名参加护林防火志愿服务队。")]
    [InlineData("2024-05-01", "李强同志任县农业农村局党组书记。")]
    [InlineData("2024-05-01", "县政协主席王洋带队到乡镇开展民主监督。")]
    [InlineData("2024-05-01", "县总工会主席李强走访慰问困难职工。")]
    [InlineData("2024-05-01", "市政协副主席韩正出席活动。")]
    [InlineData("2024-05-01", "张伟、王芳、李强、刘洋4名同志拟确定为优秀共产党员。")]
    [InlineData("2024-05-01", "获奖名单：王洋、李希、赵磊、陈静。")]
    [InlineData("2024-05-01", "全国人大常委会副委员长来我省检查工作。")]
    [InlineData("2024-05-01", "各位政协委员长期以来关心支持全县发展。")]
    [InlineData("2024-05-01", "世界贸易组织总理事会会议在日内瓦举行。")]
    [InlineData("2024-05-01", "请到主席台就座，大会主席团成员名单公布。")]
    [InlineData("2024-05-01", "周恩来总理是人民的好总理。")]
    [InlineData("2024-05-01", "他讲了四个意思，我们要做到两个维度的统一。")]
    [InlineData("2024-05-01", "深入学习贯彻新时代中国特色社会主义思想和中国特色社会主义理论体系。")]
    [InlineData("2024-05-01", "培育和践行社会主义核心价值体系。")]
    [InlineData("2024-05-01", "全面依法治理校园周边环境。")]
    [InlineData("2024-05-01", "一片汪洋总理府")]
    // Issue 17: prose and real names one char away from a form or a leader's name.
    [InlineData("2025-05-01", "民族要复兴，乡村必振兴。")]
    [InlineData("2025-05-01", "这是党中央健全全面从严治党责任制度的重要举措。")]
    [InlineData("2025-05-01", "全面系统学习习近平新时代中国特色社会主义思想。")]
    [InlineData("2025-05-01", "《中国共产党党和国家机关基层组织工作条例》印发。")]
    [InlineData("2025-05-01", "推动经济实现更高质量的发展。")]
    [InlineData("2019-05-01", "深入学习贯彻党的十九届三中全会精神。")]
    [InlineData("2025-05-01", "村民张国青反映，家门口的道路已经修好。")]
    [InlineData("2025-05-01", "志愿者何立风为老人送去米面油。")]
    [InlineData("2025-05-01", "2019年，云南省委书记陈豪出席会议。")]
    [InlineData("2025-05-01", "中共中央政治局常委、国务院总理李强出席。")]
    [InlineData("2025-05-01", "云南省委书记王宁、省长王予波出席会议。")]
    [InlineData("2025-05-01", "县委书记王宁主持召开常委会议。")]
    [InlineData("2025-05-01", "2023年3月，国务院总理李强出席记者会。")]
    [InlineData("2025-05-01", "2023年3月5日，国务院总理李克强作政府工作报告。")]
    public void leaves_correct_and_historical_statements_alone(string date, string sentence)
    {
        Assert.Empty(Inspect(date, sentence));
    }

    private static List<Monitor.Analysis.Inspection.InspectorFinding> Inspect(string date, string sentence) =>
        GivenInspectors.Misstatement.Inspect(TextNormaliser.FromPlain(sentence),
            new(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
}
