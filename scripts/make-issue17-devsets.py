#!/usr/bin/env python3
"""Writes the issue-17 dev sets (tests/Monitor.Analysis.Tests/DevSets/issue17-{pii,misstatement}-{tune,heldout}.jsonl).

Written independently of models/lexicon: the canonical forms, leader names and titles below are typed in here, and
the wrong characters come straight from pycorrector's same_pinyin/same_stroke files in corpus/ (not from
models/lexicon/confusion*.tsv). Positives are real sentences of corpus/gov_corpus.txt with one confusable
injected (or a char dropped/added), hand-written 公示/花名册 rows with synthetic valid resident IDs (GB/T 2260 county
codes from models/regions, GB 11643 check digits), titles at dates. Negatives: the same sentences unaltered, corpus
sentences holding a real word one char away from a canonical form, ordinary people whose names resemble leaders',
and numbers that look like IDs (credit codes, order numbers, 文号, phones, dates, amounts, bank and tax numbers).

Split: every item draws tune/held-out from its own seeded coin (1 in 3 held out) and the corpus sentences, names and
villages are partitioned by the same coin, so held-out rows share no sentence with the tune rows. Spans are UTF-16."""
import json
import os
import random
import re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = os.path.join(root, 'corpus')
out = os.path.join(root, 'tests', 'Monitor.Analysis.Tests', 'DevSets')
rng = random.Random(1717)


def u16(s):
    return len(s.encode('utf-16-le')) // 2


# ---------------------------------------------------------------- confusables straight from pycorrector
conf = {}


def link(a, b):
    if a != b and '\u4e00' <= a <= '\u9fff' and '\u4e00' <= b <= '\u9fff':
        conf.setdefault(a, set()).add(b)
        conf.setdefault(b, set()).add(a)


with open(os.path.join(data, 'pycorrector_same_pinyin.txt'), encoding='utf-8') as f:
    for line in f:
        if not line.startswith('#'):
            p = line.rstrip('\n').split('\t')
            for col in p[1:3]:
                for c in col:
                    link(p[0], c)
with open(os.path.join(data, 'pycorrector_same_stroke.txt'), encoding='utf-8') as f:
    for line in f:
        g = [c for c in line.rstrip('\n').split('\t') if len(c) == 1]
        for a in g:
            for b in g:
                link(a, b)
conf = {k: sorted(v) for k, v in conf.items()}

# Sentences naming a former leader with a title are right or wrong by their date; they are left out of the
# formulation and name sets, whose labels must not depend on the line's date.
FORMER = ['李克强', '栗战书', '汪洋', '王岐山', '胡春华', '刘鹤', '孙春兰', '张高丽', '刘延东', '马凯', '张德江', '俞正声', '刘云山', '温家宝', '胡锦涛']
corpus = [l.strip() for l in open(os.path.join(data, 'gov_corpus.txt'), encoding='utf-8')
          if 12 <= len(l.strip()) <= 120 and not any(n in l for n in FORMER)]

sets = {('pii', False): [], ('pii', True): [], ('mis', False): [], ('mis', True): []}


def held():
    return rng.random() < 1 / 3


def add(family, heldout, date, parts):
    text, spans = '', []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({'start': u16(text), 'length': u16(p[0]), 'kind': p[1]})
            text += p[0]
        else:
            text += p
    sets[(family, heldout)].append({'text': text, 'spans': spans, 'date': date})


def day(years):
    return f"{rng.choice(years)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# ---------------------------------------------------------------- formulations
FORMS = ['中国共产党', '中华人民共和国', '习近平新时代中国特色社会主义思想', '党的二十届三中全会', '中华民族伟大复兴', '乡村振兴',
         '粤港澳大湾区', '一带一路', '四个自信', '两个确立', '两个维护', '四个意识', '高质量发展', '以习近平同志为核心的党中央',
         '中国特色社会主义', '社会主义核心价值观', '人类命运共同体', '全过程人民民主', '中国式现代化', '新发展理念', '新发展格局',
         '全面从严治党', '全面依法治国', '长江经济带', '京津冀协同发展', '党的二十大', '生态文明建设', '共同富裕', '脱贫攻坚',
         '全国人民代表大会', '中国人民政治协商会议', '社会主义现代化国家', '两个一百年', '党史学习教育', '主题教育']
