"""Propose candidate figures from a new document: each figure-like number with its unit, period and quote.

Qt-free and pandas-free. Every candidate states its value in its quote and display the way the seed records
must (provenance.value_problems), so an accepted candidate becomes a record that loads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from ..lexicon.numbers import NumberToken, find_numbers
from ..lexicon.words import (
    CURRENCIES_BEFORE,
    CURRENCY_MARKS,
    FALL_WORDS,
    PLAN_WORDS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RISE_WORDS,
    UNITS_AFTER,
    alternation,
    phrases,
)
from ..provenance.quotes import value_problems
from .context import DocumentContext
from .lists import name_lists
from .periods import choose, last_stated, mentions, period_of

__all__ = ["Candidate", "period_of", "propose", "sentences", "text_from_html"]


@dataclass(frozen=True)
class Candidate:
    """A figure proposed from a document, for the user to accept, edit or reject."""

    value: float           # base units: 5.4 trillion yuan -> 5.4e12, 4.5% -> 4.5, a fall of 0.2% -> -0.2
    unit: str              # CNY, USD, %, pp, rank, t, ha, km, or a counted noun (projects, enterprises)
    measure: str           # vocab.MEASURES
    qualifier: str         # vocab.QUALIFIERS
    period: str | None     # "2023", "2023-Q1", "2024-05", "2019-01/2019-06", "2018/2023"; None when none is known
    kind: str              # actual | target
    name: str              # a guess at what is measured, for the user to edit
    display: str           # the exact span of the text that states the figure
    quote: str             # the sentence, an exact substring of the text
    start: int             # the quote's offsets in the text
    end: int
    display_start: int = 0  # the display's offsets in the text
    display_end: int = 0


# --- HTML ---------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "title",
           "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "caption"}
_HIDDEN = {"script", "style", "noscript", "template", "head"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)  # entities arrive unescaped
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))  # a newline in HTML source is a space


def text_from_html(html: str) -> str:
    """Readable text of simple HTML: one line per block, no scripts or styles, entities unescaped."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


# --- sentences ----------------------------------------------------------------------------------

_BULLETS = "●•►▪■◆◇○·‣–—-*>"
_ABBREV = {"no", "nos", "mr", "mrs", "ms", "dr", "st", "co", "ltd", "inc", "corp", "vs", "etc", "e.g", "i.e",
           "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_STOP = re.compile(r"[。！？]+[”’」』]?|[.!?]+[”\"’)]?(?=\s+[“\"‘(]?[A-Z0-9\u4e00-\u9fff]|[A-Z][a-z]|\s*$)")


def _lines(text: str) -> list[tuple[int, int]]:
    """Lines of text; an indented line starting in lower case continues a line cut short (wrapped)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if not line:
            continue
        wrapped = (spans and m.group()[0].isspace() and (line[0].islower() or line[0].isdigit())
                   and not re.search(r"[.!?。！？;；:：]\s*$", text[spans[-1][0]:spans[-1][1]]))
        spans[-1:] = [(spans[-1][0], m.end())] if wrapped else [*spans[-1:], (m.start(), m.end())]
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or bullet of `text`, bullet marks and outer whitespace left out."""
    out = []
    for line_start, line_end in _lines(text):
        start = line_start
        while start < line_end and (text[start] in _BULLETS or text[start].isspace()):
            start += 1
        for m in _STOP.finditer(text, start, line_end):
            word = re.search(r"(\S*)$", text[start:m.start()])[1].lower().lstrip("(“\"")
            first = not text[start:m.start() - len(word)].strip()
            if word in _ABBREV or (first and re.fullmatch(r"\d{1,2}|[a-z]|[ivx]+", word)):
                continue  # "No. 1", "U.S. dollars", list numbering "1." and "IV."
            out.append((start, m.end()))
            start = m.end()
        out.append((start, line_end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip()))
            for s, e in out if text[s:e].strip()]


# --- words that tell what a number is ------------------------------------------------------------

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_DATES = re.compile(  # numbers that are dates or times, not figures
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|\b\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b"
    r"|\d{1,2}\s*[月日号]")
_RATIOS = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+(?![\d:]|\.\d)")  # 0.4:39.5:60.1, 08:36
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|「[^」]*」")

