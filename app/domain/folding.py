"""Search folding: words of a text, their folded form and cross-script "skeleton" keys.

Coordinators search by name in whatever script they remember: "Babaryka" must find a testimony
that says "Бабарыка" or "Бабарико", "Kalesnikava" must find "Калеснікава" and "Колесникова".
SQLite FTS5's ``unicode61`` tokenizer folds none of this, so the indexer stores, next to the text,
:func:`search_text` - the keys of every word - and the searcher matches :func:`query_keys` against
that column (OR within a query word, AND across words).

A key is a lossy skeleton of how a Belarusian or Russian name sounds, written in ``[a-z0-9]``:

1. :func:`fold`: case-folded, diacritics dropped, apostrophes removed. Before that, ``ё`` is
   rewritten ``io`` (so Ёсіф meets Iosif) and ``č`` becomes ``ч`` (official / Łacinka ``č`` is
   the same letter as English ``ch``, Polish ``cz``).
2. Cyrillic is transliterated letter by letter (г and х both become ``h``: Hrodna/Grodno,
   Ihar/Igor, Khrapkov/Chrapkoŭ).
3. Latin digraphs, longest first: ``shch szcz -> sч``, ``tsch tch cz -> ч``, ``sh sz -> s``,
   ``zh -> z``, ``kh -> h``, ``ph -> f``, ``ts tz -> c`` (ц), ``dz -> d``; ``ch`` is ambiguous
   (English ч, Polish / Łacinka / official х) and yields both readings - that is where a word
   gets more than one key. Then ``w -> v``, ``g -> h``, ``q -> k``, ``y j -> i``, ``x -> ks``,
   ``o -> a`` (Belarusian akanne: Калеснікава / Колесникова).
4. Vowels: doubled letters collapse (``ii -> i``), ``ie -> e`` (official romanisation writes е
   as ``ie``), ``ia io -> e`` after a consonant (Belarusian yakanne: Бяляцкі / Беляцкий,
   Сяргей / Сергей, and ё written е in Russian), ц before a front vowel becomes ``t``
   (Belarusian cekanne: Акрэсціна / Окрестина, Ціханоўская / Тихановская), ``v`` not followed by
   a vowel becomes ``u`` (Belarusian ў: Храпкоў / Храпков), a final ``-aia`` becomes ``-a``
   (Ціханоўская / Cichanouska), in a longer word a vowel between a consonant and a final ``r``
   is dropped (Alexander / Аляксандр), and finally ч and ц share ``c`` (so diacritic-less typing of
   official romanisation, "Statkievic", still matches).

Polish orthography, and Łacinka which shares it, is read by its own rules when a Latin word shows
it (ł ó ś ć ź ż ń ą ę ŭ č š ž, cz, sz): ch is х, rz is ж, ó is у, and a plain l before a back
vowel is soft (ł is the hard one), so Bialacki, Łabkowicz and Szczyrakowa meet Бяляцкі, Лабковіч
and Шчыракова. An unmarked "l" before a back vowel (Labkovich, or Łacinka-without-ł Alaksandr)
yields both readings. Given names said in another language (Włodzimierz for Уладзімір) are not
folding's business: app.domain.given_names links them.

Digits stay as they are. Characters of other scripts are kept, escaped as ``q<hex>q`` (``q`` never
occurs otherwise in a key), so a word in Greek or Georgian is still findable by itself.

Keys are lossy by design: a search finds a few words that merely sound alike. Everything here is
pure Python and deterministic; :func:`phonetic_keys` is cached because it runs on every word of
every testimony.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "fold",
    "forget",
    "index_columns",
    "phonetic_keys",
    "query_keys",
    "search_text",
    "tokens",
]

# Apostrophes written inside words (Belarusian Кап'ян, Сям'я; O'Brien). U+02BC, U+02B9 and U+02BB
# are modifier letters, so the word pattern already treats them as letters.
_APOSTROPHES = "'\u2019\u2018\u02bc\u02b9\u02bb\u02ba"
_INNER_APOSTROPHES = "'\u2019\u2018"
_MODIFIER_APOSTROPHES = "\u02bc\u02b9\u02bb\u02ba"
# Combining marks that may sit inside a word NFC cannot compose (a stress mark on ы: Бабары́ка).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# A word starts with a letter or digit that is not a modifier apostrophe. Inside, \w also
# matches "_", which is split off afterwards: one character class per step keeps this fast.
_WORD = re.compile(
    rf"(?![{_MODIFIER_APOSTROPHES}])[^\W_][\w{_MARKS}]*"
    rf"(?:[{_INNER_APOSTROPHES}][^\W_][\w{_MARKS}]*)*"
)
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")

_FOLD_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "đ": "d",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "ı": "i",
        "ŀ": "l",
        "ħ": "h",
        "ŧ": "t",
        # NFKD already reduces these to their base letters; spelled out so the result is
        # guaranteed to be the Cyrillic base letter whatever the normalisation does.
        "й": "и",
        "ё": "е",
        "ў": "у",
        "ї": "і",
        **dict.fromkeys(_APOSTROPHES, ""),
    }
)


class _FoldTable(dict[int, str | int | None]):
    """str.translate table: the special letters above, and every combining mark (looked up once
    per code point, then remembered) deleted."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable(_FOLD_SPECIAL)

