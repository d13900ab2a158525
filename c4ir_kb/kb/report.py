"""One entity as a self-contained HTML page (`c4ir-kb report ENTITY -o FILE.html`): its roles
over time and its commitment threads on one time axis, coloured by status, then the same
facts as tables. Inline SVG and CSS only: no script, no font, nothing fetched. Deterministic:
the same knowledge base gives the same bytes."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Optional

from c4ir_kb.kb.threads import day_of

STATUS_COLOURS = {
    "announced": "#1c7ed6",
    "started": "#f08c00",
    "completed": "#2f9e44",
    "delayed": "#e03131",
    "cancelled": "#495057",
}
WIDTH = 1000
LABEL_W = 330  # left column: what each row is
PLOT_X0, PLOT_X1 = LABEL_W + 10, WIDTH - 20
ROW_H = 26
PAD_DAYS = 20

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto; max-width: 1040px; color: #212529; }
h1 { margin-bottom: 0.1em; } .sub { color: #666; margin-top: 0; }
h2 { margin-top: 1.6em; border-bottom: 1px solid #dee2e6; padding-bottom: 0.2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin-top: 0.6em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #e9ecef; }
th { background: #f1f3f5; } .why { color: #666; font-size: 0.85em; }
.status { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 0.85em; }
.current { font-weight: 600; } svg text { font-family: inherit; }
"""


def _day(value: Optional[str]) -> Optional[date]:
    d = day_of(value)
    try:
        return date.fromisoformat(d) if d else None
    except ValueError:
        return None


def _short(s: Optional[str], n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


class _Axis:
    def __init__(self, days: list[date]):
        self.lo = min(days) - timedelta(days=PAD_DAYS)
        self.hi = max(days) + timedelta(days=PAD_DAYS)
        self.span = max(1, (self.hi - self.lo).days)

    def x(self, d: date) -> float:
        return round(PLOT_X0 + (PLOT_X1 - PLOT_X0) * (d - self.lo).days / self.span, 1)

    def ticks(self) -> list[tuple[float, str]]:
        years = range(self.lo.year, self.hi.year + 2)
        if len(years) <= 3:  # a short span: quarters
            marks = [date(y, m, 1) for y in years for m in (1, 4, 7, 10)]
            return [(self.x(d), f"{d.year}" if d.month == 1 else f"{d.month:02d}/{d.year % 100:02d}") for d in marks if self.lo <= d <= self.hi]
        return [(self.x(date(y, 1, 1)), str(y)) for y in years if self.lo <= date(y, 1, 1) <= self.hi]


def _svg(roles: list[dict], threads: list[dict]) -> str:
    days = [d for r in roles for d in (_day(r["first_seen"]), _day(r["last_seen"])) if d]
    days += [d for t in threads for ev in t["events"] for d in [_day(ev["date"])] if d]
    if not days:
        return '<p class="why">No dated roles or thread events to draw.</p>'
    axis = _Axis(days)
    rows: list[str] = []
    y = 40

    def heading(text: str) -> None:
        nonlocal y
        rows.append(f'<text x="0" y="{y + 4}" font-size="14" font-weight="700">{escape(text)}</text>')
        y += ROW_H

    if roles:
        heading("Roles over time")
        for r in roles:
            a, b = _day(r["first_seen"]), _day(r["last_seen"])
            label = r["title"] + (f", {r['organisation']}" if r["organisation"] else "")
            cls = ' font-weight="600"' if r["current"] else ""
            rows.append(f'<text x="8" y="{y + 4}" font-size="12"{cls}>{escape(_short(label, 46))}{" (current)" if r["current"] else ""}</text>')
            if a and b:
                x0, x1 = axis.x(a), max(axis.x(b), axis.x(a) + 6)
                fill = "#364fc7" if r["current"] else "#adb5bd"
                tip = f"{label}: {r['first_seen']} – {r['last_seen']} ({r['articles']} article(s))"
                rows.append(
                    f'<rect x="{x0}" y="{y - 6}" width="{round(x1 - x0, 1)}" height="12" rx="3" fill="{fill}">'
                    f"<title>{escape(tip)}</title></rect>"
                )
            y += ROW_H
    if threads:
        heading("Commitment threads")
        for t in threads:
            label = f"#{t['id']} {t['actor'] or '?'}: {t['subject'] or ''}"
            rows.append(f'<text x="8" y="{y + 4}" font-size="12">{escape(_short(label, 50))}<title>{escape(label)}</title></text>')
            pts = [(axis.x(d), ev) for ev in t["events"] for d in [_day(ev["date"])] if d]
            if len(pts) > 1:
                rows.append(f'<line x1="{pts[0][0]}" y1="{y}" x2="{pts[-1][0]}" y2="{y}" stroke="#ced4da" stroke-width="3"/>')
            for x, ev in pts:
                colour = STATUS_COLOURS.get(ev["status"], "#000")
                tip = f"{ev['date']} {ev['status']} ({ev['source']}): {ev['text']}"
                rows.append(
                    f'<circle cx="{x}" cy="{y}" r="7" fill="{colour}" stroke="#fff" stroke-width="1.5" data-status="{escape(ev["status"])}">'
                    f"<title>{escape(tip)}</title></circle>"
                )
            y += ROW_H
    height = y + 10
    grid = []
    for x, label in axis.ticks():
        grid.append(f'<line x1="{x}" y1="20" x2="{x}" y2="{height - 10}" stroke="#e9ecef"/>')
        grid.append(f'<text x="{x}" y="14" font-size="11" text-anchor="middle" fill="#666">{escape(label)}</text>')
    legend, lx = [], PLOT_X0
    for status, colour in STATUS_COLOURS.items():
        legend.append(f'<circle cx="{lx}" cy="{height + 8}" r="6" fill="{colour}"/>')
        legend.append(f'<text x="{lx + 10}" y="{height + 12}" font-size="12">{status}</text>')
        lx += 110
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height + 24}" viewBox="0 0 {WIDTH} {height + 24}" '
        f'role="img" aria-label="roles and commitment threads over time">'
        + "".join(grid + rows + legend)
        + "</svg>"
    )