FORMS.sort(key=len, reverse=True)


def variant(form, op):
    """One (two for 9+ chars) confusable substitution, or a dropped / added char. Never inside 习近平 (a name typo)."""
    lo = 3 if form.startswith('习近平') else (4 if form.startswith('以习近平') else 0)
    idx = [i for i in range(lo, len(form)) if form[i] in conf]
    if op == 'sub' and idx:
        n = 2 if len(form) >= 9 and rng.random() < 0.4 else 1
        s = list(form)
        for i in rng.sample(idx, min(n, len(idx))):
            s[i] = rng.choice(conf[form[i]])
        return ''.join(s)
    if op == 'drop' and len(form) >= 5:
        if form == '以习近平同志为核心的党中央':
            return '以习近平为核心的党中央'
        i = rng.randrange(max(lo, 1), len(form) - 1)
        return form[:i] + form[i + 1:]
    if op == 'add' and len(form) >= 4:
        i = rng.randrange(max(lo, 1), len(form))
        extra = rng.choice([form[i - 1], form[i], '的', '之', '和'])
        return form[:i] + extra + form[i:]
    return None


by_form = {f: [] for f in FORMS}
for s in corpus:
    for f in FORMS:
        if f in s:
            by_form[f].append(s)
            break
for f in FORMS:
    pool = by_form[f]
    rng.shuffle(pool)
    for s in pool[:14]:
        h = held()
        at = s.index(f)
        # Skip sentences where the form is only part of a longer canonical form.
        if any(g != f and f in g and g in s for g in FORMS):
            continue
        op = rng.choice(['sub', 'sub', 'sub', 'drop', 'add'])
        bad = variant(f, op)
        if bad is None or bad in s or any(g in bad for g in FORMS if g != f):
            continue
        add('mis', h, day([2024, 2025, 2026]), [s[:at], (bad, 'formulation'), s[at + len(f):]])
        if rng.random() < 0.5:
            add('mis', h, day([2024, 2025, 2026]), [s])
# Templates for the forms the corpus lacks (两个确立, 党的二十届三中全会, 全过程人民民主 …).
CTX = [('深入学习贯彻', '精神，推动各项工作落地见效。'), ('全县各级党组织要把学习', '作为首要政治任务。'), ('会议强调，要深刻领悟', '的决定性意义。'),
       ('我局持续深化', '宣传教育，营造良好氛围。'), ('镇党委理论学习中心组围绕', '开展专题研讨。')]
for f in ['两个确立', '党的二十届三中全会', '全过程人民民主', '中国式现代化', '以习近平同志为核心的党中央', '四个自信', '一带一路']:
    for _ in range(6):
        h = held()
        pre, post = rng.choice(CTX)
        bad = variant(f, rng.choice(['sub', 'sub', 'drop', 'add']))
        if bad:
            add('mis', h, day([2025, 2026]), [pre, (bad, 'formulation'), post])
        add('mis', h, day([2025, 2026]), [pre, f, post])

# Real words one char away from a form (same length), mined from the corpus: clean look-alike negatives.
near = []
for f in FORMS:
    if len(f) > 7:
        continue
    for s in corpus:
        if f in s:
            continue
        for i in range(len(s) - len(f) + 1):
            w = s[i:i + len(f)]
            if sum(a != b for a, b in zip(w, f)) == 1 and re.fullmatch('[\u4e00-\u9fff]+', w):
                near.append(s)
                break
rng.shuffle(near)
for s in near[:120]:
    add('mis', held(), day([2024, 2025, 2026]), [s])

# ---------------------------------------------------------------- leader names
LEADERS = ['习近平', '李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希', '韩正', '何立峰', '张国清', '刘国中', '李克强', '栗战书', '汪洋',
           '王岐山', '胡锦涛', '江泽民', '温家宝', '王宁', '王予波']
