"""Chinese: the words around figures, as plain data (lexicon.words merges the languages)."""

QUALIFIERS_BEFORE = {  # 超过500, 约19800
    "over": ("超过", "逾", "突破", "多于", "超"),
    "about": ("约", "大约"),
    "nearly": ("将近", "接近", "近"),
    "under": ("不足", "不到", "低于"),
}
QUALIFIERS_AFTER = {"over": ("以上", "多"), "about": ("左右",), "under": ("以下", "以内")}  # 1200左右
QUALIFIER_NAMES = {"exact": ("精确",)}
QUALIFIER_STATED: dict[str, str] = {}  # displays are in English
QUALIFIER_SYMBOLS: dict[str, str] = {}
CEILING_WORDS = ("失业", "居民消费价格", "排放")
TARGET_BOUNDS: dict[str, str] = {}
MEASURE_NAMES: dict[str, str] = {}

SCALES = {"万": 1e4, "亿": 1e8, "万亿": 1e12}
UNIT_SCALES = {"千亿": 1e11, "千万": 1e7, "百万": 1e6, "千": 1e3}
PLURAL_SCALES: tuple[str, ...] = ()
SCALE_NAMES: dict[float, str] = {}
CARDINALS: dict[str, int] = {}
ORDINALS: dict[str, int] = {}

UNITS_AFTER = {"pp": ("个百分点",), "%": ("％",), "CNY": ("元", "人民币"), "USD": ("美元",), "t": ("吨",),
               "ha": ("公顷",), "km²": ("平方公里",), "km": ("公里",)}
CURRENCIES_BEFORE: dict[str, tuple[str, ...]] = {}
CURRENCY_MARKS: tuple[str, ...] = ()
UNITS = {
    "元": (1, "CNY"), "人民币": (1, "CNY"), "美元": (1, "USD"), "百分比": (1, "%"), "百分点": (1, "pp"),
    "人": (1, "people"), "人次": (1, "visits"), "吨": (1, "t"), "公顷": (1, "ha"), "公里": (1, "km"),
    "千米": (1, "km"),  # a kilometre, not a thousand metres
}
UNIT_NAMES: dict[str, str] = {}
PRICE_BASES: tuple[str, ...] = ()
RATE_BASES: tuple[str, ...] = ()
NAME_UNITS = {"people": ("人口", "就业人员", "从业人员")}
LOCAL_CURRENCIES: dict[str, str] = {}

THEMES: dict[str, str] = {}
THEME_WORDS = {
    "trade": ("贸易", "外贸", "对外贸易", "进出口"), "taiwan": ("台湾", "对台", "两岸", "闽台"),
    "digital": ("数字", "数字经济"), "ecology": ("生态", "环境", "生态环境", "绿色"),
    "economy": ("经济", "宏观经济"), "investment": ("投资", "外资", "招商"), "industry": ("工业", "产业"),
    "innovation": ("创新", "科技"), "wellbeing": ("民生", "社会"), "culture": ("文化", "体育", "旅游"),
    "governance": ("治理", "安全", "政务"), "agriculture": ("农业", "农村", "乡村"),
}
REGIONS = {"福建": "Fujian", "福建省": "Fujian", "厦门": "Xiamen", "厦门市": "Xiamen"}  # as the seeds name them
SERIES_NAMES = {  # an official series as statistical tables name it -> as the records name it (one series)
    "地区生产总值": "Gross regional product",
    "国内生产总值": "Gross domestic product",
    "人均地区生产总值": "Per capita gross regional product",
    "人均国内生产总值": "Per capita gross domestic product",
    "进出口总额": "Total imports and exports",
    "出口总额": "Total exports",
    "进口总额": "Total imports",
    "年末常住人口": "Permanent residents at year end",
}
KINDS = {"actual": ("实际", "实绩", "完成"), "target": ("目标", "计划", "预期")}
PLAN_WORDS = ("力争", "目标", "预期", "预计", "计划", "争取", "将")

RISE_WORDS = ("增长", "增速", "增加", "提高", "上升", "同比")
FALL_WORDS = ("下降", "减少", "回落", "下滑")
GROWTH_NAMES = ("增长", "增速", "同比", "增幅", "变动")

MISSING: tuple[str, ...] = ()
NOTE_STARTS = ("注：", "注:", "数据来源：", "资料来源：", "来源：", "说明：")  # a footnote row of a table starts so

HEADERS = {
    "name": ("指标", "指标名称", "项目", "名称"),
    "period": ("年份", "年度", "时间", "时期", "统计时间", "期间", "年"),
    "value": ("数值", "值", "数据", "指标值", "数额", "本期", "本期值"),
    "unit": ("单位", "计量单位"),
    "region": ("地区", "区域", "地域", "省份", "省市", "国家", "国家或地区", "地区名称", "城市"),
    "theme": ("主题", "类别", "领域"),
    "qualifier": ("限定", "限定词"),
    "kind": ("类型", "性质"),
}