_QUALIFIERS = {q: alternation(words) for q, words in QUALIFIERS_BEFORE.items()}  # words before a number
_QUALIFIER_AFTER = {q: alternation(words) for q, words in QUALIFIERS_AFTER.items()}  # Chinese, after the unit
_AFTER_UNIT = re.compile(rf"(?:\s*(?:{alternation(w for ws in QUALIFIERS_AFTER.values() for w in ws)}))?")
_UP, _DOWN = alternation(RISE_WORDS), alternation(FALL_WORDS)
_CURRENCY = alternation((*CURRENCY_MARKS, *(w for words in CURRENCIES_BEFORE.values() for w in words)))
_PREFIX = re.compile(  # what a display states before the number: "an increase of", "more than", "RMB"
    rf"(?:(?<![A-Za-z])(?:an?\s+(?:year-on-year\s+)?(?:increase|growth|rise|decrease|decline|drop)\s+of"
    rf"|(?:{_UP}|{_DOWN})(?:\s+by)?)\s*)?"
    rf"(?P<qual>(?<![A-Za-z])(?:{'|'.join(_QUALIFIERS.values())})\s*)?"
    rf"(?P<cur>(?:{_CURRENCY})\s*)?$", re.I)


def _unit_after(words: tuple[str, ...]) -> re.Pattern:
    """A unit right after a number; a word ends before a lower-case letter ("yuan", not "Yuanxiao"), but not
    before a capital: the seed documents run sentences together ("1.6 trillion yuanNext")."""
    spelled = [w for w in words if w[-1].isascii() and w[-1].isalpha()]
    signs = [w for w in words if w not in spelled]
    parts = [rf"(?:{alternation(spelled)})(?-i:(?![a-z]))"] * bool(spelled) + [alternation(signs)] * bool(signs)
    return re.compile(rf"\s*(?:{'|'.join(parts)})", re.I)


_UNITS_AFTER = [(unit, _unit_after(words)) for unit, words in UNITS_AFTER.items()]
_CURRENCY_BEFORE = [(unit, re.compile(rf"(?:{alternation(words)})\s*$", re.I)) for unit, words in
                    CURRENCIES_BEFORE.items()]
_STREAK = re.compile(r"\s+(?:consecutive|straight|successive)\s+(year|session|month|quarter|term)s?\b"
                     r"|\s+(year|session|month|quarter|term)s?\s+(?:running|in a row)\b", re.I)
_RANK_AFTER = re.compile(r"\s+(?:highest|largest|biggest|lowest|best|place|position)\b|\s+(?:in|among)"
                         r"\s+(?:the\s+)?(?:country|nation|China|world)\b|\s+nationwide\b", re.I)
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|placed?|came|was|were|is|the)\s+(?:No\.\s*)?$", re.I)
_IRREGULAR = {"people", "children", "personnel", "staff", "police", "cattle"}
_FUNCTION = set("a an the of for in on at to with by from as than that which who whom whose were was is are be "
                "been being had has have will would per each this these those its their our into over under "
                "while after before since during about around nearly".split())
_TIME_UNITS = {"years", "months", "weeks", "decades"}
_CN_COUNT = re.compile(r"\s*([个家项名座所条台辆次户套只处])\s*([\u4e00-\u9fff]{2})?|\s*(人|户)")
_CJK_PLAN = alternation(w for w in PLAN_WORDS if not w.isascii())
_TARGET = re.compile(rf"\b(?:{phrases(w for w in PLAN_WORDS if w.isascii())})\b|{_CJK_PLAN}", re.I)
_PLAN_VERBS = re.compile(  # a plan written as an imperative bullet: "Add 400 canteens", "Raise R&D spending by 18%"
    r"(?:Add|Raise|Increase|Introduce|Build|Roll out|Carry out|Come up with|Make sure|Ensure|Cultivate|Establish"
    r"|Develop|Host|Keep|Expand|Achieve|Complete|Launch|Create|Reduce|Cut|Plant|Train|Renovate|Upgrade|Attract)"
    r"\s+(?!(?:in|of|was|is|were|are)\b)")
_STOCK = re.compile(r"by the end of|in cumulative terms|cumulative|in total|(?:is|are) (?:now )?home to"
                    r"|boasts|so far|to date|累计|年末|年底", re.I)