TITLED = [('中共中央总书记、国家主席、中央军委主席', '习近平'), ('国务院总理', '李强'), ('全国人大常委会委员长', '赵乐际'),
          ('全国政协主席', '王沪宁'), ('国务院副总理', '丁薛祥'), ('国务院副总理', '何立峰'), ('国务院副总理', '张国清'),
          ('国务院副总理', '刘国中'), ('国家副主席', '韩正'), ('中央纪委书记', '李希'), ('中央书记处书记', '蔡奇'),
          ('云南省委书记', '王宁'), ('云南省省长', '王予波'), ('中共中央政治局常委、国务院总理', '李强')]
ACTS = ['出席会议并讲话', '主持召开座谈会', '来我省调研', '作出重要指示', '在人民大会堂会见外宾', '出席开幕式']


def name_typo(n, positions=None):
    idx = [i for i in (positions or range(len(n))) if n[i] in conf]
    i = rng.choice(idx)
    return n[:i] + rng.choice(conf[n[i]]) + n[i + 1:]


for _ in range(70):
    h = held()
    title, n = rng.choice(TITLED)
    bad = name_typo(n)
    r = rng.random()
    if r < 0.4:
        add('mis', h, day([2025, 2026]), [rng.choice(['', '近日，', '据新华社报道，']) + title, (bad, 'leader-name'), rng.choice(ACTS) + '。'])
    elif r < 0.6 and n == '习近平':
        add('mis', h, day([2025, 2026]), [rng.choice(['会上，传达学习了', '我们要认真学习']), (bad, 'leader-name'),
                                         rng.choice(['总书记重要讲话精神。', '同志在全国两会期间的重要讲话精神。'])])
    elif r < 0.8:
        add('mis', h, day([2025, 2026]), [(bad, 'leader-name'), rng.choice(['同志', '']) + title.split('、')[-1] + rng.choice(ACTS) + '。'])
    else:
        add('mis', h, day([2025, 2026]), [title + n + rng.choice(ACTS) + '。'])
# Corpus sentences naming 习近平: inject into the name.
xi = [s for s in corpus if '习近平' in s and '习近平新时代' not in s]
rng.shuffle(xi)
for s in xi[:50]:
    h = held()
    at = s.index('习近平')
    add('mis', h, day([2024, 2025, 2026]), [s[:at], (name_typo('习近平'), 'leader-name'), s[at + 3:]])
    add('mis', h, day([2024, 2025, 2026]), [s])
# Ordinary people whose names resemble a leader's, outside any leadership context: not flagged.
for n in ['李强', '王宁', '张国青', '何立风', '刘国忠', '李希', '丁学祥', '赵乐际', '韩正', '汪洋']:
    for tpl in ['村民{}反映，家门口的道路已经修好。', '{}老师荣获县级优秀教师称号。', '志愿者{}为老人送去米面油。', '{}（化名）向记者讲述了他的经历。']:
        add('mis', held(), day([2025]), [tpl.format(n)])
for tpl in ['县政协主席{}出席会议。', '镇党委书记{}带队检查。', '一片{}之中，渔船若隐若现。']:
    add('mis', held(), day([2025]), [tpl.format(rng.choice(['李强', '王宁', '汪洋']))])

# ---------------------------------------------------------------- titles at a date
TERMS = [  # title, name, first year, last year held (inclusive, whole years only)
    ('国务院总理', '李强', 2023, 2026), ('国务院总理', '李克强', 2013, 2022), ('全国政协主席', '汪洋', 2018, 2022),
    ('全国政协主席', '王沪宁', 2023, 2026), ('全国人大常委会委员长', '栗战书', 2018, 2022), ('全国人大常委会委员长', '赵乐际', 2023, 2026),
    ('国家副主席', '王岐山', 2018, 2022), ('国家副主席', '韩正', 2023, 2026), ('云南省委书记', '陈豪', 2017, 2019),
    ('云南省委书记', '王宁', 2022, 2026), ('云南省省长', '阮成发', 2017, 2019), ('云南省省长', '王予波', 2021, 2026),
    ('中央纪委书记', '李希', 2023, 2026), ('中央纪委书记', '赵乐际', 2018, 2021)]
