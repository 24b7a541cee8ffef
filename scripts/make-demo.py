#!/usr/bin/env python3
"""Builds the demo register (demo/register.csv) and two months of demo posts (demo/posts.jsonl, in the vendor-file format of docs/vendor-files.md).

Deterministic (fixed seed). Dates are written relative to ANCHOR; the loader shifts every date by whole days so
that ANCHOR becomes the day of first start, so the demo never goes stale. Invented content in the style of the
seed notices; the names are made up, the regions are real GB/T 2260 divisions of Yunnan.
"""
import csv, json, random, datetime, os

random.seed(20261122)
ANCHOR = datetime.date(2026, 11, 22)
TZ = "+08:00"
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "demo")

PREFECTURES = [
    ("昭通市", "530600", [("昭阳区", "530602"), ("鲁甸县", "530621"), ("盐津县", "530623"), ("彝良县", "530628")]),
    ("曲靖市", "530300", [("麒麟区", "530302"), ("会泽县", "530326"), ("宣威市", "530381")]),
    ("红河哈尼族彝族自治州", "532500", [("个旧市", "532501"), ("蒙自市", "532503"), ("建水县", "532524"), ("元阳县", "532528")]),
]
SHORT = {"红河哈尼族彝族自治州": "红河州", "昭通市": "昭通", "曲靖市": "曲靖"}
PLATFORMS = [("微信公众号", "WX"), ("新浪微博", "XL"), ("抖音", "DY"), ("今日头条", "TT")]

def check_digit(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]

