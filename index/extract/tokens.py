"""Tokens with offsets, and a token trie for gazetteer look-ups.

One compiled regex splits text into words (keeping hyphens, dots and
apostrophes inside a word: "Song-gil", "news.com.au", "U.S") and single
punctuation marks; a possessive "'s" becomes a token of its own so that
"Tokyo's" and "People's Army" tokenise the same in text and gazetteer.
"""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[-.&'’]\w+)*|[^\w\s]")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    # `norm_token(text)`, made once: the rules ask for it ~7 times a token
    norm: str


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    # each token's normal form cut from the text normalised once (a call per token
    # was a third of the time), where normalising keeps every offset
    low = norm_token(text)
    if len(low) != len(text):  # ("İ" lowers to two characters)
        low = None
    for m in TOKEN_RE.finditer(text):
        s, e = m.span()
        t = m.group()
        if len(t) > 2 and t[-2] in "'’" and t[-1] in "sS" and t[-3].isalpha():
            append(Token(t[:-2], s, e - 2, low[s:e - 2] if low is not None else norm_token(t[:-2])))
            append(Token(t[-2:], e - 2, e, low[e - 2:e] if low is not None else norm_token(t[-2:])))
        else:
            append(Token(t, s, e, low[s:e] if low is not None else norm_token(t)))
    return out


def tokenize_text(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def norm_token(t: str) -> str:
    return t.lower().replace("’", "'")


class Trie:
    """Token trie: lower-cased token keys; each end node keeps
    (label, tokens as written, cased, exact) entries."""

    __slots__ = ("root",)

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, tokens: list[str], label: str, cased: bool = True, exact: bool = False) -> None:
        if not tokens:
            return
        node = self.root
        for t in tokens:
            node = node.setdefault(norm_token(t), {})
        ends = node.setdefault(None, [])
        entry = (label, tuple(tokens), cased, exact)
        if entry not in ends:
            ends.append(entry)

    def matches(self, toks: list[Token], i: int, max_len: int = 12):
        """Yield (end_index_exclusive, label) for entries starting at token i."""
        node = self.root
        j = i
        n = len(toks)
        while j < n and j - i < max_len:
            node = node.get(toks[j].norm)
            if node is None:
                return
            j += 1
            ends = node.get(None)
            if ends:
                for label, written, cased, exact in ends:
                    if _case_ok(written, toks, i, exact, cased):
                        yield j, label
                        break


def _case_ok(written: tuple[str, ...], toks: list[Token], i: int, exact: bool, cased: bool) -> bool:
    if exact:
        return all(w == toks[i + k].text for k, w in enumerate(written))
    if not cased:
        return True
    for k, w in enumerate(written):
        t = toks[i + k].text
        if w.isupper() and len(w) > 1 and any(c.isalpha() for c in w):
            if t != w and t.replace("’", "'") != w:
                return False
        elif w[:1].isupper() and not t[:1].isupper():
            return False
    return True
