using Monitor.Analysis.Text;

namespace Monitor.Analysis.Tests.Inspection;

public class PersonalDataInspectorTests
{
    private static readonly DateOnly PostedOn = new(2025, 6, 30);

    [Theory]
    // Resident ID numbers (GB 11643-1999).
    [InlineData("低保对象公示：张三，身份证号：110101199003071233。", "pii.id-card", "110101199003071233")]
    [InlineData("申请人李四（公民身份号码53010219850612005X）申请救助。", "pii.id-card", "53010219850612005X")]
    [InlineData("申请人李四（身份证53010219850612005x）申请救助。", "pii.id-card", "53010219850612005x")]
    [InlineData("身份证号码：１１０１０１１９９００３０７１２３３", "pii.id-card", "１１０１０１１９９００３０７１２３３")]
    [InlineData("身份证号码 110101 19900307 1233，报考岗位：综合管理。", "pii.id-card", "110101 19900307 1233")]
    [InlineData("身份证号 620102198001010017 已核验", "pii.id-card", "620102198001010017")]
    [InlineData("优待证发放名单：王五 身份证号码 110101900307123 已办结。", "pii.id-card", "110101900307123")]
    // Mobile numbers.
    [InlineData("联系电话：13812345678。", "pii.mobile", "13812345678")]
    [InlineData("如有异议请联系王老师，手机 138 1234 5678。", "pii.mobile", "138 1234 5678")]
    [InlineData("监督员手机138-1234-5678。", "pii.mobile", "138-1234-5678")]
    [InlineData("项目负责人（+86 13812345678）跟进整改。", "pii.mobile", "+86 13812345678")]
    [InlineData("海外侨胞可拨打0086-13812345678咨询。", "pii.mobile", "0086-13812345678")]
    [InlineData("联系电话：＋８６ １３８－１２３４－５６７８", "pii.mobile", "＋８６ １３８－１２３４－５６７８")]
    [InlineData("📢紧急寻人！联系电话19912345678，请转发🙏", "pii.mobile", "19912345678")]
    [InlineData("电话：13812345678/0871-63662667", "pii.mobile", "13812345678")]
    [InlineData("联系电话0871-63662667，手机13812345678", "pii.mobile", "13812345678")]
    // Bank card numbers: Luhn plus a context word or the 62 prefix.
    [InlineData("补贴已打入其银行卡（卡号：6222020200001234562），请查收。", "pii.bank-card", "6222020200001234562")]
    [InlineData("请将捐款汇入6228480012345671（户名：张三）。", "pii.bank-card", "6228480012345671")]
    [InlineData("开户行：农村信用社，账号：4367421234567890129，金额1500元。", "pii.bank-card", "4367421234567890129")]
    [InlineData("社保卡号为6222 0202 0000 1234 562，已激活。", "pii.bank-card", "6222 0202 0000 1234 562")]
    public void flags_personal_data(string sentence, string ruleId, string span)
    {
        var findings = Inspect(sentence);
        var finding = Assert.Single(findings, f => f.RuleId == ruleId);
        var text = TextNormaliser.FromPlain(sentence);
        var (start, length) = text.ToOriginal(finding.Start, finding.Length);
        Assert.Equal(span, sentence.Substring(start, length));
    }

