"""Reading articles: .txt files (with optional NAME.meta.json sidecars), .jsonl, stdin.

Bad input never raises out of here: each problem becomes an `InputError` naming
the file (and line) so the caller can report it and go on with the rest.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from c4ir_kb.models import Article

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)


@dataclass(frozen=True)
class InputError:
    where: str  # file name, or file:line
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


@dataclass(frozen=True)
class InputWarning:
    where: str
    message: str


Item = Union[Article, InputError, InputWarning]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: object) -> Optional[date]:
    """`YYYY-MM-DD` or empty; anything else is a ValueError with a readable reason."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"invalid published date {value!r} (expected YYYY-MM-DD)")


def decode(data: bytes) -> tuple[str, Optional[str]]:
    """Bytes to text, or ValueError with a readable reason. Returns (text, warning)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16 (BOM found); UTF-8 is expected"
        except UnicodeDecodeError as e:
            raise ValueError(f"invalid UTF-16 text at byte {e.start}") from None
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text (invalid byte 0x{data[e.start]:02x} at offset {e.start})") from None
    return text, None


def headline(text: str) -> Optional[str]:
    """A first line that stands alone as a headline: short, no final period, then a blank line."""
    lines = text.split("\n", 2)
    if len(lines) < 3 or lines[1].strip():
        return None
    first = lines[0].strip()
    if not first or len(first) > 200 or first.endswith((".", "!", "?", "…", ":")):
        return None
    return first


def make_article(
    text: str,
    source: str,
    path: Optional[str] = None,
    meta: Optional[dict] = None,
) -> Article:
    meta = meta or {}
    if not text.strip():
        raise ValueError("empty article (no text)")
    published = parse_published(meta.get("published"))
    h = content_hash(text)
    return Article(
        id=h[:16],
        source=source,
        path=path,
        url=meta.get("url") or None,
        title=meta.get("title") or headline(text),
        published=published,
        source_name=meta.get("source") or None,
        text=text,
        content_hash=h,
    )


def _read_sidecar(path: Path) -> dict:
    side = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"unreadable metadata {side.name}: {e}") from None
    if not isinstance(meta, dict):
        raise ValueError(f"metadata {side.name} is not a JSON object")
    return meta


def read_text_file(path: Path) -> Iterator[Item]:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(where, e.strerror or str(e))
        return
    try:
        if not data.strip():
            raise ValueError("empty file")
        text, warning = decode(data)
        if warning:
            yield InputWarning(where, warning)
        yield make_article(text, path.name, str(path), _read_sidecar(path))
    except ValueError as e:
        yield InputError(where, str(e))


def _utf8_lines(stream, where: str) -> Iterator[Union[str, InputError]]:
    """Decoded lines of a UTF-8 byte stream, read one at a time; a line that is not
    UTF-8 becomes an error for that line only."""
    for lineno, raw in enumerate(stream, 1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield InputError(f"{where}:{lineno}", f"not UTF-8 text (invalid byte 0x{raw[e.start]:02x} at column {e.start})")


def read_jsonl_lines(lines: Iterable[Union[str, InputError]], name: str, where: str) -> Iterator[Item]:
    for lineno, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        loc = f"{where}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(loc, f"malformed JSON line ({e.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputError(loc, 'each line must be a JSON object with a "text" string')
            continue
        try:
            source = str(obj.get("id") or f"{name}:{lineno}")
            yield make_article(obj["text"], source, loc, obj)
        except ValueError as e:
            yield InputError(loc, str(e))


def read_jsonl_file(path: Path) -> Iterator[Item]:
    """Streamed line by line: memory does not grow with the file (UTF-16, rare, is decoded whole)."""
    where = str(path)
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
            if not head.strip():
                yield InputError(where, "empty file")
                return
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                try:
                    text, _ = decode(head + f.read())
                except ValueError as e:
                    yield InputError(where, str(e))
                    return
                yield from read_jsonl_lines(text.splitlines(), path.name, where)
                return
            if b"\x00" in head:
                yield InputError(where, "binary file (contains NUL bytes), not text")
                return
            f.seek(0)
            yield from read_jsonl_lines(_utf8_lines(f, where), path.name, where)
    except OSError as e:
        yield InputError(where, e.strerror or str(e))


def read_stdin(jsonl: bool = False) -> Iterator[Item]:
    stream = sys.stdin.buffer
    peek = getattr(stream, "peek", None)
    if jsonl and peek is not None and peek(2)[:2] not in (b"\xff\xfe", b"\xfe\xff"):  # streamed, like a .jsonl file
        yield from read_jsonl_lines(_utf8_lines(stream, "<stdin>"), "stdin", "<stdin>")
        return
    data = stream.read()
    try:
        text, warning = decode(data)
    except ValueError as e:
        yield InputError("<stdin>", str(e))
        return
    if jsonl:
        yield from read_jsonl_lines(text.splitlines(), "stdin", "<stdin>")
        return
    try:
        yield make_article(text, "stdin")
    except ValueError as e:
        yield InputError("<stdin>", str(e))


def expand(paths: list[str]) -> Iterator[Union[Path, InputError, str]]:
    """Paths, directories (their .txt and .jsonl files, sorted) and globs; '-' is stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f
                for f in path.rglob("*")
                if f.is_file() and f.suffix in TEXT_SUFFIXES + JSONL_SUFFIXES and not f.name.startswith(".")
            )
            if not files:
                yield InputError(p, "directory holds no .txt or .jsonl files")
            yield from files
        elif path.exists():
            yield path
        elif glob.has_magic(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield InputError(p, "no file matches this pattern")
            for m in matches:
                if os.path.isfile(m) and not m.endswith(".meta.json"):
                    yield Path(m)
        else:
            yield InputError(p, "no such file or directory")


def read_sources(paths: list[str], stdin_jsonl: bool = False) -> Iterator[Item]:
    for target in expand(paths):
        if isinstance(target, InputError):
            yield target
        elif target == "-":
            yield from read_stdin(stdin_jsonl)
        elif target.suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(target)
        else:
            yield from read_text_file(target)


def count_articles(paths: list[str], stdin_jsonl: bool = False) -> Optional[int]:
    """How many articles `read_sources` will yield at most (a .txt file is one, a .jsonl
    file one per non-blank line), counted without decoding; None when stdin is read."""
    total = 0
    for target in expand(paths):
        if isinstance(target, InputError):
            continue
        if target == "-":
            return None
        if target.suffix in JSONL_SUFFIXES:
            try:
                with open(target, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
