#!/usr/bin/env python3
"""Writes tests/Monitor.Analysis.Tests/DevSets/pii.jsonl: government-post sentences written for this project from
hand-made templates, with personal data generated valid (GB 11643 check digits, Luhn, real mobile prefixes) and
hard negatives (credit codes, document numbers, dates, amounts, timestamps, masked numbers, landlines, hotlines).
Spans are in UTF-16 code units. Deterministic (seeded); rerun to regenerate, then grow the file by hand."""
import json
import os
import random

rng = random.Random(20261122)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
AREAS = ['530102', '530111', '532301', '110101', '440305', '320583', '510107', '370202', '421002', '650102', '330106', '450103']
SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢'
GIVEN = ['建国', '桂英', '秀兰', '志强', '海燕', '红梅', '德明', '丽华', '晓东', '春花', '永福', '金凤', '国华', '玉珍', '文斌', '美玲', '成', '敏', '军', '静', '磊', '芳', '勇', '艳', '杰', '娟']
VILLAGES = ['大营村', '小河村', '新寨社区', '石桥村', '团结村', '龙泉社区', '和平村', '东风村', '白塔社区', '清水村']
PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159',
            '166', '173', '175', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199']


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def name():
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def id18(lower_x=False):
    while True:
        y = rng.randint(1950, 2008)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        body = f"{rng.choice(AREAS)}{y:04d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        c = "10X98765432"[sum(int(a) * w for a, w in zip(body, W)) % 11]
        if c == 'X' or not lower_x:
            return body + (c.lower() if lower_x else c)


def id18_invalid_check():
    v = id18()
    wrong = [c for c in "0123456789X" if c != v[-1]]
    return v[:-1] + rng.choice(wrong)


def id15():
    return f"{rng.choice(AREAS)}{rng.randint(50, 85):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"


def mobile():
    return rng.choice(PREFIXES) + ''.join(rng.choice('0123456789') for _ in range(8))


def luhn_complete(prefix):
    for d in '0123456789':
        n = prefix + d
        t = 0
        for i, c in enumerate(reversed(n)):
            v = int(c)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            t += v
        if t % 10 == 0:
            return n


def card62():
    return luhn_complete('62' + rng.choice(['2202', '2848', '1700', '2588', '1799', '1226']) + ''.join(rng.choice('0123456789') for _ in range(rng.choice([9, 10, 12]))))


def card_other():
    return luhn_complete(rng.choice(['4367', '4563', '5187', '6013', '9559']) + ''.join(rng.choice('0123456789') for _ in range(rng.choice([11, 14]))))


def card_no_luhn():
    c = card_other()
    return c[:-1] + str((int(c[-1]) + rng.randint(1, 9)) % 10)


def spaced4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() or c.isalpha() and c.isascii() else c for c in s)


lines = []


def add(parts):
    """parts: list of str or (str, kind)."""
    text = ''
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({'start': u16(text), 'length': u16(p[0]), 'kind': p[1]})
            text += p[0]
        else:
            text += p
    lines.append({'text': text, 'spans': spans})