_VERB = re.compile(  # where a subject ends: "GRP hit", "Tourism revenue stood at"
    rf"\s*\b(?:hit|reached?|reaching|was|were|is|are|has|have|had|stood|amounted|totall?(?:ed|ing)|accounted|represented"
    rf"|comprised|exceeded|surpassed|attracting|attracted|with|by|{_UP}|{_DOWN})\b.*$"
    r"|\s*(?:达到|达|为|实现|完成|占|超过|比上年|同比|增长|下降|\d).*$", re.I | re.S)


def _is_plural(word: str) -> bool:
    w = word.lower().strip("“”\"'")
    return w in _IRREGULAR or (len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))
                               and w not in _FUNCTION)


_WORD = re.compile(r"(\s*,)?\s+[“\"]?([A-Za-z][\w&’'-]*)[”\"]?")


def _counted(after: str) -> tuple[str, int] | None:
    """The counted noun a number starts ("102 new projects" -> projects) and where its phrase ends."""
    pos, head, words = 0, None, 0
    while m := _WORD.match(after, pos):
        word, low = m[2], m[2].lower()
        if head:  # extend over compounds of plurals ("sports parks"), not past a comma
            if m[1] or not _is_plural(word):
                break
        elif low in _FUNCTION or words >= 7 or (low in ("and", "or") and re.match(r"\s+\d", after[m.end():])):
            break
        if _is_plural(word):
            head = (low, m.end())
        pos, words = m.end(), words + 1
    return head


# --- one number ---------------------------------------------------------------------------------

_THRESHOLD = re.compile(  # a definition's threshold: "(enterprises) with annual revenue of more than 20 million yuan"
    r"(?:\b(?:with|whose|having)\s+(?:an?\s+)?|\()(?:annual\s+|yearly\s+)?(?:main\s+business\s+)?"
    r"(?:revenue|income|turnover|sales|output)\b[^,;–—()\d]*\d[\d,.]*(?:\s+[A-Za-z.$]+){0,3}"
    r"(?:\s*\([^)]*\)|(?=\s+or\b)|(?=[\s,;–—]))(?:\s+or\s+(?:more|above|over))?", re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")  # "5.2 and 2.7 percentage points": the unit is shared
_CHANGE_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_UP}|{_DOWN}|an?\s+(?:increase|decrease|rise|drop|fall)\s+of)"
                            r"(?:\s+by)?\s+$", re.I)
_COUNT_SUBJECT = re.compile(r"\b([A-Za-z]+)\s+(?:(?:has|have|had)\s+)?(?:reached|hit|totall?ed|numbered|stood\s+at"
                            r"|exceeded|surpassed|were|was)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+"
                            r"|around\s+)?$", re.I)
_INDEX_BEFORE = re.compile(r"\b(?:index|indices|indexes|PMI)\b[^,;]*?\b(?:was|were|is|are|stood at|reached|hit"
                           r"|registered|came in at|at|of)\s+(?:[\d.]+\s*(?:,|and)\s*)*$", re.I)


def _masked(s: str) -> list[tuple[int, int]]:
    """Spans of a sentence whose numbers are not figures: dates, times, short quoted names, article numbers,
    thresholds of definitions."""
    spans = [m.span() for m in _DATES.finditer(s)]
    spans += [m.span() for m in _THRESHOLD.finditer(s)]
    spans += [m.span() for m in _QUOTED.finditer(s) if len(m.group().split()) <= 8]
    spans += [m.span() for m in re.finditer(r"\b(?:Article|Chapter|Section|Clause|Item|Document|Decree|Order"
                                            r"|Circular)s?\s+(?:No\.\s*)?\d+|第\s*\d+\s*[条章款节]", s)]
    spans += [m.span() for m in _RATIOS.finditer(s) if not _ratio_shares(m.group())]
    return spans


def _ratio_shares(ratio: str) -> bool:
    """A ratio of parts that add up to 100 ("0.4:39.5:60.1") states shares in %."""
    return 99.5 <= sum(float(p) for p in ratio.split(":")) <= 100.5


