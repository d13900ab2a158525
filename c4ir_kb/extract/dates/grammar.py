"""The date grammar: `data/dates.json` loaded once and compiled into regular expressions."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_I = re.IGNORECASE


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The date lexicon (`c4ir_kb/data/dates.json`), loaded once."""
    return json.loads((resources.files("c4ir_kb") / "data" / "dates.json").read_text(encoding="utf-8"))


_QUARTER = r"iv|iii|ii|i|[1-4]"  # a quarter's number: digits or Roman (`roman_quarters`)


def _first(words) -> str:
    """A lookahead on the first letters of `words`: lets a pattern that starts with a long
    case-insensitive alternation skip most positions quickly."""
    chars = {w[:1].lower() for w in words} | {w[:1].upper() for w in words}
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


def phrase_key(words: str) -> str:
    """A phrase as the grammar's tables key it: lower case, single spaces."""
    return " ".join(words.lower().split())


def _alt(words) -> str:
    """Regex alternation, longest first, words separated by any whitespace."""
    ws = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws)


# ---------------------------------------------------------------- grammar


class _Grammar:
    def __init__(self, lex: dict):
        self.lex = lex
        self.months = {k: v for k, v in lex["month_names"].items()}
        self.any_case = set(lex["month_names_any_case"])
        self.roman = lex["roman_quarters"]
        self.rel_years = lex["relative_years"]
        self.relative = {k: tuple(v) for k, v in lex["relative"].items() if v}
        self.ymin, self.ymax = lex["year_min"], lex["year_max"]

        L = r"(?<![\w./,\-])"  # a number starts here
        G = r"(?![\w%]|[.,/\-]\d|[/\-]\s*[^\W\d_])"  # ...and ends here (not 4.0, 25%, 12/3/QĐ)
        Y = r"\d{4}"
        MN = _alt(self.months)
        MW = rf"(?:{_alt(lex['month_words'])})"  # `tháng`, `thg`
        REL = _alt(self.rel_years)
        dash = "|".join(re.escape(d) for d in lex["range_dashes"])
        to = _alt(lex["range_to_words"])
        frm = _alt(lex["range_from"])
        # year after a month/quarter/day: /2024, -2024, năm 2024, năm nay
        # a year written after a bare space (`tháng 1 2015`) only as 19xx/20xx and not before a unit (`tháng 6 1000 người`)
        ys = rf"\s+(?P<ys>(?:19|20)\d\d)(?!\s*(?:{_alt(lex['bare_not_before'])})(?!\w))"
        ysuf = rf"(?:\s*[/\-]\s*(?P<y>{Y})|\s*,?\s+(?:của\s+)?năm\s+(?:(?P<yw>{Y})|(?P<yr>{REL}))|\s*,\s*(?P<yc>{Y})|{ys})"
        ysuf_word = rf"(?:\s*,?\s+năm\s+(?:(?P<yw>{Y})|(?P<yr>{REL})))"

        self.rx: list[tuple[str, re.Pattern]] = [
            ("dmy", re.compile(rf"{L}(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<m>\d{{1,2}})(?P=s)(?P<y>{Y}){G}", _I)),
            ("dm", re.compile(rf"{L}(?P<d>\d{{1,2}})(?P<s>[/\-])(?P<m>\d{{1,2}})(?:{ysuf_word}(?!\w))?{G}", _I)),
            (
                "long",
                re.compile(
                    rf"(?<!\w)(?:ngày|{_alt(lex['lunar_day_words'])})\s+(?P<d>\d{{1,2}})\s+{MW}\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:{ysuf})?{G}",
                    _I,
                ),
            ),
            (
                "lunar",
                re.compile(rf"(?<!\w)(?:{_alt(lex['lunar_day_words'])})\s+(?P<d>\d{{1,2}})(?![\w/\-.,]\d|\w|\s*[/\-]|\s+tháng|\s+tết)", _I),
            ),
            ("month", re.compile(rf"(?<!\w){MW}\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:{ysuf})?{G}", _I)),
            ("quarter", re.compile(rf"(?<!\w)quý\s+(?P<q>{_QUARTER})(?!\w)(?:{ysuf})?{G}", _I)),
            ("year", re.compile(rf"(?<!\w)năm\s+(?P<y>{Y}){G}", _I)),
            (
                "year_range",
                re.compile(
                    rf"{L}(?:(?P<from>{frm})\s+)?(?:năm\s+)?(?P<y1>{Y})\s*(?P<c>{dash}|{to}|/)\s*(?:năm\s+)?(?P<y2>{Y}){G}",
                    _I,
                ),
            ),
            (
                "day_range",
                re.compile(
                    rf"{L}(?:(?P<from>{frm})\s+)?(?P<nd>ngày\s+)?(?P<d1>\d{{1,2}})\s*(?P<c>{dash}|{to})\s*(?:ngày\s+)?"
                    rf"(?P<d2>\d{{1,2}})(?P<s>[/\-.])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>{Y}))?{G}",
                    _I,
                ),
            ),
            (
                "month_range",
                re.compile(
                    rf"(?<!\w)(?:(?P<from>{frm})\s+)?tháng\s+(?P<m1>\d{{1,2}})\s*(?P<c>{dash}|{to})\s*(?:tháng\s+)?(?P<m2>\d{{1,2}})(?!\d)(?:{ysuf})?{G}",
                    _I,
                ),
            ),
            ("relative", re.compile(rf"(?<!\w)(?:{_alt(self.relative)})(?!\w)", _I)),
        ]
        self.to_words = set(lex["range_to_words"])

        def tail(words):  # matches words at the very end of a window
            return re.compile(rf"(?:{_alt(words)})$", _I)

        self.ext_day = [  # right to left
            (re.compile(rf"(?:{_alt(lex['lunar_day_words'])})\s+$", _I), False),
            (re.compile(rf"(?:{_alt(lex['day_words'])})\s+$", _I), False),
            (re.compile(rf"(?:{_alt(lex['weekday_names'])})(?:\s*[,(]\s*|\s+)$", _I), True),
            (re.compile(rf"(?:{_alt(lex['parts_of_day'])})\s+$", _I), False),
        ]
        self.ext_period = [(re.compile(rf"(?:{_alt(lex['modifiers'])})\s+$", _I), False)]
        self.ext_range = [(re.compile(rf"(?:{_alt(lex['period_words'])})\s+$", _I), False)]
        self.day_words_tail = tail(lex["day_words"] + lex["lunar_day_words"])
        self.paren_close = re.compile(rf"(?:\s*(?:{_alt(lex['solar_after'])})(?!\w))?\s*\)", _I)
        wd_all = _alt(lex["weekday_names"])
        self.weekday_restating_after = re.compile(
            rf"(?:\s*(?:,|{_alt(lex['list_words'])})\s*(?:{wd_all}))*\s*\)?\s*,?\s*(?:{_alt(lex['weekday_restating_after'])})(?!\w)", _I
        )
        self.weekday_restating_before = re.compile(
            rf"(?<!\w)(?:{_alt(lex['weekday_restating_before'])})\s+(?:(?:{wd_all})\s*(?:,|{_alt(lex['list_words'])})\s*)*$", _I
        )
        self.from_tail = re.compile(rf"(?:{frm})\s+$", _I)
        self.recurring = re.compile(rf"\s*(?:{_alt(lex['recurring_after'])})(?!\w)", _I)
        # `ngày 11 và 12/6`, `(4, 5 và 6/3)`: days listed before a day/month share its month
        self.listed_day = re.compile(r"(?:(?<!\w)ngày\s+|\(\s*)(?P<d>\d{1,2})(?P<more>(?:\s*,\s*\d{1,2})*)\s*(?:và|,)\s*", _I)
        self.listed = re.compile(rf"^\s*(?:,|{_alt(lex['list_words'])}|{to}|{dash})\s*$", _I)
        self.join = re.compile(rf"^\s*(?:(?P<to>{to})|{dash})\s*$", _I)

        # patterns used as .match(norm, pos) have no `^`: it would not anchor at pos
        self.legal_before = tail(lex["legal_markers"])
        self.legal_after = re.compile(rf"\s*[/\-]\s*(?:{'|'.join(re.escape(s) for s in lex['legal_suffixes'])})", _I)
        self.bare_not = set(lex["bare_not_dates"])
        self.bare_not_after = tail(lex["bare_not_after"])
        self.bare_allowed_after = tail(lex["bare_allowed_after"])
        self.bare_score = re.compile(_alt(lex["bare_score_context"]), _I)
        self.bare_not_before = re.compile(rf"\s*(?:{_alt(lex['bare_not_before'])})(?!\w)", _I)
        self.rel_not_after = tail(lex["relative_not_after"])
        self.narrative_relative = {" ".join(k.split()) for k in lex["narrative_relative"]}
        self.comparison_base = re.compile(rf"(?:{_alt(lex['comparison_base'])})\s+$", _I)
        self.rel_not_before = re.compile(rf"\s+(?:{_alt(lex['relative_not_before'])})(?!\w)", _I)
        self.rel_prep_end = re.compile(rf"(?<!\w)(?:{_alt(lex['relative_prep_ends'])})$", _I)
        self.lunar_only_month = re.compile(rf"(?<!\w)tháng\s+(?:{_alt(lex['lunar_only_months'])})(?!\w)", _I)
        self.lunar_year_after = re.compile(rf"\s+năm\s+(?:{_alt(lex['lunar_stems'])})\s+(?:{_alt(lex['lunar_branches'])})(?!\w)", _I)
        self.month_not_after = tail(lex["month_not_after"])
        self.month_past_before = tail(lex["month_past_before"])
        self.score_word = re.compile(rf"(?<!\w)(?:{_alt(lex['score_words'])})(?!\w)", _I)
        self.score_word_not = re.compile(rf"(?<!\w)(?:{_alt(lex['score_words_not'])})(?!\w)", _I)
        self.lunar_months = lex["lunar_months"]
        self.tet_day_max = lex["tet_day_max"]
        self.holidays = {" ".join(k.split()): v for k, v in lex["holidays"].items()}
        self.months_of_year = lex["months_of_year"]
        self.lunar_after = re.compile(rf"\s*\(?\s*(?:{_alt(lex['lunar_after'])})(?!\w)(?:\s*\))?(?:\s*,?\s+năm\s+(?P<y>\d{{4}})(?!\d))?", _I)
        self.week_of_month = {" ".join(k.split()): v for k, v in lex["week_of_month"].items()}
        self.tet_named = {" ".join(k.split()): v for k, v in lex["tet_named_days"].items()}
        self.clause_year_reach = lex["clause_year"]["reach"]
        self.clause_stop = re.compile("|".join(re.escape(x) for x in lex["clause_year"]["stops"]))
        self.paren_day_before = re.compile(rf"(?:{_alt([*lex['weekday_names'], *lex['parts_of_day'], *lex['dotted_paren_after']])})\s*$", _I)
        self.day_words_end_not_after = tail(lex["day_words_end_not_after"] + lex["bare_not_after"])
        self.name_year_heads = tail(lex["name_year_heads"])
        self.future_clause = re.compile(rf"(?<!\w)(?:{_alt(lex['future_clause_words'])})(?!\w)[^.;:!?\n]*$", _I)
        self.name_year_document = re.compile(rf"(?<!\w)(?:{_alt(lex['name_year_documents'])})(?!\w)[^.,;:!?()\n]*$", _I)
        self.name_year_not_after = tail(lex["name_year_not_after"] + lex["bare_not_after"])
        self.name_year_not_before = re.compile(rf"[^\S\n]*(?:{_alt(lex['bare_not_before'] + lex['name_year_not_before'])})(?!\w)", _I)
        self.dotted_target_not_before = re.compile(
            rf"(?:\s*(?:{_alt(lex['range_to_words'] + lex['range_dashes'] + lex['list_words'])}|,)\s*\d+(?:[.,]\d+)?)?\s*(?:{_alt(lex['dotted_target_not_before'] + lex['bare_not_before'])})(?!\w)",
            _I,
        )
        self.month_not_before = re.compile(rf"\s+(?:{_alt(lex['month_not_before'])})(?!\w)", _I)
        self.MW = MW
        self.ys = ys
        self.rx = self._front(lex, L, G, Y, MN, REL, ysuf) + self.rx + self._back(lex, L, G, Y, MN, ysuf)
        self.rule_ids: dict[str, str] = lex["rules"]
        # rules that read a festival or a lunar date themselves: their value is already solar
        self.festival_rules = {self.rule_ids[k] for k in ("tet_day", "holiday", "tet_named", "full_moon", "lunar_named", "tet_year")}
        self.pivot = lex["two_digit_year_pivot"]
        self.month_lower_never = set(lex["month_lowercase_never"])
        self.month_lower_next = re.compile(rf"\s*(?:[.,;:!?)\]]|$|\s(?:{_alt(lex['month_lowercase_before'])})(?!\w))", _I)
        self.month_after = re.compile(rf"\s+(?P<w>{_alt(lex['month_after'])})(?!\w)(?!\s*(?:tháng|\d))", _I)
        self.month_after_kind = {" ".join(k.split()): v for k, v in lex["month_after"].items()}
        self.year_quarters = {" ".join(k.split()): v for k, v in lex["year_quarters"].items()}
        self.half_years = {" ".join(k.split()): v for k, v in lex["half_years"].items()}
        self.edge_days = lex["edge_days"]
        self.stems = lex["lunar_stems"]
        self.branches = lex["lunar_branches"]
        self.target_range = lex["target_year_range"]
        self.target_not_before = re.compile(rf"\s*(?:{_alt(lex['bare_not_before'] + lex['target_year_not_before'])})(?!\w)", _I)
        self.weekday_names = lex["weekday_names"]
        self.weekday_after = {" ".join(k.split()): tuple(v) for k, v in lex["weekday_after"].items()}
        self.weekday_in_span = re.compile(rf"(?<!\w)(?:{_alt(self.weekday_names)})(?!\w)", _I)
        self.weekday_not_after = tail(lex["weekday_not_after"])
        self.weekday_ordinal_after = tail(lex["weekday_ordinal_after"])
        self.weekday_position_after = re.compile(rf"\s*,?\s*(?:{_alt(lex['weekday_position_after'])})(?!\w)", _I)
        self.weekday_lower_next = re.compile(rf"\s*(?:[.,;:!?\]]|$|\(|(?:{_alt(lex['weekday_lower_next'])})(?!\w))", _I)
        self.weekday_past_before = tail(lex["weekday_past_before"])
        self.weekday_recurring_before = tail(lex["weekday_recurring_before"])
        self.ago_units = lex["ago_units"]
        self.relative_months = lex["relative_months"]
        self.ago_not_after = tail(lex["ago_not_after"])
        wd_names = _alt(self.weekday_names)
        to_dash = _alt(lex["range_to_words"] + lex["range_dashes"])
        self.weekday_span_after = re.compile(rf"\s*(?:{to_dash})\s*(?:{wd_names})(?!\w)", _I)
        self.weekday_span_before = re.compile(rf"(?:{wd_names})\s*(?:{to_dash})\s*$", _I)
        rec = _alt(lex["weekday_recurring_before"])
        self.weekday_listed_recurring = re.compile(rf"(?<!\w)(?:{rec})\s+(?:{wd_names})\s*(?:,|{_alt(lex['list_words'])})\s*$", _I)
        self.weekday_past = re.compile(rf"(?<!\w)(?:{_alt(lex['weekday_past_words'])})(?!\w)", _I)
        self.weekday_future = re.compile(rf"(?<!\w)(?:{_alt(lex['weekday_future_words'])})(?!\w)", _I)

    def _front(self, lex: dict, L: str, G: str, Y: str, MN: str, REL: str, ysuf: str) -> list[tuple[str, re.Pattern]]:
        """Rules tried before the core forms: on a tie in length the earlier rule wins."""
        half = _alt(lex["half_years"])
        MW, ys = self.MW, self.ys
        stems, branches = _alt(lex["lunar_stems"]), _alt(lex["lunar_branches"])
        return [
            ("half", re.compile(rf"(?<!\w)(?P<h>{half})(?!\w)(?:\s+(?:(?P<yw>{Y})|(?P<yr>{REL})))?{G}", _I)),
            ("year_quarter", re.compile(rf"(?<!\w)(?P<h>{_alt(lex['year_quarters'])})(?!\w)(?:\s+(?:(?P<yw>{Y})|(?P<yr>{REL})))?{G}", _I)),
            (
                "dmy_range",
                re.compile(
                    rf"{L}(?P<d1>\d{{1,2}})(?P<s>[/.\-])(?P<m1>\d{{1,2}})(?P=s)(?P<y1>{Y})\s*(?:{_alt(lex['range_dashes'])})\s*"
                    rf"(?P<d2>\d{{1,2}})(?P=s)(?P<m2>\d{{1,2}})(?P=s)(?P<y2>{Y}){G}",
                    _I,
                ),
            ),
            (
                "months_of_year",
                re.compile(rf"(?<!\w)(?P<n>\d{{1,2}})\s+tháng\s+(?P<e>{_alt(lex['months_of_year'])})\s+(?:của\s+)?năm(?!\w)(?:\s+(?:(?P<yw>{Y})|(?P<yr>{REL})))?{G}", _I),
            ),
            (
                "months_to_date",  # `9 tháng 2025`, `9 tháng năm 2025`, `chín tháng năm nay`: the year's first nine months
                re.compile(rf"(?<![\w.,/])(?P<n>\d{{1,2}})\s+tháng\s+(?:(?:năm\s+)?(?P<yw>{Y})|năm\s+(?P<yr>{_alt(lex['relative_years'])})(?!\w)){G}", _I),
            ),
            (
                "week_of_month",
                re.compile(rf"(?<!\w)tuần\s+(?P<e>{_alt(lex['week_of_month'])})\s+(?:của\s+)?{MW}\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:{ysuf})?{G}", _I),
            ),
            ("decade", re.compile(rf"(?<!\w)(?:{_alt(lex['decade_words'])})\s+(?P<y>{Y}|\d{{2}}){G}", _I)),
            ("edge_day", re.compile(rf"(?<!\w)(?P<e>{_alt(lex['edge_days'])})\s+{MW}\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:{ysuf})?{G}", _I)),
            (
                "lunar_year",
                re.compile(rf"(?<!\w)(?:(?P<pre>{_alt(lex['lunar_year_before'])})\s+)?(?P<can>{stems})\s+(?P<chi>{branches})(?!\w)(?:\s+(?:năm\s+)?(?P<y>{Y}))?{G}", _I),
            ),
            (
                "dm_pair_range",  # `30/4-1/5`: two day/months joined by a dash with no space, which the day rules' ends refuse
                re.compile(rf"{L}(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})[\-–](?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y>{Y})|\s+năm\s+(?:(?P<yw>{Y})|(?P<yr>{REL}))(?!\w))?{G}", _I),
            ),
            ("iso", re.compile(rf"(?<![\w./\-])(?P<y>{Y})(?P<s>[-/.])(?P<m>\d{{2}})(?P=s)(?P<d>\d{{2}}){G}", _I)),
            ("dmy2", re.compile(rf"{L}(?P<d>\d{{1,2}})(?P<s>[/.])(?P<m>\d{{1,2}})(?P=s)(?P<y>\d{{2}}){G}", _I)),
            ("dmy_words", re.compile(rf"{L}(?P<d>\d{{1,2}})\s+{MW}\s+(?P<m>\d{{1,2}}|{MN})(?!\w)(?:\s*,?\s+(?:của\s+)?năm\s+(?:(?P<yw>{Y})|(?P<yr>{REL}))|\s*,\s*(?P<yc>{Y})|{ys}){G}", _I)),
            # `22 tháng Chạp`: without `ngày`, a day only before a month the lunar calendar alone names
            ("lunar_month_day", re.compile(rf"{L}(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>{_alt(lex['lunar_only_months'])})(?!\w)(?:{ysuf})?{G}", _I)),
        ]

    def _back(self, lex: dict, L: str, G: str, Y: str, MN: str, ysuf: str) -> list[tuple[str, re.Pattern]]:
        wd = _alt(lex["weekday_names"])
        after = _alt(lex["weekday_after"])
        return [
            ("dm_dot", re.compile(rf"(?<!\w)(?:{_alt(lex['dotted_day_before'] + lex['parts_of_day'])})\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}}){G}", _I)),
            (
                "dm_dot_after_days",  # `ngày 8 và 9.11`: the dotted day.month that closes a list of days (the joins give it the others)
                re.compile(rf"(?<!\w)(?:{_alt(lex['dotted_day_before'])})\s+\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*(?:và|,)\s*(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}}){G}", _I),
            ),
            (
                "dm_dot_paren",
                re.compile(r"\(\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\s*\)"),  # the words before it: `paren_day_before`
            ),
            (
                "tet_day",
                re.compile(
                    rf"(?<!\w){_first(['ngày', *lex['lunar_day_words']])}(?:ngày\s+)?(?:{_alt(lex['lunar_day_words'])})\s+(?P<d>\d{{1,2}})\s+tết(?!\w)"
                    rf"(?:\s+(?:nguyên\s+đán\s+)?(?:(?P<can>{_alt(lex['lunar_stems'])})\s+(?P<chi>{_alt(lex['lunar_branches'])})(?!\w)|(?:năm\s+)?(?P<y>{Y})(?!\d)))?",
                    _I,
                ),
            ),
            (
                "lunar_named",  # `15 tháng Chạp năm Ất Tỵ`, `mùng 10 tháng Giêng năm Bính Ngọ`: a lunar day dated by its year's name
                re.compile(
                    rf"(?<![\w.,/])(?:(?:ngày|{_alt(lex['lunar_day_words'])})\s+)?(?:(?P<d>\d{{1,2}})\s+|(?P<rd>{_alt(lex['full_moon_words'])})\s+)?tháng\s+(?P<m>\d{{1,2}}|{_alt(lex['month_names'])})"
                    rf"\s+năm\s+(?P<can>{_alt(lex['lunar_stems'])})\s+(?P<chi>{_alt(lex['lunar_branches'])})(?!\w)",
                    _I,
                ),
            ),
            (
                "full_moon",
                re.compile(rf"(?<!\w){_first(lex['full_moon_words'])}(?:{_alt(lex['full_moon_words'])})\s+tháng\s+(?P<m>\d{{1,2}}|{_alt(lex['month_names'])})(?!\w)(?:\s+(?:năm\s+)?(?P<y>{Y})(?!\d))?", _I),
            ),
            ("tet_named", re.compile(rf"(?<!\w){_first(lex['tet_named_days'])}(?P<h>{_alt(lex['tet_named_days'])})(?!\w)(?:\s+(?:năm\s+)?(?P<y>{Y})(?!\d))?", _I)),
            ("tet_year", re.compile(rf"(?<!\w)tết\s+(?:nguyên\s+đán\s+(?:năm\s+)?(?P<y>{Y})|(?:năm\s+)?(?P<y2>(?:19|20)\d\d)(?!\s*(?:{_alt(lex['bare_not_before'])})(?!\w))){G}", _I)),
            (
                "quarter_range",
                re.compile(
                    rf"(?<!\w)(?:(?P<from>{_alt(lex['range_from'])})\s+)?quý\s+(?P<q1>{_QUARTER})\s*(?P<c>{_alt(lex['range_dashes'] + lex['range_to_words'])})\s*"
                    rf"(?:quý\s+)?(?P<q2>{_QUARTER})(?!\w)(?:{ysuf})?{G}",
                    _I,
                ),
            ),
            ("year_listed", re.compile(rf"(?<!\w)năm\s+(?P<y1>{Y})\s*(?:,|{_alt(lex['list_words'])})\s*(?P<y>{Y}){G}", _I)),
            (
                "dm_words_end",
                re.compile(rf"{L}(?P<d>\d{{1,2}})\s+{self.MW}\s+(?P<m>\d{{1,2}}|{MN})(?=\s*(?:[.,;:!?)]|$))", _I),
            ),
            ("holiday", re.compile(rf"(?<!\w){_first(lex['holidays'])}(?P<h>{_alt(lex['holidays'])})(?!\w)(?:\s+(?:năm\s+)?(?P<y>{Y})(?!\d))?", _I)),
            ("my", re.compile(rf"{L}(?P<m>\d{{1,2}})/(?P<y>{Y}){G}", _I)),
            ("target_year", re.compile(rf"(?<!\w)(?:{_alt(lex['target_words'])})\s+(?P<y>{Y}){G}", _I)),
            ("name_year", re.compile(rf"(?:(?<=[^\W\d_])\s+|\()(?P<y>(?:19|20)\d\d){G}(?P<p>\))?", _I)),
            (
                "dm_dot_target",
                re.compile(rf"(?<!\w)(?:{_alt(lex['dotted_target_before'])})\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}}){G}", _I),
            ),
            (
                "dm_dot_listed",  # `vào ngày 5.4 và 24.5`: a dotted day.month listed after a dotted date (its context word before the first)
                re.compile(
                    rf"(?<!\w)(?:{_alt(lex['dotted_day_before'] + lex['parts_of_day'] + lex['dotted_target_before'])})\s+\d{{1,2}}\.\d{{1,2}}"
                    rf"\s*(?:,|{_alt(lex['list_words'])})\s*(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}}){G}",
                    _I,
                ),
            ),
            (
                "day_rel_month",
                re.compile(rf"(?<!\w)(?:ngày|{_alt(lex['lunar_day_words'])})\s+(?P<d>\d{{1,2}})\s+{self.MW}\s+(?P<rm>{_alt(lex['relative_months'])})(?!\w)", _I),
            ),
            ("ago", re.compile(rf"(?<!\w)(?:(?P<sau>sau)\s+)?(?P<n>\d{{1,3}})\s+(?P<u>{_alt(lex['ago_units'])})\s+(?P<dir>trước|nữa)(?!\w)", _I)),
            ("weekday", re.compile(rf"(?<!\w)(?P<w>{wd})(?!\w)(?:\s+(?P<after>{after})(?!\w))?", _I)),
        ]


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar(lexicon())
