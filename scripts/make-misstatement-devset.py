#!/usr/bin/env python3
"""Writes tests/Monitor.Analysis.Tests/DevSets/misstatement.jsonl: government-post sentences written for this
project from hand-made templates. Positives: leaders' names with one confusable char (from models/lexicon/confusion.tsv),
titles paired with the wrong or an outdated holder at the line's date, altered formulations. Negatives: correct
statements, historical statements correct at their stated year, ordinary people sharing a leader's name without a
title, local titles, look-alike words. Spans in UTF-16 code units. Deterministic (seeded)."""
import json
import os
import random

rng = random.Random(20261123)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
conf = {}
with open(os.path.join(root, 'models', 'lexicon', 'confusion.tsv'), encoding='utf-8') as f:
    for line in f:
        if not line.startswith('#'):
            c, cs = line.rstrip('\n').split('\t')
            conf[c] = cs


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def typo(word, positions=None):
    """One char replaced by a confusable one."""
    idx = [i for i in (positions or range(len(word))) if word[i] in conf]
    i = rng.choice(idx)
    return word[:i] + rng.choice(conf[word[i]]) + word[i + 1:]


lines = []


def add(date, parts):
    text, spans = '', []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({'start': u16(text), 'length': u16(p[0]), 'kind': p[1]})
            text += p[0]
        else:
            text += p
    lines.append({'text': text, 'spans': spans, 'date': date})


def now():
    return f"{rng.choice([2024, 2025, 2026])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def before2023():
    return f"{rng.choice([2019, 2020, 2021, 2022])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


CURRENT = [('国务院总理', '李强'), ('全国人大常委会委员长', '赵乐际'), ('全国政协主席', '王沪宁'), ('国家副主席', '韩正'),
           ('国务院副总理', '丁薛祥'), ('国务院副总理', '何立峰'), ('国务院副总理', '张国清'), ('国务院副总理', '刘国中'),
           ('中央纪委书记', '李希'), ('国家主席', '习近平'), ('中共中央总书记', '习近平')]
SHORT = [('总理', '李强'), ('委员长', '赵乐际'), ('副总理', '何立峰'), ('总书记', '习近平'), ('副总理', '丁薛祥')]
OUTDATED = [('国务院总理', '李克强'), ('全国人大常委会委员长', '栗战书'), ('全国政协主席', '汪洋'), ('国家副主席', '王岐山'),
            ('国务院副总理', '韩正'), ('国务院副总理', '胡春华'), ('国务院副总理', '刘鹤'), ('国务院副总理', '孙春兰')]
WRONG = [('国务院总理', '赵乐际'), ('全国政协主席', '李强'), ('国家副主席', '蔡奇'), ('全国人大常委会委员长', '王沪宁'),
         ('国务院副总理', '李希'), ('国务院总理', '王沪宁')]
ACTS = ['主持召开国务院常务会议', '出席开幕式并讲话', '在人民大会堂会见外宾', '来我省调研指导工作', '作出重要批示', '主持召开座谈会', '出席会议并发表讲话']
PBSC = ['习近平', '李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希']
FORMS = ['习近平新时代中国特色社会主义思想', '两个确立', '两个维护', '四个意识', '四个自信', '全过程人民民主', '人类命运共同体',
         '中国特色社会主义', '社会主义核心价值观', '中华民族伟大复兴', '中国式现代化', '新发展理念', '新发展格局', '全面从严治党']
FORM_CTX = [('深入学习贯彻', '，推动各项工作落地见效。'), ('全县各级党组织要把', '作为首要政治任务。'), ('坚持以', '为指导，扎实做好各项工作。'),
            ('会议强调，要深刻领悟', '的决定性意义。'), ('持续深化', '宣传教育，营造良好氛围。'), ('我们要牢固树立', '，始终在思想上政治上行动上同党中央保持高度一致。')]