for _ in range(80):
    h = held()
    title, n, a, b = rng.choice(TERMS)
    wrong_year = rng.choice([y for y in range(2010, 2026) if y < a - 1 or y > b + 1])
    right_year = rng.randint(a, b)
    r = rng.random()
    if r < 0.35:  # stated year outside the term
        add('mis', h, day([2025, 2026]), [f"{wrong_year}年{rng.randint(1, 12)}月，", (title + n, 'leader-title'), rng.choice(ACTS) + '。'])
    elif r < 0.55:  # stated year inside the term: clean
        add('mis', h, day([2025, 2026]), [f"{right_year}年{rng.randint(1, 12)}月，{title}{n}{rng.choice(ACTS)}。"])
    elif r < 0.75:  # post's date only
        if b < 2024:
            add('mis', h, day([2024, 2025]), [rng.choice(['近日，', '']), (title + n, 'leader-title'), rng.choice(ACTS) + '。'])
        else:
            add('mis', h, day([2025]), [rng.choice(['近日，', '']) + title + n + rng.choice(ACTS) + '。'])
    elif r < 0.85:  # 时任: clean
        add('mis', h, day([2025, 2026]), [f"{wrong_year}年，时任{title}{n}{rng.choice(ACTS)}。"])
    else:  # wrong person
        other = rng.choice([t for t in TERMS if t[0] != title and t[3] >= 2025 and t[1] not in ('赵乐际',)])
        add('mis', h, day([2025]), [rng.choice(['', '近日，']), (title + other[1], 'leader-title'), rng.choice(ACTS) + '。'])

# ---------------------------------------------------------------- personal data in tables
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
counties = [l.split('\t')[0] for l in open(os.path.join(root, 'models', 'regions', 'gb2260.tsv'), encoding='utf-8')
            if not l.startswith('#') and '\tcounty\t' in l]
yn = [c for c in counties if c.startswith('53')]
SUR = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢岩刀玉'
GIV = ['建华', '秀英', '文学', '国强', '玉兰', '正平', '小明', '应芬', '光荣', '三妹', '老四', '自福', '德顺', '金花', '有才', '翠英',
       '明', '兰', '华', '勇', '香', '平', '学文', '春梅', '定国', '云仙']
VIL = ['勐满村', '曼燕村', '那兰社区', '芒果村', '大寨村', '小营村', '下坝村', '白沙村', '新街社区', '红旗村', '岔河村', '中和村']


def pname():
    return rng.choice(SUR) + rng.choice(GIV)


def check(body):
    return "10X98765432"[sum(int(a) * w for a, w in zip(body, W)) % 11]


def gen_id(old=False):
    y = rng.randint(1928, 1960) if old else rng.randint(1945, 2015)
    body = f"{rng.choice(yn if rng.random() < 0.7 else counties)}{y:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + check(body)


def wrong_check(v):
    return v[:-1] + rng.choice([c for c in '0123456789X' if c != v[-1]])


FW = str.maketrans('0123456789X', '０１２３４５６７８９Ｘ')


def shape(v):
    r = rng.random()
    if r < 0.15:
        return v.translate(FW)
    if r < 0.25:
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if r < 0.3:
        return f"{v[:6]}　{v[6:14]}　{v[14:]}"
    if r < 0.35:
        return f"{v[:6]} {v[6:10]} {v[10:14]} {v[14:]}"
    return v