POSITIVE = [
    lambda: [f"{rng.choice(VILLAGES)}2024年度低保对象公示：{name()}，家庭人口3人，身份证号：", (id18(), 'id-card'), "。"],
    lambda: [f"申请人{name()}（公民身份号码", (id18(), 'id-card'), f"）申请临时救助，经{rng.choice(VILLAGES)}评议，拟予救助。"],
    lambda: [f"拟录用人员名单：{name()}，女，身份证号码 ", (' '.join([v[:6], v[6:14], v[14:]]) if (v := id18()) else '', 'id-card'), "，报考岗位：综合管理。"],
    lambda: [f"{name()}，身份证：", (id18(True), 'id-card'), f"，{rng.choice(VILLAGES)}，耕地地力保护补贴",
             f"{rng.randint(200, 900)}.{rng.randint(10, 99)}元。"],
    lambda: [f"经核查，{name()}（身份证号", (fullwidth(id18()), 'id-card'), "）符合申领条件。"],
    lambda: [f"请以下人员于3月20日前到镇民政办领取证件：{name()}，", (id18(), 'id-card'), f"；{name()}，", (id18(), 'id-card'), "。"],
    lambda: [f"第二批退役军人优待证发放名单：{name()} 身份证号码 ", (id15(), 'id-card'), " 已办结。"],
    lambda: [f"寻人启事：{name()}，男，身份证号", (id15(), 'id-card'), f"，于本月走失，请知情者联系。"],
    lambda: [f"活动咨询请联系{rng.choice(['社区网格员', '镇文化站', '志愿者'])}{name()}，联系电话：", (mobile(), 'mobile'), "。"],
    lambda: [f"如对公示结果有异议，请与{name()}联系，手机 ", (' '.join([m[:3], m[3:7], m[7:]]) if (m := mobile()) else '', 'mobile'), "。"],
    lambda: [f"招聘报名联系人：{name()}老师，", (mobile(), 'mobile'), "（微信同号），报名截止时间为5月31日。"],
    lambda: [f"📢紧急寻人！{name()}，联系电话", (mobile(), 'mobile'), "，请转发扩散🙏"],
    lambda: [f"项目负责人{name()}（", ('+86 ' + mobile(), 'mobile'), "）将全程跟进整改落实情况。"],
    lambda: ["海外侨胞可拨打", ('0086-' + mobile(), 'mobile'), f"咨询{name()}。"],
    lambda: [f"投诉举报电话：0871-6{rng.randint(1000000, 9999999)}，监督员{name()}手机", ('-'.join([m[:3], m[3:7], m[7:]]) if (m := mobile()) else '', 'mobile'), "。"],
    lambda: [f"{name()}户耕地补贴已打入其银行卡（卡号：", (card62(), 'bank-card'), "），请注意查收。"],
    lambda: [f"发放对象：{name()}，开户行：农村信用社，账号：", (card_other(), 'bank-card'), "，金额：1500元。"],
    lambda: [f"{name()}的社保卡号为", (spaced4(card62()), 'bank-card'), "，已完成激活。"],
    lambda: ["请将捐款汇入", (card62(), 'bank-card'), f"（户名：{name()}）。"],
    lambda: [f"{name()}，身份证号", (id18(), 'id-card'), "，银行卡号", (card62(), 'bank-card'), "，联系电话", (mobile(), 'mobile'), "。"],
    lambda: [f"致歉声明：本账号此前发布的{name()}（", (mobile(), 'mobile'), "）相关信息有误。"],
    lambda: [f"{rng.choice(VILLAGES)}危房改造补助对象：{name()}　身份证号", (id18(), 'id-card'), "　补助金额２５０００元"],
    lambda: [f"本次核酸检测阳性人员{name()}，电话", (mobile(), 'mobile'), "，现已转运隔离。"],
    lambda: [f"联系方式：", (mobile(), 'mobile'), f"、", (mobile(), 'mobile'), f"（{name()}）"],
]