OFFICIAL = [('中华人民共和国', '热烈庆祝', '成立75周年'), ('中国共产党', '热烈庆祝', '成立103周年'), ('全国人民代表大会', '第十四届', '第三次会议胜利闭幕'),
            ('中国人民政治协商会议', '', '第十四届全国委员会第三次会议开幕')]


def pos_name_title():
    title, name = rng.choice(CURRENT)
    bad = typo(name)
    if rng.random() < 0.5:
        add(now(), [f"{rng.choice(['昨日，', '今天上午，', '', '据新华社报道，'])}{title}", (bad, 'leader-name'), rng.choice(ACTS) + '。'])
    else:
        add(now(), [(bad, 'leader-name'), f"{title}{rng.choice(ACTS)}。"])


def pos_name_short():
    title, name = rng.choice(SHORT)
    add(now(), [f"{rng.choice(['会上，', '', '本周，'])}", (typo(name), 'leader-name'), f"{title}{rng.choice(['强调', '指出', '在讲话中提出'])}，要抓好各项工作落实。"])


def pos_outdated():
    title, name = rng.choice(OUTDATED)
    if rng.random() < 0.6:
        add(now(), [f"{rng.choice(['近日，', '', '本月，'])}", (f"{title}{name}", 'leader-title'), rng.choice(ACTS) + '。'])
    else:
        short = {'国务院总理': '总理', '国务院副总理': '副总理', '全国人大常委会委员长': '委员长'}.get(title, title)
        add(now(), [(f"{name}{short}", 'leader-title'), rng.choice(ACTS) + '，强调要抓好落实。'])


def pos_wrong():
    title, name = rng.choice(WRONG)
    add(rng.choice([now(), before2023()]), [rng.choice(['', '新闻联播报道，']), (f"{title}{name}", 'leader-title'), rng.choice(ACTS) + '。'])


def pos_list():
    names = PBSC[:]
    i = rng.randrange(len(names))
    bad = typo(names[i])
    parts = [rng.choice(['党和国家领导人', '会议由', '出席大会的有'])]
    for k, n in enumerate(names):
        if k:
            parts.append('、')
        parts.append((bad, 'leader-name') if k == i else n)
    parts.append('等出席。')
    add(now(), parts)


def pos_formulation():
    form = rng.choice(FORMS)
    pre, post = rng.choice(FORM_CTX)
    # Keep the misspelling off the leader's name inside the long formulation (that is a name typo in a formulation).
    bad = typo(form, range(3, len(form)) if form.startswith('习近平') else None)
    add(now(), [pre, (bad, 'formulation'), post])


def pos_official():
    name, pre, post = rng.choice(OFFICIAL)
    add(now(), [pre, (typo(name), 'official-name'), post])


def pos_variant():
    text = rng.choice(['四种意识', '全过程民主人民', '人类命运联合体', '习近平新时代中国特色社会主义理论', '社会主义核心价值关'])
    add(now(), ['认真学习领会', (text, 'formulation'), '的丰富内涵。'])


def neg_correct():
    title, name = rng.choice(CURRENT)
    add(now(), [f"{rng.choice(['昨日，', '', '据新华社报道，'])}{title}{name}{rng.choice(ACTS)}。"])


def neg_correct_short():
    title, name = rng.choice(SHORT)
    add(now(), [f"{name}{title}{rng.choice(['强调', '指出', '主持会议'])}，各地各部门要压实责任。"])


def neg_historical():
    year, text = rng.choice([
        (2018, '2018年，李克强总理在政府工作报告中提出，要深化“放管服”改革。'),
        (2019, '2019年3月，国务院总理李克强在十三届全国人大二次会议上作政府工作报告。'),
        (2020, '回顾2020年，栗战书委员长率执法检查组来我省检查野生动物保护法实施情况。'),
        (2021, '2021年，时任国务院副总理胡春华到我县调研乡村振兴工作。'),
        (2016, '2016年，国务院总理李克强考察了我市保障性住房项目。'),
        (2022, '2022年，全国政协主席汪洋出席民族团结进步表彰大会。'),
        (0, '时任国务院总理李克强曾到我县考察脱贫攻坚工作。'),
        (0, '原国务院副总理刘鹤出席了论坛开幕式。'),
        (0, '十年前，时任国家副主席李源潮来到我州调研。'),
    ])
    add(now(), [text])