def id_number(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    return body + check_digit(body)

accounts = []
seq = {}
def add(region_name, code, owner, name, platform, behaviour, status="运行"):
    pname, pcode = platform
    n = seq[(code, pcode)] = seq.get((code, pcode), 0) + 1
    ident = f"{code}M008{pcode}{n:04d}"
    handle = {
        "WX": f"MzA{random.randint(10**8, 10**9 - 1)}==",
        "XL": f"https://weibo.com/u/{random.randint(5 * 10**9, 7 * 10**9)}",
        "DY": f"https://www.douyin.com/user/MS4wLjABAAAA{random.randint(10**9, 10**10 - 1)}",
        "TT": f"https://www.toutiao.com/c/user/token/MS4wLjABAAAAtt{random.randint(10**7, 10**8 - 1)}/",
    }[pcode]
    accounts.append(dict(region=region_name, code=code, owner=owner, name=name, platform=pname, ident=ident,
                         handle=handle, status=status, behaviour=behaviour))

BEHAVIOURS = ["daily", "daily", "weekly", "daily", "weekly", "daily"]
for pref, pcode, counties in PREFECTURES:
    short = SHORT.get(pref, pref)
    add(pref, pcode, f"{short}人民政府办公室", f"{short}发布", PLATFORMS[0], "daily")
    add(pref, pcode, f"{short}人民政府新闻办公室", f"{short}发布", PLATFORMS[1], "daily")
    add(pref, pcode, f"{short}融媒体中心", f"{short}发布", PLATFORMS[2], "weekly")
    add(pref, pcode, f"{short}人民政府办公室", f"{short}政务", PLATFORMS[3], "weekly")
    add(pref, pcode, f"{short}教育体育局", f"{short}教育", PLATFORMS[0], "weekly")
    add(pref, pcode, f"{short}人力资源和社会保障局", f"{short}人社", PLATFORMS[0], "daily")
    for i, (county, ccode) in enumerate(counties):
        add(county, ccode, f"{county}人民政府办公室", f"{county}人民政府", PLATFORMS[0], BEHAVIOURS[i % len(BEHAVIOURS)])
        add(county, ccode, f"{county}融媒体中心", f"{county[:-1] if len(county) > 2 else county}发布", PLATFORMS[1], "daily")
        add(county, ccode, f"{county}融媒体中心", f"{county}融媒", PLATFORMS[2], "weekly")
        add(county, ccode, f"{county}农业农村局", f"{county}农业农村", PLATFORMS[i % 2 * 3], "weekly")

# The cases a newcomer must see working.
special = {
    "鲁甸县农业农村": "stale",           # last post 20 days before: fails update.two-week
    "盐津县融媒": "warning",             # last post 11 days before: early warning only
    "彝良县农业农村": "zombie",          # nothing for four months: 僵尸账号
    "会泽县融媒": "reposts",             # only reposts: fails original.two-week
    "建水县农业农村": "stale",
    "元阳县融媒": "pinned-stale",        # an old pinned post on top, nothing new: still stale
}
for a in accounts:
    if a["name"] in special:
        a["behaviour"] = special[a["name"]]
accounts.append(dict(region="个旧市", code="532501", owner="个旧市文化和旅游局", name="个旧文旅", platform="微信公众号",
                     ident="532501M008WX0009", handle="MzA100200300==", status="关停", behaviour="none"))

TOPICS = [
    ("召开全县安全生产工作会议", "会议强调，要压紧压实安全生产责任，深入开展隐患排查整治，坚决防范遏制重特大事故发生。"),
    ("2026年城乡居民医疗保险集中缴费开始", "请广大群众在规定时间内通过线上或线下渠道及时缴费，确保按时享受医保待遇。"),
    ("秋冬季森林防灭火工作部署", "各乡镇要加强巡山护林，严格管控野外用火，发现火情立即报告。"),
    ("优化营商环境政策解读", "本次出台的措施涵盖市场准入、政务服务、要素保障等方面，进一步降低企业制度性交易成本。"),
    ("高原特色农业产业发展现场推进会召开", "会议要求，要立足资源禀赋，做强做优特色产业，带动群众持续增收。"),
    ("关于开展冬季爱国卫生运动的通知", "各单位要组织干部职工清理卫生死角，营造干净整洁的人居环境。"),
    ("政务服务“跨省通办”新增事项", "新增社保关系转移、户籍迁移等高频事项，群众办事更加便捷。"),
    ("乡村振兴重点帮扶工作推进", "要巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线。"),
    ("2026年度公开招聘事业单位工作人员公告", "报名时间为本公告发布之日起7日内，具体岗位及条件详见附件。"),
    ("学习贯彻党的二十届四中全会精神宣讲", "宣讲团深入基层，用群众听得懂的语言讲清全会精神。"),
    ("防范电信网络诈骗提醒", "不轻信陌生来电，不点击不明链接，不向陌生账户转账。"),
    ("城市更新项目有序推进", "老旧小区改造涉及供排水、道路、绿化等内容，预计年底前完工。"),
]
TYPOS = [
    ("近期将按排专人对辖区内重点场所进行检查，确保各项措施落实到位。", "按排", "安排"),
    ("全体干部要再接再励，推动各项工作取得新成效。", "再接再励", "再接再厉"),
    ("对群众反应的问题要建立台账，限期整改。", "反应", "反映"),
    ("会议要求各部门要提高政治站位，切实把思想和行动统一到决策部署上来，坚决防止敷衍塞则。", "塞则", "塞责"),
]
REPOST_SOURCES = ["云南发布", "人民日报", "新华社", "云南省人民政府"]

posts = []
def post(a, day, hour, title, text, original=True, repost_source=None, pinned=False):
    dt = datetime.datetime.combine(ANCHOR - datetime.timedelta(days=day), datetime.time(hour, random.choice([0, 15, 30, 45])))
    pid = f"{a['ident']}-{len([p for p in posts if p['account_code'] == a['ident']]) + 1:04d}"
    posts.append({
        "account_code": a["ident"], "id": pid, "url": f"https://demo.monitor.invalid/{pid}",
        "title": title, "text": text, "published_at": dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ,
        "original": original,
        "repost": repost_source is not None, "repost_source": repost_source, "pinned": pinned,
    })

typo_accounts = {"昭通发布": 0, "鲁甸县人民政府": 1, "曲靖人社": 2, "蒙自发布": 3}
for a in accounts:
    b = a["behaviour"]
    if b == "none":
        continue
    days = range(60, -1, -1)
    place = a["region"]
    for day in days:
        if b == "daily" and random.random() < 0.55:
            pass
        elif b == "weekly" and day % 7 == sum(map(ord, a["ident"])) % 7:
            pass
        elif b in ("stale", "pinned-stale") and day >= 20 and day % 5 == 0:
            pass
        elif b == "warning" and day >= 11 and day % 4 == 3:
            pass
        elif b == "reposts" and day % 3 == 0:
            src = random.choice(REPOST_SOURCES)
            t, body = random.choice(TOPICS)
            post(a, day, 10, f"转发：{t}", f"【转自{src}】{body}", original=False, repost_source=src)
            continue
        else:
            continue
        t, body = random.choice(TOPICS)
        # Reposts make up part of every active account's output.
        if random.random() < 0.2:
            src = random.choice(REPOST_SOURCES)
            post(a, day, random.randint(8, 20), t, f"【转自{src}】{body}", original=False, repost_source=src)
        else:
            post(a, day, random.randint(8, 20), f"{place}{t}", body)
    if b == "zombie":
        post(a, 130, 9, f"{place}冬春农业生产工作安排", f"{place}各地要抓好冬春农业生产。")
    if b == "pinned-stale":
        post(a, 200, 9, f"欢迎关注{a['name']}", f"{a['name']}是{a['owner']}主办的政务新媒体。", pinned=True)
    if a["name"] in typo_accounts:
        s, _, _ = TYPOS[typo_accounts[a["name"]]]
        post(a, 3, 16, f"{place}近期重点工作安排", f"{place}召开专题会议。{s}")

# A leaked ID number and mobile in a 公示 (pii.*), and a misstated leader title (misstatement.*).
def find(name):
    return next(a for a in accounts if a["name"] == name)
idn = id_number("530621", "19850312", 123)
post(find("鲁甸县人民政府"), 5, 17, "2026年度农村低保拟纳入对象公示",
     f"经村民评议、乡镇审核，拟将以下人员纳入农村最低生活保障：张某某，身份证号{idn}，联系电话13987654321，"
     "家庭人口3人。公示期为7天，如有异议请拨打监督电话0870-3123456反映。")
post(find("宣威发布"), 6, 11, "全市干部大会传达学习全国两会精神",
     "会议指出，要认真学习领会国务院总理李克强所作的政府工作报告，结合实际抓好贯彻落实。")
post(find("蒙自发布"), 4, 9, "深入学习贯彻习近平新时代中国特色社会主意思想",
     "全市各级各部门要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。")

with open(os.path.join(out, "register.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["序号", "地区/部门", "主办单位", "账号名称", "平台", "标识码", "账号ID/链接", "状态"])
    for i, a in enumerate(accounts, 1):
        w.writerow([i, a["region"], a["owner"], a["name"], a["platform"], a["ident"], a["handle"], a["status"]])
posts.sort(key=lambda p: (p["account_code"], p["published_at"]))
with open(os.path.join(out, "posts.jsonl"), "w", encoding="utf-8") as f:
    # The vendor-file format (docs/vendor-files.md) skips // lines; the seeder reads the anchor from this one.
    f.write(f"// demo-anchor: {ANCHOR.isoformat()}\n")
    for p in posts:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(accounts), "accounts,", len(posts), "posts")