NEGATIVE = [
    lambda: [f"经审核，{rng.choice(['昆明市五华区', '曲靖市麒麟区', '玉溪市红塔区'])}某公司（统一社会信用代码91530102MA6K{rng.randint(1000, 9999)}X{rng.randint(0, 9)}）符合条件。"],
    lambda: [f"统一社会信用代码：12530000{rng.randint(1000000000, 9999999999)}，单位性质：事业单位。"],
    lambda: [f"根据《云南省人民政府办公厅关于加强政务新媒体管理的通知》（云政办规〔{rng.randint(2016, 2024)}〕{rng.randint(1, 30)}号）要求，现将有关情况通报如下。"],
    lambda: [f"本网站标识码：53000000{rng.randint(10, 99)}，ICP备案号：滇ICP备{rng.randint(10000000, 99999999)}号-1。"],
    lambda: [f"政务新媒体标识码{rng.randint(5300000000000000, 5399999999999999)}，主办单位：县人民政府办公室。"],
    lambda: [f"截至{rng.randint(2020, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，全县累计发放补贴资金{rng.randint(1000, 99999)}.{rng.randint(10, 99)}万元。"],
    lambda: [f"本年度一般公共预算收入{rng.randint(13000000000, 13999999999)}元，同比增长{rng.randint(1, 9)}.{rng.randint(1, 9)}%。"],
    lambda: [f"全省共有{rng.randint(13000000000, 13999999999)}人次参与线上学习活动。"],
    lambda: [f"发布时间：{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{rng.randint(10, 59)}，来源：县融媒体中心。"],
    lambda: [f"数据更新时间戳{rng.randint(1600000000, 1760000000)}，如有疑问请刷新页面。"],
    lambda: [f"接口返回time={rng.randint(1600000000000, 1760000000000)}，系统运行正常。"],
    lambda: [f"已脱敏公示：{name()}，身份证号{rng.choice(AREAS)[:2]}{'*' * 12}{rng.randint(1000, 9999)}，联系电话{rng.choice(PREFIXES)}****{rng.randint(1000, 9999)}。"],
    lambda: [f"{name()}，身份证号码：{rng.choice(AREAS)}********{rng.randint(100, 999)}X，补助金额800元。"],
    lambda: [f"获奖人员：{name()}（138****{rng.randint(1000, 9999)}）、{name()}（159****{rng.randint(1000, 9999)}）。"],
    lambda: [f"银行卡号：6222 **** **** {rng.randint(1000, 9999)}，户名：{name()[0]}**。"],
    lambda: [f"咨询电话：0871-6{rng.randint(1000000, 9999999)}，传真：0871-6{rng.randint(1000000, 9999999)}。"],
    lambda: [f"如有疑问，请拨打12345政务服务便民热线或{rng.choice(['12315', '12369', '12388', '12333'])}。"],
    lambda: [f"客服热线400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}，或拨打95588咨询。"],
    lambda: [f"办公电话（0871）{rng.randint(60000000, 69999999)}，邮编650{rng.randint(100, 999)}。"],
    lambda: [f"准考证号{rng.randint(13500000000, 13599999999)}的考生请于考前30分钟入场。"],
    lambda: [f"采购项目编号：{luhn_complete(str(rng.randint(10**16, 10**17 - 1)))}，预算金额{rng.randint(10, 500)}万元。"],
    lambda: [f"快递单号{rng.randint(10**14, 10**15 - 1)}，请及时签收。"],
    lambda: [f"订单号{luhn_complete('62' + str(rng.randint(10**15, 10**16 - 1)))}已受理，工作人员将尽快处理。"],
    lambda: [f"合同编号HT{rng.randint(2020, 2025)}{rng.randint(100000, 999999)}，签订日期{rng.randint(2020, 2025)}年{rng.randint(1, 12)}月。"],
    lambda: [f"{name()}同志，{rng.randint(1960, 1995)}年{rng.randint(1, 12)}月出生，{rng.randint(1985, 2015)}年{rng.randint(1, 12)}月参加工作，大学学历。"],
    lambda: [f"本次招聘共{rng.randint(10, 80)}个岗位，报名时间为{rng.randint(2023, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日至{rng.randint(1, 28)}日。"],
    lambda: [f"身份证号{id18_invalid_check()[:6]}{rng.randint(2030, 2090)}0101{rng.randint(100, 999)}{rng.randint(0, 9)}为测试数据，请勿使用。"],
    lambda: [f"全县{rng.randint(10, 30)}个乡镇共{rng.randint(100000, 900000)}户{rng.randint(300000, 990000)}人纳入监测。"],
    lambda: [f"项目总投资{rng.randint(1000000000, 9999999999)}元，其中中央预算内资金{rng.randint(100000000, 999999999)}元。"],
    lambda: [f"系统版本号V{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(1000000000, 9999999999)}，更新后请重启。"],
    lambda: [f"纳税人识别号{rng.randint(10**14, 10**15 - 1)}{rng.randint(100, 999)}，开票时请核对。"],
    lambda: [f"{rng.choice(VILLAGES)}召开2024年第{rng.randint(1, 4)}季度党员大会，应到{rng.randint(20, 60)}人，实到{rng.randint(15, 55)}人。"],
    lambda: [f"热烈庆祝中华人民共和国成立{rng.randint(70, 77)}周年！🎉🇨🇳"],
    lambda: [f"案号（{rng.randint(2019, 2025)}）云0102民初{rng.randint(1000, 9999)}号，当事人{name()}。"],
    lambda: [f"序号{rng.randint(1, 99)}，{name()}，{rng.choice(VILLAGES)}，补贴面积{rng.randint(2, 30)}.{rng.randint(1, 9)}亩，金额{rng.randint(100, 999)}.{rng.randint(10, 99)}元。"],
    lambda: [f"专项资金{rng.randint(16000000000000000, 19999999999999999)}元拨付到位。" if False else f"转账流水号{rng.randint(10**17, 10**18 - 1)}，请妥善保存回单。"],
    lambda: [f"银行卡号：{card_no_luhn()}（校验不通过的示例号码）。"],
]

for _ in range(170):
    add(rng.choice(POSITIVE)())
for _ in range(170):
    add(rng.choice(NEGATIVE)())