# how a Chinese display names things (not merged: each display is in one language); see lexicon.display
DISPLAY = {
    "qualifiers": {"exact": "", "over": "超过", "about": "约", "nearly": "近", "under": "不超过"},  # 不超过: true of
    # every "under" word (under, within, up to)
    # the English words of a record's display that say more than its qualifier: "no less than" is not 超过
    "qualifier_words": {"over": (("no less than", "不低于"), ("at least", "至少"), ("not less than", "不低于")),
                        "under": (("less than", "不足"), ("fewer than", "不足"), ("below", "低于"),
                                  ("under", "不足"))},
    "themes": {"trade": "贸易", "taiwan": "对台融合", "digital": "数字经济", "ecology": "生态", "economy": "宏观经济",
               "investment": "投资", "industry": "产业", "innovation": "创新", "wellbeing": "民生",
               "culture": "文化体育", "governance": "治理与安全", "agriculture": "农业农村"},
    "kinds": {"actual": "实际", "target": "目标", "derived": "推算"},
    "statuses": {"done": "已完成", "ongoing": "进行中", "planned": "计划中"},
    "measures": {"growth": "增速", "share": "比重", "change_pp": "百分点变化", "gap_pp": "百分点差距", "level": "水平",
                 "stock": "总量", "cumulative": "累计", "rank": "排名", "streak": "连续"},
    # the records' regions that are not a province, city or country of lexicon.regions
    "regions": {"China's pilot FTZs": "全国自由贸易试验区", "Fujian Pilot FTZ": "福建自贸试验区",
                "Xiamen Area, China (Fujian) Pilot FTZ": "福建自贸试验区厦门片区",
                "Jiangsu Pilot FTZ": "江苏自贸试验区", "Guangdong Pilot FTZ": "广东自贸试验区",
                "Zhejiang Pilot FTZ": "浙江自贸试验区", "Shanghai Pilot FTZ": "上海自贸试验区",
                "Tianjin Pilot FTZ": "天津自贸试验区", "Liaoning Pilot FTZ": "辽宁自贸试验区",
                "Beijing Pilot FTZ": "北京自贸试验区", "Pingtan": "平潭",
                "Shanghai, Anhui and other pilot FTZs": "上海、安徽等自贸试验区",
                "Yunnan, Sichuan, Shaanxi, Guangxi, Hunan, Chongqing and other pilot FTZs":
                    "云南、四川、陕西、广西、湖南、重庆等自贸试验区",
                "China's pilot FTZs (national, not Fujian)": "全国自由贸易试验区（全国数据，非福建数据）",  # a source's
                "Xiamen (a city of Fujian; not Fujian figures)": "厦门（福建省辖市；非福建全省数据）"},
    # a unit -> what follows the number: currencies, measures, and the measure word of a counted noun
    "units": {"CNY": "元", "USD": "美元", "%": "%", "pp": "个百分点", "t": "吨", "ha": "公顷", "km": "公里",
              "km²": "平方公里", "µg/m³": "微克/立方米", "hours": "小时", "years": "年", "sessions": "届",
              "enterprises": "家", "projects": "个", "people": "人", "measures": "项", "routes": "条",
              "housing units": "套", "events": "场", "parks": "个", "places": "个", "canteens": "个",
              "institutions": "家", "partnerships": "对", "members": "家", "cases": "个", "achievements": "项",
              "initiatives": "个", "kindergartens": "所", "departments": "个", "accidents": "起", "industries": "个",
              "laboratories": "家", "incubators": "家", "bases": "个", "practices": "项", "pairs": "对",
              "jobs": "人", "slots": "个", "beds": "张", "artists": "人", "venues": "个", "factories": "家",
              "industrial parks": "个", "vehicles": "辆", "districts and counties": "个", "industrial chains": "条",
              "industrial clusters": "个", "national industrial bases": "个", "visits": "人次"},
    "scales": {1e12: "万亿", 1e8: "亿", 1e4: "万"},  # largest first: how Chinese statistics scale a figure
    "rise": "增长", "fall": "下降", "pp_rise": "提高", "pp_fall": "下降", "gap_above": "高出", "gap_below": "低",
    "rank": "第{}位", "streak": "连续{}{}",
    "year": "{}年", "month": "{}月", "quarters": ("第一季度", "第二季度", "第三季度", "第四季度"),
    "halves": ("上半年", "下半年"), "first_three_quarters": "前三季度", "range": "—",
    "list": "、",  # between themes
    # a chart's words (core.charts.localize): legends, series, axes, target marks, title templates
    "charts": {"legend": {"Actual": "实际", "Derived": "推算", "Target": "目标", "Latest actual": "最新实际值",
                          "Ceiling": "上限", "Floor": "下限", "Growth": "增速",
                          "Other regions": "其他地区"},
               "marks": {"target": "目标", "ceiling": "上限", "floor": "下限", ": met": "：已达到",
                         ": not met": "：未达到"},
               "axes": {"% change": "增速（%）", "%": "%", "index": "指数"},
               "scales": {"trillion": "万亿", "billion": "十亿", "million": "百万", "thousand": "千"},
               "growth": "增速比较：{}", "targets": "目标与最新实际值：{}", "trend": "{}（{}）",
               "ticks": "（{}；{}目标）", "stated_two_ways": "（两种表述）", "sources_differ": "（来源说法不一）",
               "comma": "，", "currencies": {"yuan": "元", "US dollars": "美元", "dollars": "美元"},
               "repeat": "图表见“{}”部分。",
               "source": "资料来源：", "computed": {"Index": "指数由本应用根据水平值计算。",
                                                  "Growth": "增速由本应用根据水平值计算。"},
               "scopes": {"the filtered figures": "所筛选的数据", "the figures in this section": "本部分的数据"},
               "part": "（{}/{}）",  # a chart over several slides: its part of how many
               "statement": "{}：{}", "statement_sep": "；", "stated": "{}{}（{}）",  # a chart of one figure in words
               "nothing_selected": "请选择一项指标以查看其图表。",
               "no_growth": "{}中没有增速。", "no_targets": "所筛选的数据中没有既有目标值又有实际值的系列。",
               "smaller_hidden": "{}另有{}个较小的增速未显示。",
               "growth_hidden": "其他{1}个地区或时期的{0}个增速未显示",
               "targets_hidden": "其他{1}个指标或地区的{0}个目标未显示",
               "no_trend": "资料中只有一个观测值：尚无趋势。",
               "two_ways_note": "{}：{}，同一数值的两种表述", "differ_note": "{}：来源说法不一，{}", "and": "与",
               # comparing regions: titles, axes, notes and messages
               "levels_title": "{}：{}", "index_title": "{}指数（{}=100）：{}", "growth_title": "{}较上年增速：{}",
               "nominal_title": "{}较上年名义增速：{}", "many_regions": "{}及其他{}个地区",
               "index_axis": "指数（{}=100）", "nominal_axis": "名义增速（%）", "nominal": "（名义）",
               "index_base": "（{}=100）",
               "not_a_level": "{}是{}，不是水平值：指数和增速须由水平值计算。",
               "no_stated": "{}在{}没有所述数值。", "no_computable": "{}在{}没有可计算的数值。",
               "nominal_note": "名义增速，由现价水平值计算；文件所述增速为实际增速。",
               "bound_note": "{}{}：“{}”是界限值，不据此计算。",
               "differ_regions_note": "{}{}来源说法不一：按{}（{}）计算。",
               "no_base_note": "{}没有{}的水平值：未计算指数。",
               # a chart in words (core.charts.describe): what it is, each value, the sentence's marks
               "describe": {"trend": "趋势图", "bars": "柱状图", "unit": "，单位：{}", "values": "，{}个数值",
                            "series": "，{}组，共{}个数值", "nothing": "无可绘制的数据。", "at": "{}：{}",
                            "kind": "（{}）", "named": "{}：{}", "stop": "。", "between": "；"}},
    # a pack's default words in Chinese (the PDF's cover and the slides'), and the label of a curators' caution
    "pack": {"default-title": "福建简报资料", "default-subtitle": "来自官方文件的数据与举措",
             "default-handling": "内部使用", "caution": "注意："},
    # a slide's words (core.pack.slides): the title of the filtered records, counts, the filters, the citation
    "slides": {"briefing": "福建简报", "figures": "{}项指标", "initiatives": "{}项举措", "every_theme": "全部主题",
               "kind": "{}值", "matching": "检索“{}”",
               # a document cited as the Chinese PDF prints it (its title and publisher in its language)
               "dated": "{}, {} ({})", "undated": "{}, {}（未注明日期；时期按{}推定）",
               "input": "{}（{}）：{}", "computed": "；由本应用根据{}计算。",
               # an en+zh cover: the Chinese names are the project's translation, as the en+zh PDF's cover says it
               "translated": "中文名称为本项目译名；引文保留原文（英文）。"},
    "fields": {"id": "编号", "name": "名称", "display": "数值", "period": "时期", "region": "地区", "kind": "类型",
               "themes": "主题", "status": "状态", "source": "来源", "title": "标题", "date": "日期", "file": "文件"},
}
# a Chinese search word -> the English words of the documents it also finds (search in Chinese finds what the
# English words find: the documents are English); regions' Chinese names are added from lexicon.regions
SEARCH_TERMS = {
    "台湾": ("taiwan",), "台胞": ("taiwan compatriots",), "两岸": ("cross-strait",), "海峡": ("strait",),
    "闽台": ("fujian-taiwan", "fujian and taiwan"), "金门": ("kinmen",), "马祖": ("matsu",),
    "数字经济": ("digital economy",), "数字": ("digital",), "地区生产总值": ("gross regional product", "grp"),
    "国内生产总值": ("gross domestic product", "gdp"), "自贸试验区": ("free trade zone", "ftz"),
    "自由贸易试验区": ("free trade zone", "ftz"), "跨境电商": ("cross-border e-commerce",),
    "海峡论坛": ("straits forum",), "一般公共预算收入": ("general public budget revenue",),
    "外贸": ("foreign trade",), "进出口": ("imports and exports", "import and export"), "出口": ("export",),
    "进口": ("import",), "外资": ("foreign investment", "foreign capital", "foreign-invested"),
    "丝路海运": ("silk road maritime",), "生态": ("ecolog",), "创新": ("innovat",), "投资": ("invest",),
}