def _not_a_figure(s: str, t: NumberToken, masks) -> bool:
    before, after = s[:t.start], s[t.end:]
    if t.looks_like_year or (t.loose and not t.is_ordinal) or any(a <= t.start < b for a, b in masks):
        return True
    if not before.strip(" (") and re.match(r"[.)、．]", after):
        return True  # list numbering: "1.", "(2)"
    if t.is_ordinal:
        return False
    if re.search(r"\beach\b[^,;，；]*$", before, re.I):
        return True  # "projects, each with an investment of over RMB 1 billion": a threshold
    if re.search(r"\b(?:the|these|those|its|their|our)\s+(?:(?:first|last|top|other|same|remaining|original)\s+)?$",
                 before, re.I):
        return True  # "the 21 pilot free trade zones", "the first 18 zones": a reference or a name, not a figure
    name = re.search(r"\b([A-Z][a-z]+)\s+$", before)  # "Fortune 500", "Industry 4.0"
    quals = "|".join(_QUALIFIERS.values())
    return bool(name and before[:name.start()].strip() and not re.fullmatch(quals, name[1], re.I))


def _ordinal(s: str, t: NumberToken):
    """An ordinal is a figure as a rank ("ranked first", "3rd highest") or a streak ("fourth consecutive year")."""
    after = s[t.end:]
    if m := _STREAK.match(after):
        return t.number, (m[1] or m[2]).lower() + "s", "streak", t.start, t.end + m.end()
    rank_before = re.search(r"\b(?:rank(?:s|ed|ing)?|placed|came|finished)\s+(?:No\.\s*)?$", s[:t.start], re.I)
    rank_after = _RANK_AFTER.match(after)
    if rank_before or rank_after:
        start = rank_before.start() if rank_before else t.start
        return t.number, "rank", "rank", start, t.end + (rank_after.end() if rank_after else 0)
    return None


def _unit(s: str, t: NumberToken, last_unit: str | None, following: list[NumberToken] = ()):
    """(unit, scale, where the unit ends, the counted noun phrase) of a cardinal number, or None."""
    found = _own_unit(s, t, last_unit)
    joiner = s[t.end:following[0].start] if following else ""
    if found is None and following and t.scale == 1 and _JOIN.fullmatch(" " + joiner):
        own = _own_unit(s, following[0], None)  # a comma alone joins only a list that ends in "and"
        shared = (own if re.search(r"\b(?:and|or)\b", joiner) else None) or (
            None if own else _unit(s, following[0], None, following[1:]))
        if shared and shared[0] in ("%", "pp", "times") and following[0].scale == 1:
            return shared[0], 1.0, shared[2], ""  # "5.2 and 2.7 percentage points"
    if found is None and last_unit and _CHANGE_BEFORE.search(s, 0, t.start):
        return last_unit, 1.0, t.end, "change"  # "2.5949 million workers, up 232,100"
    if found is None and _INDEX_BEFORE.search(s, 0, t.start):
        return "index", 1.0, t.end, ""  # "the business confidence index was 130.3"
    if found is None and (m := _COUNT_SUBJECT.search(s, 0, t.start)) and _is_plural(m[1]) and (
            t.scale > 1 or "," in t.text):
        return m[1].lower(), 1.0, t.end, ""  # "Visitors reached 1.2 million": the subject is what is counted
    return found


def _own_unit(s: str, t: NumberToken, last_unit: str | None):
    after, scale, end = s[t.end:], 1.0, t.end
    if t.scale == 1e4 and (m := re.match(r"\s*亿", after)):  # 万亿 (1e12)
        scale, end, after = 1e8, end + m.end(), after[m.end():]
    if re.search(r"\bNo\.\s*$", s[:t.start]):
        return "rank", scale, end, ""
    for unit, written in _UNITS_AFTER:
        if m := written.match(after):
            return unit, scale, end + m.end(), ""
    if t.text.startswith("$"):
        return "USD", scale, end, ""
    for unit, written in _CURRENCY_BEFORE:
        if written.search(s, 0, t.start):
            return unit, scale, end, ""
    if m := _STREAK.match(after):
        return (m[1] or m[2]).lower() + "s", scale, end + m.end(), "streak"
    of_the = re.match(r"\s+of\s+(?:the|these|those|its|their)(?=\s)", after)  # "One hundred of the measures"
    for skip in (0, of_the.end() if of_the else None):
        if skip is not None and (head := _counted(after[skip:])):
            if head[0] in _TIME_UNITS:
                return None  # "the first two months", "six years since": time, not a count
            return head[0], scale, end + skip + head[1], after[:skip + head[1]].strip()
    if m := _CN_COUNT.match(after):
        return m[2] or m[1] or m[3], scale, end + m.end(), ""
    if (m := re.search(r"\bnumber of\b(.*)$", s[:t.start], re.I | re.S)) and (head := _counted(" " + m[1])):
        return head[0], scale, end, ""  # "the number of X exceeded 12,000"
    if last_unit and re.search(r"\b(?:including|of which|among them)\s+$", s[:t.start], re.I):
        return last_unit, scale, end, ""  # "25 new measures, including 6 for Taiwan"
    return None


