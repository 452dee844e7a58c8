"""Why two archive persons may be one: a stable code per reason, with its parameters.

The core gives codes, never sentences: the command line prints the English sentence built here
from the code (`english`), `--json` gives the code and its parameters, and the desktop shows its
own translated words for each code (a sentence matched by its words would stay English).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CODES", "Reason", "english"]

NAME_WORDS_MATCH = "name_words_match"  # words: how many words of the name match
ONE_NAME_WORD = "one_name_word_matches"
GIVEN_NAME_EQUIVALENT = "given_name_equivalent"  # a, b: the two given names
GIVEN_NAME_PARTIAL = "given_name_partial"  # a, b, kind: "partial" or "diminutive"
SAME_CASE_CODE = "same_case_code"
SAME_BIRTH_DATE = "same_birth_date"
BIRTH_DATES_COMPATIBLE = "birth_dates_compatible"
NO_BIRTH_DATE = "no_birth_date"
RELATIVE_IN_COMMON = "relative_in_common"

CODES = (
    NAME_WORDS_MATCH,
    ONE_NAME_WORD,
    GIVEN_NAME_EQUIVALENT,
    GIVEN_NAME_PARTIAL,
    SAME_CASE_CODE,
    SAME_BIRTH_DATE,
    BIRTH_DATES_COMPATIBLE,
    NO_BIRTH_DATE,
    RELATIVE_IN_COMMON,
)


@dataclass(frozen=True)
class Reason:
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")

    def as_json(self) -> dict[str, str]:
        """{"code": ..., and each parameter}: e.g. {"code": "given_name_equivalent",
        "a": "юрась", "b": "юрий"}."""
        return {"code": self.code, **dict(self.params)}


_ENGLISH = {
    NAME_WORDS_MATCH: "{words} words of the name match across scripts and spellings",
    ONE_NAME_WORD: "one word of the name matches",
    GIVEN_NAME_EQUIVALENT: "given names: {a} ~ {b}",
    GIVEN_NAME_PARTIAL: "given names: {a} ~ {b} ({kind} form)",
    SAME_CASE_CODE: "same case code",
    SAME_BIRTH_DATE: "same birth date",
    BIRTH_DATES_COMPATIBLE: "birth dates compatible (not precise enough to be sure)",
    NO_BIRTH_DATE: "no birth date to compare",
    RELATIVE_IN_COMMON: "a relative in common",
}


def english(reason: Reason) -> str:
    """The reason as an English sentence fragment, for the command line."""
    template = _ENGLISH.get(reason.code)
    if template is None:  # a code from a newer core: say so rather than fail
        return reason.code.replace("_", " ")
    return template.format_map({"words": "", "a": "", "b": "", "kind": "", **dict(reason.params)})