# Applied to the case-folded NFC word before fold(): letters whose phonetic value the plain
# fold would lose.
_PRE = str.maketrans({"ё": "io", "č": "ч"})

# Cyrillic -> Latin letter by letter. Upper-case markers stand for sounds a Latin digraph could
# otherwise swallow: C is ч, H is г/х (so "сх" does not become the digraph "sh").
_LETTERS = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "H",
        "ґ": "H",
        "д": "d",
        "е": "e",
        "ж": "z",
        "з": "z",
        "и": "i",
        "і": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ў": "u",
        "ф": "f",
        "х": "H",
        "ц": "c",
        "ч": "C",
        "ш": "s",
        "щ": "sC",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
        # Ukrainian, South Slavic and pre-reform letters, for completeness.
        "є": "ie",
        "ї": "i",
        "ј": "i",
        "љ": "l",
        "њ": "n",
        "ђ": "d",
        "ћ": "C",
        "џ": "dz",
        "ѕ": "dz",
        "ѣ": "e",
        "ѳ": "f",
        "ѵ": "i",
    }
)

# Latin digraphs, longest first; "\x00" marks an ambiguous "ch" (ч or х).
_DIGRAPHS = {
    "shch": "sC",
    "szcz": "sC",
    "tsch": "C",
    "tch": "C",
    "sh": "s",
    "sz": "s",
    "zh": "z",
    "kh": "h",
    "ph": "f",
    "cz": "C",
    "ts": "c",
    "tz": "c",
    "dzh": "d",
    "dz": "d",
    "ch": "\x00",
}
_DIGRAPH = re.compile("|".join(sorted(_DIGRAPHS, key=len, reverse=True)))
_CH_READINGS = ("C", "h")

# Latin single letters (after the digraphs); o -> a is Belarusian akanne.
_SINGLES = str.maketrans(
    {"w": "v", "g": "h", "q": "k", "y": "i", "j": "i", "x": "ks", "o": "a", "H": "h"}
)

_CONSONANTS = "bcdfhklmnprstvzC"
_DOUBLE = re.compile(r"([a-zC])\1+")
# One pass for the vowel rules (lookarounds see the unrewritten word, so their order does not
# matter): ie -> e; ia, io after a consonant -> e; ц before a front vowel -> t; v before anything
# but a vowel -> u.
_VOWEL_RULES = re.compile(rf"ie|(?<=[{_CONSONANTS}])i[ao]|c(?=[ie])|v(?![aeiu])")
_VOWEL_REWRITE = {"ie": "e", "ia": "e", "io": "e", "c": "t", "v": "u"}
# Alexander / Aliaksandr, Belarusian "тэатар" / "театр": a vowel before a final r is dropped.
_FINAL_VOWEL_R = re.compile(rf"(?<=[{_CONSONANTS}])[ae]r$")
_FINAL = str.maketrans({"C": "c"})
_NOT_KEY = re.compile("[^a-z0-9]")
# English clitics and elisions after / before an apostrophe: "Babaryka's" also finds Babaryka.
_CLITIC_SUFFIXES = frozenset({"s", "ll", "ve", "re", "d", "t", "m"})
_ELIDED_PREFIXES = frozenset({"d", "l", "o"})
_MAX_CH_EXPANSION = 2