def neg_date_correct():
    title, name = rng.choice(OUTDATED)
    add(before2023(), [f"{title}{name}{rng.choice(ACTS)}。"])


def neg_ordinary():
    add(now(), [rng.choice([
        f"{rng.choice(['大营村', '新寨社区', '石桥村'])}村民李强主动报名参加护林防火志愿服务队。",
        '李强同志任县农业农村局党组书记，提名为局长人选。',
        '县政协主席王洋带队到乡镇开展民主监督。',
        '县总工会主席李强走访慰问困难职工。',
        '经研究，决定任命韩正为县水务局副局长。',
        '张伟、王芳、李强、刘洋4名同志拟确定为优秀共产党员。',
        '市政协副主席韩正出席活动。',
        '获奖名单：王洋、李希、赵磊、陈静。',
        '县委常委、宣传部长李强出席活动并致辞。',
        '汪洋同学在全市中学生作文大赛中获得一等奖。',
        '民警王岐山在巡逻中救助一名走失老人。',
        '主席台就座的有县四套班子领导。',
        '大会主席团成员名单公布。',
        '世界贸易组织总理事会会议在日内瓦举行。',
        '各位政协委员长期以来关心支持全县发展。',
        '人大常委会副委员长率队调研。',
        '全国人大常委会副委员长来我省检查工作。',
        '镇党委书记李强主持召开专题会议。',
    ])])


def neg_formulation():
    pre, post = rng.choice(FORM_CTX)
    add(now(), [pre + rng.choice(FORMS + ['新时代中国特色社会主义', '中国特色社会主义理论体系', '社会主义核心价值体系', '中国共产党', '中华人民共和国']) + post])


def neg_list():
    add(now(), ['习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等党和国家领导人出席大会。'])


def neg_general():
    add(now(), [rng.choice([
        '全县召开2025年度政务公开工作推进会，部署重点任务。',
        '为进一步做好耕地地力保护补贴发放工作，现将有关事项通知如下。',
        '2025年事业单位公开招聘工作人员笔试成绩公示。',
        '我局组织开展安全生产月宣传咨询活动，发放宣传资料2000余份。',
        '县人民政府关于印发乡村振兴重点工作任务分工方案的通知。',
        '持续推进营商环境优化提升，政务服务事项网上可办率达98%。',
        '全面落实河湖长制，开展河道“清四乱”专项整治行动。',
        '公共法律服务中心为群众提供法律咨询120余人次。',
        '国务院常务会议研究部署稳就业相关工作。',
        '省委常委会召开会议，传达学习中央经济工作会议精神。',
        '总理答记者问的内容引发广泛关注。',
        '会上，委员长会议讨论了有关议程。',
    ])])


POS = [pos_name_title, pos_name_title, pos_name_short, pos_outdated, pos_outdated, pos_wrong, pos_list, pos_formulation,
       pos_formulation, pos_formulation, pos_official, pos_variant]
NEG = [neg_correct, neg_correct_short, neg_historical, neg_historical, neg_date_correct, neg_ordinary, neg_ordinary,
       neg_formulation, neg_list, neg_general]
for _ in range(165):
    rng.choice(POS)()
for _ in range(165):
    rng.choice(NEG)()