    [Theory]
    [InlineData("统一社会信用代码91530102MA6K1234X5，符合条件。")]
    [InlineData("统一社会信用代码：125300000150123451，单位性质：事业单位。")]
    [InlineData("根据（云政办规〔2019〕6号）要求，现通报如下。")]
    [InlineData("本网站标识码：5300000012，ICP备案号：滇ICP备12345678号-1。")]
    [InlineData("政务新媒体标识码5300000000000001，主办单位：县人民政府办公室。")]
    [InlineData("发布时间：2024-03-15 10:30，来源：县融媒体中心。")]
    [InlineData("本年度一般公共预算收入13812345678元，同比增长5.2%。")]
    [InlineData("全省共有13812345678人次参与线上学习。")]
    [InlineData("补贴金额¥13812345678.00已拨付。")]
    [InlineData("数据更新时间戳1712345678，如有疑问请刷新。")]
    [InlineData("接口返回time=1712345678901，系统运行正常。")]
    [InlineData("已脱敏：身份证号35*************123，联系电话138****1234。")]
    [InlineData("身份证号码：110101********1233，补助金额800元。")]
    [InlineData("银行卡号：6222 **** **** 1234，户名：张**。")]
    [InlineData("咨询电话：0871-63662667，传真：0871-63662668。")]
    [InlineData("如有疑问，请拨打12345政务服务便民热线或12315。")]
    [InlineData("客服热线400-123-4567，或拨打95588咨询。")]
    [InlineData("准考证号13520240101的考生请于考前30分钟入场。")]
    [InlineData("采购项目编号：6222020200001234562，预算金额50万元。")]
    [InlineData("订单号6228480012345671已受理。")]
    [InlineData("快递单号110101199003071233，请及时签收。")]
    [InlineData("身份证号110101203001011236为测试数据（出生日期在未来）。")]
    [InlineData("身份证号990101199003071237（无此省份）")]
    [InlineData("无上下文的15位数字110101900307123不是身份证号。")]
    [InlineData("参考值4367421234567890129没有上下文，不判定。")]
    [InlineData("系统版本号V2.1.13812345678，更新后请重启。")]
    [InlineData("合同编号HT2024138123456，签订日期2024年3月。")]
    [InlineData("座机号码12812345678不是真实号段。")]
    // A context word names the number it is attached to, also in a 公示 row.
    [InlineData("序号3 张三 男 5325**********0025 勐满村 200元")]
    [InlineData("纳税人识别号：532527195603140026，开票时请核对。")]
    [InlineData("身份证号码后六位为140025的申请人请到窗口核验。")]
    [InlineData("序号12 李四 女 勐满村 高龄津贴 12个月 1200元")]
    public void never_flags_codes_dates_amounts_or_masked_numbers(string sentence)
    {
        Assert.Empty(Inspect(sentence));
    }

    [Theory]
    [InlineData("2025年边民补助发放名单\n序号 姓名 性别 身份证号 村组 金额\n1 岩温 男 532527195603140025 勐满村 2640元", "532527195603140025")]
    [InlineData("序号21 周建华 女 532801198811021545 中和村 特困供养350元", "532801198811021545")]
    [InlineData("高龄津贴对象：张玉兰 530124194212080726 300元；李正平 53310219700515361X 300元。", "530124194212080726")]
    [InlineData("序号4 孙光荣 男 ５３２６２５１９６５０７０７２１６２ 红旗村 临时救助1200元", "５３２６２５１９６５０７０７２１６２")]
    [InlineData("序号5 程三妹 女 532625 19650707 2162 新街社区 养老服务补贴750元", "532625 19650707 2162")]
    [InlineData("刀玉香\t532801198811021545\t曼燕村\t500元", "532801198811021545")]
    [InlineData("王德顺，男，530124194212080726，下坝村，享受低保。", "530124194212080726")]
    public void flags_ids_in_list_rows_without_a_context_word(string sentence, string span)
    {
        var finding = Assert.Single(Inspect(sentence), f => f.Start == sentence.IndexOf(span, StringComparison.Ordinal));
        Assert.Equal("pii.id-card", finding.RuleId);
        Assert.Equal(span.Length, finding.Length);
    }

    [Theory]
    [InlineData("申请人朱云仙，身份证号码：532527195603140026，现予公示。")]
    [InlineData("公民身份号码532801198811021540，申请临时救助。")]
    public void flags_an_id_shaped_number_after_an_id_word_with_a_wrong_check_char_at_lower_confidence(string sentence)
    {
        var finding = Assert.Single(Inspect(sentence));
        Assert.Equal("pii.id-card", finding.RuleId);
        Assert.True(finding.Confidence < 1.0);
    }

    [Fact]
    public void judges_the_birth_date_against_the_post_date_not_today()
    {
        var text = TextNormaliser.FromPlain("新生儿身份证号110101202501010016已登记。");
        Assert.Empty(GivenInspectors.Pii.Inspect(text, new(new DateOnly(2024, 12, 31))));
        Assert.Single(GivenInspectors.Pii.Inspect(text, new(new DateOnly(2025, 1, 2))));
    }

    [Fact]
    public void finds_a_number_inside_a_long_row_of_space_separated_numbers()
    {
        var row = string.Join(" ", Enumerable.Range(0, 5000).Select(i => (i % 97).ToString()));
        var findings = Inspect(row + " 13812345678 " + row);
        Assert.Equal("pii.mobile", Assert.Single(findings).RuleId);
    }

    private static List<Monitor.Analysis.Inspection.InspectorFinding> Inspect(string sentence) =>
        GivenInspectors.Pii.Inspect(TextNormaliser.FromPlain(sentence), new(PostedOn)).ToList();
}