# Polish orthography, and Łacinka which shares it: a Latin word that shows one of their letters
# or digraphs (English romanisation never writes them) is read by their rules: ch is х, rz is ж,
# ó is у, and a plain l before a back vowel is soft (ł is the hard one), so Polish Bialacki and
# Łacinka Alaksandr meet Бяляцкі and Аляксандр. "rz" alone is no mark: English "Marzaliuk" is
# Марзалюк.
_POLISH_MARK = re.compile("[łóśćźżńąęŭčšž]|cz|sz")
_POLISH_LETTERS = re.compile("ó|rz|ch")
_POLISH_REWRITE = {"ó": "у", "rz": "ж", "ch": "х"}
_SOFT_L = re.compile("l(?=[aouąó])")
# Without a mark a plain "l" before a back vowel is either: English Labkovich (hard) or an
# unmarked Polish or Łacinka word (soft). Such a word gets both readings' keys.
_MAYBE_SOFT_L = re.compile("l[aou]")


def tokens(text: str) -> list[str]:
    """The words of ``text`` (NFC): runs of Unicode letters and digits.

    Hyphens, underscores, punctuation, spaces and symbols (emoji) split words; an apostrophe
    between two letters stays inside the word (Belarusian Кап'ян is one word, its apostrophe is
    dropped by :func:`fold`), a leading or trailing one is dropped.
    """
    text = unicodedata.normalize("NFC", text)
    words = _WORD.findall(text)
    if "_" in text:
        # Only words with an underscore are split again (codes such as minsk_akrestsina_cip).
        words = [
            part
            for word in words
            for part in (_WORD.findall(word.replace("_", " ")) if "_" in word else (word,))
        ]
    if any(mark in text for mark in _MODIFIER_APOSTROPHES):
        words = [word.rstrip(_MODIFIER_APOSTROPHES) for word in words]
    return words


def fold(token: str) -> str:
    """Case-folded, without diacritics and apostrophes; й/ё/ў/ї become и/е/у/і, ł l, ß ss."""
    if token.isascii():
        return token.casefold().translate(_FOLD_SPECIAL)
    # NFKD before casefold: NFKD can produce upper-case letters (modifier ᴬ -> A, ϒ -> Υ), which
    # casefold then lowers; casefold's own output (İ -> i + U+0307) is already decomposed.
    return unicodedata.normalize("NFKD", token).casefold().translate(_FOLD_TABLE)


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    return f"q{ord(ch):x}q"


def _first(match: re.Match[str]) -> str:
    return match.group(1)


def _vowel_rewrite(match: re.Match[str]) -> str:
    return _VOWEL_REWRITE[match.group()]


def _digraph(match: re.Match[str]) -> str:
    return _DIGRAPHS[match.group()]


def _finish(skeleton: str) -> str:
    """Vowel rules and clean-up on a Latin skeleton of one reading of a word."""
    text = _DOUBLE.sub(_first, skeleton) if _DOUBLE.search(skeleton) else skeleton
    text = _VOWEL_RULES.sub(_vowel_rewrite, text)
    if len(text) > 4 and text.endswith("aia"):
        text = text[:-2]
    elif len(text) > 5:
        text = _FINAL_VOWEL_R.sub("r", text)
    text = text.translate(_FINAL)
    if _DOUBLE.search(text):
        text = _DOUBLE.sub(_first, text)
    if _NOT_KEY.search(text):
        text = _NOT_KEY.sub(_escape, text)
    return text


def _polish_rewrite(match: re.Match[str]) -> str:
    return _POLISH_REWRITE[match.group()]


def _skeleton_keys(word: str) -> set[str]:
    """Keys of one apostrophe-free, case-folded NFC word, read as Polish or Łacinka when it shows
    their orthography, with both readings of an unmarked "l" before a back vowel."""
    if _POLISH_MARK.search(word):
        return _reading_keys(_SOFT_L.sub("li", _POLISH_LETTERS.sub(_polish_rewrite, word)))
    keys = _reading_keys(word)
    if _MAYBE_SOFT_L.search(word):
        keys |= _reading_keys(_SOFT_L.sub("li", word))
    return keys