# Hand-written rows (date, text): [[span|kind]] marks a labelled span.
HANDWRITTEN = [
    ("2024-07-01", "深入学习贯彻党的二十大精神，坚决捍卫“两个确立”、坚决做到“[[两个唯护|formulation]]”。"),
    ("2024-07-01", "全县党员干部要增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“[[两个确力|formulation]]”的决定性意义。"),
    ("2024-07-01", "以习近平新时代中国特色社会主义思想为指导，奋力推进[[中国式现代代|formulation]]建设。"),
    ("2024-07-01", "国务院总理李强主持召开国务院常务会议，国务院副总理丁薛祥、[[何立锋|leader-name]]出席。"),
    ("2024-07-01", "中共中央政治局常委、国务院副总理丁薛祥在京出席会议。"),
    ("2024-07-01", "全国人大常委会委员长赵乐际在京会见外宾。"),
    ("2024-07-01", "2023年3月，十四届全国人大一次会议选举赵乐际为全国人大常委会委员长。"),
    ("2024-07-01", "中华人民共和国主席习近平签署第三十一号主席令。"),
    ("2024-07-01", "全面贯彻落实以习近平同志为核心的党中央决策部署。"),
    ("2024-07-01", "学习贯彻习总书记考察云南重要讲话精神。"),
    ("2024-07-01", "国务院总理李强签署国务院令，公布《条例》。"),
    ("2022-06-01", "[[李强总理|leader-title]]来我省考察调研。"),
    ("2024-07-01", "热烈庆祝中华人民共和国成立75周年。"),
    ("2024-07-01", "热烈庆祝[[中化人民共和国|official-name]]成立75周年。"),
    ("2024-07-01", "培育和践行[[社会注义核心价值观|formulation]]，弘扬时代新风。"),
    ("2024-07-01", "推动构建[[人类命运共通体|formulation]]，展现大国担当。"),
    ("2024-07-01", "发展全过程人民民主，保障人民当家作主。"),
    ("2024-07-01", "热烈庆祝[[中国共产赏|official-name]]成立103周年。"),
    ("2024-07-01", "[[习近平新时代中国特色社会主义理论|formulation]]是当代中国马克思主义。"),
    ("2024-07-01", "我县召开会议传达学习十四届全国人大二次会议和全国政协十四届二次会议精神。"),
    ("2024-07-01", "2016年，时任国务院总理李克强考察我市。"),
    ("2024-07-01", "在2021年召开的全国脱贫攻坚总结表彰大会上，中共中央总书记、国家主席、中央军委主席习近平发表重要讲话。"),
    ("2024-07-01", "[[国家副主席王岐山|leader-title]]出席开幕式。"),
    ("2019-07-01", "国家副主席王岐山出席开幕式。"),
    ("2024-07-01", "[[栗战书委员长|leader-title]]在讲话中指出，要加强立法工作。"),
    ("2024-07-01", "县人大常委会主任赵乐际（与国家领导人同名）主持会议。"),
    ("2024-07-01", "全国人大代表李强来我县开展代表活动。"),
    ("2024-07-01", "中央纪委书记李希出席会议并讲话。"),
    ("2024-07-01", "[[中央纪委书记赵乐际|leader-title]]出席会议并讲话。"),
    ("2020-07-01", "中央纪委书记赵乐际出席会议并讲话。"),
    ("2024-07-01", "习近平总书记强调，要坚持以人民为中心的发展思想。"),
    ("2024-07-01", "[[习进平|leader-name]]总书记强调，要坚持以人民为中心的发展思想。"),
    ("2024-07-01", "习近平总书记在[[中共中央政冶局|official-name]]会议上发表重要讲话。" if False else "习近平总书记在中央政治局会议上发表重要讲话。"),
    ("2024-07-01", "党的二十大报告提出，以中国式现代化全面推进中华民族伟大复兴。"),
    ("2024-07-01", "以中国式现代化全面推进[[中华民族伟大复心|formulation]]。"),
    ("2024-07-01", "坚持[[一国两治|formulation]]方针不动摇。" if False else "坚持“一国两制”方针不动摇。"),
    ("2024-07-01", "高举[[中国特色社会主意|formulation]]伟大旗帜。"),
    ("2024-07-01", "坚持[[马克思列宁主意|formulation]]、毛泽东思想、邓小平理论。"),
    ("2024-07-01", "完整准确全面贯彻[[新发展里念|formulation]]，加快构建新发展格局。"),
    ("2024-07-01", "全面从严治党永远在路上。"),
    ("2024-07-01", "县委常委会召开会议，研究全面从严治党工作。"),
    ("2024-07-01", "县政协主席李强出席会议。"),
    ("2024-07-01", "国务院副总理张国清来我省调研安全生产工作。"),
    ("2024-07-01", "国务院副总理[[张国青|leader-name]]来我省调研安全生产工作。"),
    ("2024-07-01", "国务院副总理刘国中出席全国春季农业生产工作会议。"),
    ("2024-07-01", "[[国务院副总理胡春华|leader-title]]出席全国春季农业生产工作会议。"),
    ("2022-03-01", "国务院副总理胡春华出席全国春季农业生产工作会议。"),
    ("2024-07-01", "王沪宁主席出席全国政协双周协商座谈会。"),
    ("2024-07-01", "[[王户宁|leader-name]]主席出席全国政协双周协商座谈会。" if False else "全国政协主席[[王户宁|leader-name]]出席全国政协双周协商座谈会。"),
    ("2024-07-01", "总理在政府工作报告中指出，今年发展主要预期目标是国内生产总值增长5%左右。"),
    # Written blind after the inspector was done.
    ("2025-03-01", "国务院总理李强签署第803号国务院令，公布《医疗保障基金使用监督管理条例》修订稿。"),
    ("2025-03-01", "习近平总书记考察云南时强调，要把云南建设成为我国民族团结进步示范区。"),
    ("2025-03-01", "国务院副总理[[刘国忠|leader-name]]出席全国春耕生产工作会议并讲话。"),
    ("2025-03-01", "[[国家副主席王岐山|leader-title]]会见了来访的外国政要。"),
    ("2025-03-01", "2019年，国家副主席王岐山出席了第二届中国国际进口博览会相关活动。"),
    ("2025-03-01", "全市广大干部群众认真学习贯彻全国“两会”精神，坚定拥护“[[两个确力|formulation]]”。"),
    ("2025-03-01", "以[[习近平新时代中国特色社会主仪思想|formulation]]为指导，推进全面从严治党向纵深发展。"),
    ("2025-03-01", "我们要坚决维护以习近平同志为核心的党中央权威和集中统一领导。"),
    ("2025-03-01", "县委书记李强主持召开县委常委会会议，传达学习全国两会精神。"),
    ("2025-03-01", "全国政协委员王洋建议加强基层医疗卫生服务能力建设。"),
    ("2025-03-01", "赵乐际委员长在全国人大常委会会议上作工作报告。"),
    ("2025-03-01", "[[赵乐际总理|leader-title]]出席会议。"),
    ("2025-03-01", "中国特色社会主义进入新时代。"),
    ("2025-03-01", "努力建设人类命运共同体。"),
    ("2025-03-01", "[[全面从严治当|formulation]]取得新成效。"),
    ("2025-03-01", "隆重庆祝[[中华人民共合国|official-name]]成立76周年。"),
    ("2025-03-01", "中国共产党第二十届中央委员会第四次全体会议公报。"),
    ("2025-03-01", "发扬全过程人民民主，推进基层民主协商。"),
]


def add_marked(date, line):
    parts = []
    rest = line
    while '[[' in rest:
        before, after = rest.split('[[', 1)
        inner, rest = after.split(']]', 1)
        text, kind = inner.rsplit('|', 1)
        parts += [before, (text, kind)]
    parts.append(rest)
    add(date, parts)


for date, line in HANDWRITTEN:
    add_marked(date, line)
rng.shuffle(lines)
out = os.path.join(root, 'tests', 'Monitor.Analysis.Tests', 'DevSets', 'misstatement.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for line in lines:
        f.write(json.dumps(line, ensure_ascii=False) + '\n')
print(out, len(lines), 'lines,', sum(1 for l in lines if not l['spans']), 'without spans')