def _measure(s: str, t: NumberToken, unit: str, core: str, rest: str,
             inherit: tuple[str, float] | None = None) -> tuple[str, float]:
    """(measure, sign) from the words around a number: core is the text before its display, rest after it."""
    clause = re.split(r"[;，；]|,(?!\d{3})", core)[-1]
    if unit == "times":
        return "multiple", 1.0
    if unit == "index":
        return "level", 1.0
    if unit == "pp":
        gap = re.match(r"\s*(?:higher|lower|above|below|more|less|faster|slower|quicker)\s+than", rest, re.I) or (
            re.search(r"[高低快慢]于", clause))
        return ("gap_pp" if gap else "change_pp"), -1.0 if re.search(rf"(?<![A-Za-z])(?:{_DOWN})(?![A-Za-z])",
                                                                     clause, re.I) else 1.0
    if unit == "%":
        if re.match(r"\s*(?:of|in)\s+(?:the\s+)?(?:total|all)\b|\s+of\b", rest) or re.search(
                r"(?<![A-Za-z])to\s*$|accounted for|account for|represent|compris|proportion|share|占", clause, re.I):
            return "share", 1.0
        down = rf"(?<![A-Za-z])(?:{_DOWN})(?![A-Za-z])"
        if re.search(down, clause, re.I) or re.match(rf"\s*(?:{_DOWN})", rest, re.I):
            return "growth", -1.0
        if re.search(rf"(?<![A-Za-z])(?:{_UP})(?![A-Za-z])", clause, re.I) or re.match(
                r"\s*(?:year-on-year\s+)?(?:increase|growth|rise|jump|gain)", rest, re.I):
            return "growth", 1.0
        if m := re.match(r"\s*(higher|more|faster|lower|less|slower)\s+than\b", rest, re.I):
            # "9.8 percent higher than the same period last year"
            return "growth", -1.0 if m[1].lower() in ("lower", "less", "slower") else 1.0
        if inherit and (re.search(r"\b(?:the\s+(?:corresponding\s+)?figures?\s+for|th(?:at|ose)\s+of)\b", clause, re.I)
                        or not re.search(r"\b(?:is|are|was|were|reach\w*|hit|stood|rate|ratio)\b", clause, re.I)):
            return inherit  # "grew by 49.8%, 46.5% and 39.4%": a list reads like its first item
        return "share", 1.0
    return ("stock" if _STOCK.search(s) else "level"), 1.0


def _qualifier(words: str, after: str) -> str:
    for qualifier, pattern in _QUALIFIERS.items():
        if words and re.fullmatch(rf"(?:{pattern})\s*", words, re.I):
            return qualifier
    for qualifier, pattern in _QUALIFIER_AFTER.items():
        if re.match(rf"\s*(?:{pattern})", after):
            return qualifier
    return "exact"


# --- the sentence around it ---------------------------------------------------------------------

def _name(s: str, display_start: int, phrase: str, measure: str, unit: str = "") -> str:
    """A guess at what the figure measures: its counted noun phrase, else the subject of its clause, else its
    unit's noun ("Change in workers"); never empty."""
    subject = phrase
    for clause in reversed(re.split(r"[;:，；：]|,(?!\d{3})", s[:display_start]) if not phrase else []):
        clause = re.sub(rf"^\s*(?:(?:and|while|but|whereas|with)\s+|{_CJK_PLAN})", "", clause, flags=re.I)
        if re.match(r"\s*(?:in|by|during|throughout|since|last|this)\b|\s*\d{4}\s*年\s*$", clause, re.I):
            continue  # "In 2024": when, not what
        subject = re.sub(r"\s+(?:of|at|to|by|for|in|from)\s*$", "", _VERB.sub("", clause)).strip()
        if re.sub(r"\b(?:a|an|the|its|their|average|annual|yearly|respectively|there)\b", "", subject,
                  flags=re.I).strip():
            break  # "with an average annual growth of": no subject, the clause before has it
        subject = ""
    if measure == "change":
        subject = f"change in {unit}" if re.fullmatch(r"[a-z][a-z ]*", unit) else "change"
    words = subject.split() or ([unit] if re.fullmatch(r"[a-z][a-z ]*", unit) else ["figure"])
    name = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
    if measure == "growth" and "growth" not in name.lower():
        name = "growth of " + re.sub(r"^(?:The|A|An)\b", lambda m: m[0].lower(), name) if name else "growth"
    return name[:1].upper() + name[1:]