def _badge(status: str) -> str:
    return f'<span class="status" style="background:{STATUS_COLOURS.get(status, "#000")}">{escape(status)}</span>'


def render(entity: dict, roles: list[dict], threads: list[dict]) -> str:
    """The page for `entity` ({"id", "name", "type", "aliases"?}), its role history and threads."""
    name = escape(entity["name"])
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{name}: roles and commitment threads</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{name}</h1>",
        f'<p class="sub">{escape(entity["type"])} #{entity["id"]}'
        + (f" · also written {escape('; '.join(entity['aliases']))}" if entity.get("aliases") else "")
        + f" · {len(roles)} role(s), {len(threads)} commitment thread(s)</p>",
        "<h2>Over time</h2>",
        _svg(roles, threads),
    ]
    if roles:
        parts.append("<h2>Roles</h2><table><tr><th>title</th><th>organisation</th><th>first seen</th><th>last seen</th><th>articles</th></tr>")
        for r in roles:
            cls = ' class="current"' if r["current"] else ""
            parts.append(
                f"<tr{cls}><td>{escape(r['title'])}{' (current)' if r['current'] else ''}</td><td>{escape(r['organisation'] or '')}</td>"
                f"<td>{escape(r['first_seen'] or '')}</td><td>{escape(r['last_seen'] or '')}</td><td>{r['articles']}</td></tr>"
            )
        parts.append("</table>")
    if threads:
        parts.append("<h2>Commitment threads</h2>")
        for t in threads:
            parts.append(
                f"<h3>#{t['id']} {escape(t['actor'] or '?')} {_badge(t['status'])}</h3><p>{escape(t['subject'] or '')}</p>"
                "<table><tr><th>date</th><th>status</th><th>report</th><th>source</th></tr>"
            )
            for ev in t["events"]:
                parts.append(
                    f"<tr><td>{escape(ev['date'] or '')}</td><td>{_badge(ev['status'])}</td>"
                    f"<td>{escape(ev['text'])}<div class=\"why\">{escape(ev.get('reason') or '')}</div></td>"
                    f"<td>{escape(ev['source'])}</td></tr>"
                )
            parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
