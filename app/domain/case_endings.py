"""A name in the nominative and the forms a narrative declines it into.

A coordinator types "Бабарыка" or "Babaryka"; an informant's narrative says "суд над
Бабарыкам", "ліст Бабарыкі", "сустрэўся з Ціханоўскім". A query word already matches by
prefix, which covers a name ending in a consonant (Статкевіч: Статкевіча, Статкевічу); a name
ending in a vowel, ў or ь changes its last letters (Бабарыка: Бабарыкі, Бабарыцы; Мікалаеў:
Мікалаева; Ціханоўскі: Ціханоўскага). This small table of Belarusian and Russian case endings,
with the Latin spellings of the same endings for a query typed in Latin, gives the keys of those
forms (app.domain.folding), matched as whole words.

Whole words, from a closed list, and only for a stem of at least three letters: a surname must
not pull in the words that merely begin like it (Бабарыка is not Бабарыкін, Знак is not
знакаміты by this table; the query's own prefix match is another matter). No lemmatiser, no
dictionary: a word whose nominative ending the table does not know gets no forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.domain import folding

__all__ = ["ENDINGS", "inflected_keys"]

# (nominative ending, the endings of the other cases), longest ending first; a word takes the
# first rule whose ending it has. Each line reads "stem + ending".
ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Adjectival surnames, feminine: Ціханоўская, Тихановская.
    ("ая", ("ай", "ую", "ой", "ою", "аю")),
    # Adjectival surnames, masculine, Belarusian (Ціханоўскі, Бяляцкі) and Russian (-ский).
    ("скі", ("скага", "скаму", "скім")),
    ("цкі", ("цкага", "цкаму", "цкім")),
    ("ский", ("ского", "скому", "ским", "ском")),
    ("цкий", ("цкого", "цкому", "цким", "цком")),
    ("ской", ("ского", "скому", "ским", "ском")),
    # Nouns in -а (Бабарыка, Калеснікава, Кацярына) and -я (Марыя); к г х alternate before -е.
    ("ка", ("кі", "ки", "ку", "кай", "кой", "кою", "каю", "кам", "ке", "цы", "цэ")),
    ("га", ("гі", "ги", "гу", "гай", "гой", "гою", "гаю", "гам", "ге", "зе")),
    ("ха", ("хі", "хи", "ху", "хай", "хой", "хою", "хаю", "хам", "хе", "се")),
    ("а", ("ы", "і", "и", "е", "э", "у", "ай", "ой", "ою", "аю", "ам")),
    ("я", ("і", "и", "е", "ю", "яй", "яю", "ей", "ею", "ёй", "ёю", "ям")),
    # Belarusian -ў (Мікалаеў, Храпкоў) and Russian -ь (Гундарь).
    ("ў", ("ва", "ву", "вым", "ве", "вам")),
    ("ь", ("я", "ю", "ем", "ём", "е", "а", "у", "ам")),  # Belarusian hardens р: Гундару
    # -о, -ко (Храсько) declined the Belarusian way.
    ("о", ("а", "у", "ам", "ом", "і", "е")),
    # The same endings as a Latin query writes the nominative.
    ("aya", ("ai", "aj", "uiu", "oi", "oiu", "aiu")),
    ("aja", ("ai", "aj", "uiu", "oi", "oiu", "aiu")),
    ("aia", ("ai", "aj", "uiu", "oi", "oiu", "aiu")),
    ("ska", ("skai", "skaj", "skuiu", "skoi", "skoj")),
    ("cka", ("ckai", "ckaj", "ckuiu", "ckoi", "ckoj")),
    ("ski", ("skaha", "skamu", "skim", "skoho", "skomu")),
    ("sky", ("skaha", "skamu", "skim", "skoho", "skomu")),
    ("skiy", ("skaha", "skamu", "skim", "skoho", "skomu")),
    ("skij", ("skaha", "skamu", "skim", "skoho", "skomu")),
    ("skii", ("skaha", "skamu", "skim", "skoho", "skomu")),
    ("cki", ("ckaha", "ckamu", "ckim", "ckoho", "ckomu")),
    ("ka", ("ki", "ku", "kai", "koi", "kam", "ke", "tsy", "tse")),
    ("ga", ("gi", "gu", "gai", "goi", "gam", "ge", "ze")),
    ("ha", ("hi", "hu", "hai", "hoi", "ham", "he", "se")),
    ("a", ("i", "y", "e", "u", "ai", "oi", "oiu", "aiu", "am")),
    ("u", ("va", "vu", "vym", "ve", "vam")),
    ("o", ("a", "u", "am", "om", "i", "e")),
)
# A name ending in a consonant: its forms begin with it, so the prefix match finds them, except
# where folding reads the nominative differently (Гундар's key drops the vowel before a final r:
# "hundr", not a prefix of Гундара's "hundara"). Forms the prefix reaches are left out anyway.
CONSONANT_ENDINGS = ("а", "у", "ам", "ом", "е", "ы", "я", "ю", "ем")
LATIN_CONSONANT_ENDINGS = ("a", "u", "am", "om", "e", "y", "ia", "iu", "em")
_VOWELS = frozenset("аеёіїоуыэюяиaeiouyйьўj")
# A Latin "u" is ў only after a vowel (Mikalaeu, Khrapkou), not in Babaryku.
_AFTER_VOWEL = frozenset({"u"})
_VOWEL_BEFORE = re.compile(r"[aeiouy][u]$")
MIN_STEM = 3


@lru_cache(maxsize=4096)
def inflected_keys(word: str) -> frozenset[str]:
    """The keys of the oblique case forms of ``word`` read as a nominative, leaving out those
    the word's own keys already reach as a prefix. Empty when the table has no rule for it."""
    written = unicodedata.normalize("NFC", word).casefold()
    for nominative, others in ENDINGS:
        if not written.endswith(nominative):
            continue
        stem = written[: -len(nominative)]
        if len(stem) < MIN_STEM:
            return frozenset()
        if nominative in _AFTER_VOWEL and not _VOWEL_BEFORE.search(written):
            continue
        keys = {key for ending in others for key in folding.phonetic_keys(stem + ending)}
        return _new(word, keys)
    last = written[-1:]
    latin, cyrillic = "a" <= last <= "z", "\u0430" <= last <= "\u045f"
    if len(written) <= MIN_STEM or not (latin or cyrillic) or last in _VOWELS:
        return frozenset()  # a word in another script keeps its own prefix match only
    endings = LATIN_CONSONANT_ENDINGS if latin else CONSONANT_ENDINGS
    return _new(
        word, {key for ending in endings for key in folding.phonetic_keys(written + ending)}
    )


def _new(word: str, keys: set[str]) -> frozenset[str]:
    """``keys`` less those the word's own keys reach as a prefix (the search has them)."""
    own = tuple(folding.phonetic_keys(word))
    return frozenset(key for key in keys if not key.startswith(own))