# --- the document -------------------------------------------------------------------------------

def _kind(s: str, d_start: int, d_end: int) -> str:
    """target when a plan word comes before the figure, or after it in the same clause; else actual."""
    clause_after = re.split(r"[,;，；]|\band\b", s[d_end:])[0]
    plan = _PLAN_VERBS.match(s) or _TARGET.search(s, 0, d_start) or _TARGET.search(clause_after)
    return "target" if plan else "actual"


def _candidates(text: str, start: int, end: int, when: date | None, current: str | None):
    """The candidates of one sentence, and the period a following sentence stating none reports on."""
    s = text[start:end]
    masks, found_periods = _masked(s), mentions(s, when)
    shares = [m.span() for m in _RATIOS.finditer(s) if _ratio_shares(m.group())]
    out, last_unit, inherit = [], None, None
    tokens = find_numbers(s)
    for i, t in enumerate(tokens):
        if _not_a_figure(s, t, masks):
            continue
        if any(a <= t.start < b for a, b in shares):
            found = (t.number, "%", "share", t.start, t.end)
            phrase, unit_end = "", t.end
        elif t.is_ordinal:
            if not (found := _ordinal(s, t)):
                continue
            phrase, unit_end = "", found[4]
        else:
            if not (unit := _unit(s, t, last_unit, tokens[i + 1:])):
                continue
            unit_name, extra, unit_end, phrase = unit
            found = None
        prefix = _PREFIX.search(s, 0, found[3] if found else t.start)
        core = s[:prefix.start("qual") if prefix["qual"] else prefix.start("cur") if prefix["cur"] else prefix.end()]
        suffix = _AFTER_UNIT.match(s[unit_end:])
        if found:
            value, unit_name, measure, d_start, d_end = found
        else:
            measure, sign = _measure(s, t, unit_name, core, s[unit_end:], inherit if unit_name == "%" else None)
            if unit_name == "%":
                inherit = measure, sign
            if phrase in ("streak", "change"):
                measure, phrase = phrase, ""
                sign = -1.0 if re.search(rf"(?<![A-Za-z])(?:{_DOWN})(?![A-Za-z])", core, re.I) else 1.0
            d_start = prefix.start() if unit_name in ("%", "pp") or measure == "change" else len(core)
            value, d_end = sign * t.number * t.scale * extra, unit_end + suffix.end()
            if unit_name == "rank":
                measure, d_start = "rank", re.search(r"No\.\s*$", s[:t.start]).start()
        qualifier = _qualifier(prefix["qual"] or "", s[unit_end:])
        display = s[d_start:d_end].strip()
        d_start += len(s[d_start:d_end]) - len(s[d_start:d_end].lstrip())
        if value_problems(value, s, display, qualifier):
            qualifier = "exact"  # the display does not show the qualifier (words.QUALIFIER_SHOWN)
            if value_problems(value, s, display, qualifier):
                continue
        if re.fullmatch(r"[a-z][a-z ]*", unit_name) and measure not in ("streak", "rank", "change"):
            last_unit = unit_name
        period = choose(found_periods, s, d_start, d_start + len(display), current, measure == "growth")
        out.append(Candidate(value, unit_name, measure, qualifier, period, _kind(s, d_start, d_end),
                             _name(s, d_start, phrase, measure, unit_name), display, s, start, end,
                             start + d_start, start + d_start + len(display)))
    return name_lists(s, out), last_stated(found_periods, current)


def propose(text: str, context: DocumentContext | None = None) -> list[Candidate]:
    """Every figure-like number of `text` as a candidate record, in document order. Relative periods ("this
    year", "the first half") are resolved against the context's date; a sentence stating no period reports on
    the one stated last (at first the context's period)."""
    context = context or DocumentContext()
    out, current = [], context.period
    for start, end in sentences(text):
        found, current = _candidates(text, start, end, context.date, current)
        out += found
    return out