def _reading_keys(word: str) -> set[str]:
    """Keys of one word as the transliteration and digraph rules read it."""
    text = fold(word.translate(_PRE)).translate(_LETTERS)
    text = _DIGRAPH.sub(_digraph, text).translate(_SINGLES)
    if not text:
        return set()
    ambiguous = text.count("\x00")
    if not ambiguous:
        return {_finish(text)}
    readings: Iterable[tuple[str, ...]]
    if ambiguous <= _MAX_CH_EXPANSION:
        readings = itertools.product(_CH_READINGS, repeat=ambiguous)
    else:  # all ч or all х rather than 2**n keys
        readings = [(reading,) * ambiguous for reading in _CH_READINGS]
    keys = set()
    parts = text.split("\x00")
    for reading in readings:
        joined = parts[0] + "".join(r + part for r, part in zip(reading, parts[1:], strict=True))
        keys.add(_finish(joined))
    keys.discard("")
    return keys


@lru_cache(maxsize=65536)
def phonetic_keys(token: str) -> frozenset[str]:
    """The cross-script keys of one word (usually one, at most a few; none for "ь" alone).

    Two spellings of the same name - Belarusian or Russian Cyrillic, official romanisation,
    Łacinka, English or Polish-style Latin - share at least one key. Keys match ``[a-z0-9]+``.
    """
    word = unicodedata.normalize("NFC", token).casefold()
    keys = _skeleton_keys(word)
    parts = [part for part in _APOSTROPHE.split(word) if part] if _APOSTROPHE.search(word) else []
    if len(parts) > 1:
        if parts[-1] in _CLITIC_SUFFIXES:
            keys |= _skeleton_keys("".join(parts[:-1]))
        if parts[0] in _ELIDED_PREFIXES:
            keys |= _skeleton_keys("".join(parts[1:]))
    return frozenset(keys)


# What indexing needs of a word: its folded form and its keys in a fixed order. Names and
# common words repeat across testimonies, so each distinct word is folded and keyed once per
# process, not once per testimony. The memo holds testimony words: it lives in memory only,
# is bounded, and forget() empties it (with the caches above) when a vault is closed or locked.
_WORD_MEMO: dict[str, tuple[str, tuple[str, ...]]] = {}
_WORD_MEMO_LIMIT = 65_536  # as phonetic_keys: a few MiB at most


def _indexed(word: str) -> tuple[str, tuple[str, ...]]:
    found = _WORD_MEMO.get(word)
    if found is None:
        if len(_WORD_MEMO) >= _WORD_MEMO_LIMIT:
            _WORD_MEMO.clear()
        found = _WORD_MEMO[word] = (fold(word), tuple(sorted(phonetic_keys(word))))
    return found


def forget() -> None:
    """Empty every memo of words seen (testimony words): called when a vault closes or locks."""
    _WORD_MEMO.clear()
    phonetic_keys.cache_clear()


def search_text(text: str) -> str:
    """What the indexer stores for ``text``: its words' keys, space-separated, each once, in order
    of first appearance (a word's own keys in sorted order)."""
    per_word = (_indexed(word)[1] for word in tokens(text))
    return " ".join(dict.fromkeys(itertools.chain.from_iterable(per_word)))


def index_columns(text: str) -> tuple[str, str]:
    """Both columns the indexer stores for ``text``, from one pass over its words: the folded
    words in order (what ``snippets.folded_text`` gives) and :func:`search_text`. A testimony
    repeats its words (names above all): each distinct word is folded and keyed once."""
    words = tokens(text)
    indexed = {word: _indexed(word) for word in dict.fromkeys(words)}
    body = " ".join([indexed[word][0] for word in words])
    keys = " ".join(dict.fromkeys(itertools.chain.from_iterable(k for _, k in indexed.values())))
    return body, keys


def query_keys(query: str) -> list[frozenset[str]]:
    """Per query word, its keys: the searcher ORs the keys of a word and ANDs the words.

    Words without any key (a lone soft sign) are left out rather than making the query
    unmatchable; a repeated word is listed once.
    """
    per_word = (phonetic_keys(word) for word in tokens(query))
    return list(dict.fromkeys(keys for keys in per_word if keys))