# Hand-written rows: [[span|kind]] marks a labelled span.
HANDWRITTEN = [
    "1\t张三\t[[530102198506120033|id-card]]\t[[13912345678|mobile]]",
    "序号 姓名 身份证号 联系电话 1 李四 [[53010219850612005X|id-card]] [[189 1234 5678|mobile]]",
    "电话：[[139 1234 5678|mobile]] / 0871-63662667（工作日9:00-17:00）",
    "手机号码为：[[18912345678|mobile]]（同微信）。",
    "身份证号为[[53010219850612005X|id-card]]的同志请于6月30日前到人社局报到。",
    "邮箱：[[13812345678|mobile]]@163.com，欢迎投稿。",
    "报名电话：0871-65123456、[[13888888888|mobile]]（工作日）。",
    "身份证号：[[110101199003071233|id-card]]。联系电话：[[13812345678|mobile]]。",
    "请失主张先生（身份证号：[[１１０１０１１９９００３０７１２３３|id-card]]）到派出所认领。",
    "困难群众王某某，身份证号码[[110101 1990 0307 1233|id-card]]，已纳入救助。",
    "中标人联系人：刘经理，电话[[+8613912345678|mobile]]。",
    "张三（5301021985****0033）、李四（139****5678）已领取补贴。",
    "公告编号：2024-0001，发布日期：2024年6月30日。",
    "停电时间：2024年6月30日17时至18时，影响用户13800户。",
    "QQ群：813812345，欢迎加入交流。",
    "统一社会信用代码：91530000MA6K8XXXXB。",
    "户名：某某县慈善总会，账号：6222020200001234562，开户行：农业银行。",
    "捐款账户：县红十字会，银行账号4367421234567890129。",
    "银行账号：2502 0012 0902 4567 891（工商银行昆明分行，户名：某某县财政局）。",
    "全县1380000人口中，城镇人口占比52.3%。",
    "截至2024年底，全省移动电话用户达13812345678户。",
    "本次共发放补贴138123456元，惠及12345户。",
    "第13812345678期彩票开奖结果公示。",
    "违法建筑拆除面积13812平方米。",
    "投诉电话：12345，咨询电话：12366。",
    "来电号码显示为010-12345678的诈骗电话请勿接听。",
    "文件编号：云财社〔2024〕138号。",
    "项目代码2024-530102-13-01-123456，总投资5亿元。",
    "身份证号：5301**********0033，电话：139****5678，均已脱敏处理。",
    "邮政编码：650000，传真：0871-63662668。",
    "车牌号云A12345的车主请尽快挪车。",
    "时间戳：1719705600000。",
    "北纬25.0389，东经102.7183。",
    "卡号已隐去：6222 **** **** 4562。",
    "证书编号：NO.20240630138123，有效期五年。",
    "请联系网格员小王：[[15912345678|mobile]]，或拨打社区电话0871-68123456。",
    "慰问对象：陈某，身份证[[530102198506120033|id-card]]，住址：某某村12号。",
    "持卡人王某的借记卡[[6228480012345671|bank-card]]已挂失补办。",
    "补贴通过“一卡通”发放至[[6222 0202 0000 1234 562|bank-card]]账户。",
    "📞[[13912345678|mobile]]（王老师）🌟报名从速！",
    # Written blind after the inspector was done (two labels were wrong: invented numbers failed their checks).
    "全市2025年城乡居民医保参保缴费工作启动，咨询电话：[[15887654321|mobile]]（医保局王科长）。",
    "经公开招聘，拟聘用刘小芳（身份证号[[53212819951214332X|id-card]]）为社区工作者。",
    "困难残疾人生活补贴：杨国华 身份证号码 532128199512143320（校验位不符）不予发放",
    "请各位家长将孩子的社保卡号（6217 9973 1000 1234 567）核对后报班主任。",
    "一、会议时间：2025年3月5日（星期三）上午9:00。二、会议地点：县政府三楼会议室。",
    "县融媒体中心热线：0870-6123456，微信号：ztrmt2025。",
    "截至2月底，全县累计发放创业担保贷款15823万元，带动就业1587人。",
    "举报邮箱：jubao@yn.gov.cn，举报电话：12388。",
    "食品安全投诉举报电话12315，12345热线24小时受理。",
    "2024年农村居民人均可支配收入16532元，同比增长6.8%。",
    "卡号尾号为1234的持卡人请于本周内到网点办理业务。",
    "身份证号码后六位为071233的考生请联系招生办。",
]


def add_marked(line):
    parts = []
    rest = line
    while '[[' in rest:
        before, after = rest.split('[[', 1)
        inner, rest = after.split(']]', 1)
        text, kind = inner.rsplit('|', 1)
        parts += [before, (text, kind)]
    parts.append(rest)
    add(parts)


for line in HANDWRITTEN:
    add_marked(line)
rng.shuffle(lines)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, 'tests', 'Monitor.Analysis.Tests', 'DevSets', 'pii.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for line in lines:
        f.write(json.dumps({'text': line['text'], 'spans': line['spans'], 'date': '2025-06-30'}, ensure_ascii=False) + '\n')
print(out, len(lines), 'lines,', sum(1 for l in lines if not l['spans']), 'without spans')