PROG = ['边民补助', '高龄津贴', '养老服务补贴', '低保', '临时救助', '耕地地力保护补贴', '残疾人两项补贴', '特困供养']
for _ in range(150):
    h = held()
    prog = rng.choice(PROG)
    r = rng.random()
    rows = rng.randint(1, 4)
    if r < 0.3:
        parts = [f"{rng.choice(['关于', ''])}2025年{rng.randint(1, 12)}月{prog}发放名单公示\n序号 姓名 性别 身份证号 村组 金额\n"]
        for k in range(rows):
            parts += [f"{k + 1} {pname()} {rng.choice('男女')} ", (shape(gen_id(prog == '高龄津贴')), 'id-card'),
                      f" {rng.choice(VIL)} {rng.choice([100, 200, 300, 65, 2640, 1200])}元\n"]
    elif r < 0.5:
        parts = [f"{prog}对象公示：" if rng.random() < 0.5 else '']
        for k in range(rows):
            if k:
                parts.append('；')
            parts += [f"{pname()} ", (shape(gen_id()), 'id-card'), f" {rng.choice([360, 980, 1500])}元"]
        parts.append('。')
    elif r < 0.65:
        parts = [f"序号{rng.randint(1, 40)} {pname()} {rng.choice('男女')} ", (shape(gen_id()), 'id-card'), f" {rng.choice(VIL)} {prog}{rng.randint(1, 30) * 50}元"]
    elif r < 0.75:
        parts = [f"{pname()}，{rng.choice('男女')}，", (shape(gen_id(True)), 'id-card'), f"，{rng.choice(VIL)}，享受{prog}。"]
    elif r < 0.85:
        v = wrong_check(gen_id())
        parts = [f"申请人{pname()}，{rng.choice(['身份证号', '公民身份号码', '身份证号码：', '身份证号：'])}", (v, 'id-card'), f"，现予公示。"]
    else:
        parts = [f"{pname()}\t", (gen_id(), 'id-card'), f"\t{rng.choice(VIL)}\t{rng.randint(1, 9) * 100}元"]
    add('pii', h, day([2025, 2026]), parts)


def digits(n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def not_id18():
    while True:
        v = digits(18)
        if v[0] == '0' or check(v[:17]) != v[17]:
            return v


CREDIT = '0123456789ABCDEFGHJKLMNPQRTUWXY'
for _ in range(120):
    h = held()
    r = rng.randrange(11)
    t = [f"统一社会信用代码：91{rng.choice(yn)}{''.join(rng.choice(CREDIT) for _ in range(10))}，{pname()}（法定代表人）。",
         f"订单号{not_id18()}已受理，{pname()}请留意短信。",
         f"{rng.choice(['云政办发', '昆政发', '云财社'])}〔{rng.randint(2019, 2025)}〕{rng.randint(1, 200)}号文件要求，{prog}按月发放。",
         f"咨询电话：0871-{digits(8)}，传真：0871-{digits(8)}，联系人：{pname()}。",
         f"{pname()}于2025年{rng.randint(1, 12)}月{rng.randint(1, 28)}日领取{prog}{rng.randint(1, 90) * 100}元。",
         f"序号{rng.randint(1, 9)} {pname()} {rng.choice('男女')} 5301{'*' * 10}{digits(3)}{rng.choice('0123456789X')} {rng.choice(VIL)} 200元",
         f"单位账户：{rng.choice(['农业银行', '农村信用社'])}{rng.choice(VIL)}支行 账号 {digits(4)} {digits(4)} {digits(4)} {digits(3)}，户名：某某镇财政所。",
         f"纳税人识别号{not_id18()}，{pname()}。",
         f"合计发放{prog}{rng.randint(10000, 999999)}.{digits(2)}元，共{rng.randint(10, 400)}户{rng.randint(20, 900)}人。",
         f"{pname()} {rng.choice('男女')} {rng.choice(VIL)} {prog} {rng.randint(1, 12)}个月 {rng.randint(1, 50) * 60}元",
         f"项目编号：YN{digits(16)}，采购人：{rng.choice(VIL)}村委会。"][r]
    add('pii', h, day([2025, 2026]), [t])

names = {('pii', False): 'issue17-pii-tune', ('pii', True): 'issue17-pii-heldout',
         ('mis', False): 'issue17-misstatement-tune', ('mis', True): 'issue17-misstatement-heldout'}
for key, rows in sets.items():
    path = os.path.join(out, names[key] + '.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(path, len(rows), sum(1 for r in rows if r['spans']))
