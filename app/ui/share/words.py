"""The Share dialog's words: who each scope hands over to, what each format is, and why a person
is not named or a testimony is kept back, in the interface language.

The reasons come from the core in English (app.domain.handover); each known one is translated
here, and one the core adds later is shown as it comes rather than dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.consent import CASE_CODE, EXCLUDED
from app.services.share import Preview

CONTEXT = "ShareDialog"

SCOPE_TITLES = {
    "share_un_wgad": QT_TRANSLATE_NOOP("ShareDialog", "UN Working Group on Arbitrary Detention"),
    "share_un_sr_belarus": QT_TRANSLATE_NOOP("ShareDialog", "UN Special Rapporteur on Belarus"),
    "share_un_gie_belarus": QT_TRANSLATE_NOOP(
        "ShareDialog", "UN Group of Independent Experts on Belarus"
    ),
    "share_iapb": QT_TRANSLATE_NOOP(
        "ShareDialog", "International Accountability Platform for Belarus"
    ),
    "legal_proceedings": QT_TRANSLATE_NOOP("ShareDialog", "A prosecutor or a court"),
    "share_ngos": QT_TRANSLATE_NOOP("ShareDialog", "A partner organisation"),
    "named_publication": QT_TRANSLATE_NOOP("ShareDialog", "Publication with names"),
    "anonymised_public_reporting": QT_TRANSLATE_NOOP("ShareDialog", "Anonymised publication"),
}
FORMAT_TITLES = {
    "csv": QT_TRANSLATE_NOOP("ShareDialog", "Table (CSV)"),
    "xlsx": QT_TRANSLATE_NOOP("ShareDialog", "Spreadsheet (Excel, xlsx)"),
    "json": QT_TRANSLATE_NOOP("ShareDialog", "Records (JSON)"),
    "uwazi": QT_TRANSLATE_NOOP("ShareDialog", "Uwazi import (CSV)"),
    "pdf": QT_TRANSLATE_NOOP("ShareDialog", "Case dossiers (PDF)"),
}
REASONS = {
    "the informant withdrew consent": QT_TRANSLATE_NOOP(
        "ShareDialog", "the informant withdrew consent"
    ),
    "the informant did not consent to this use": QT_TRANSLATE_NOOP(
        "ShareDialog", "the informant did not consent to this use"
    ),
    "a sensitive mark names no field of the testimony": QT_TRANSLATE_NOOP(
        "ShareDialog", "a part marked sensitive could not be found in the testimony"
    ),
    "a name that may not leave is still in the testimony": QT_TRANSLATE_NOOP(
        "ShareDialog", "a name that may not leave is still in the testimony"
    ),
    "withdrew their own consent": QT_TRANSLATE_NOOP("ShareDialog", "withdrew their own consent"),
    "alleged perpetrator": QT_TRANSLATE_NOOP("ShareDialog", "alleged perpetrators"),
    "the informant did not consent to share about others": QT_TRANSLATE_NOOP(
        "ShareDialog", "the informant did not consent to share about others"
    ),
    "did not consent for themselves": QT_TRANSLATE_NOOP(
        "ShareDialog", "did not consent for themselves"
    ),
    "marked sensitive": QT_TRANSLATE_NOOP("ShareDialog", "marked sensitive"),
    "consented": QT_TRANSLATE_NOOP("ShareDialog", "consented"),
}
OUTSIDE = QT_TRANSLATE_NOOP(
    "ShareDialog",
    "The file is outside the vault's protection: it is not encrypted, and anyone who gets it "
    "can read it. Hand it over the way the partner agreed, then delete your copy.",
)


def tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def scope_title(scope: str) -> str:
    return tr(SCOPE_TITLES[scope]) if scope in SCOPE_TITLES else scope


def format_title(fmt: str) -> str:
    return tr(FORMAT_TITLES[fmt]) if fmt in FORMAT_TITLES else fmt


def reason(text: str) -> str:
    return tr(REASONS[text]) if text in REASONS else text


def why_lines(found: Preview) -> list[str]:
    """Each reason a person is not named, or a testimony is kept back whole, with its count."""
    lines = []
    for (treatment, why), count in sorted(found.why.items()):
        if treatment == CASE_CODE:
            line = QCoreApplication.translate("ShareDialog", "Only as a case code, %1: %2")
        elif treatment == EXCLUDED:
            line = QCoreApplication.translate("ShareDialog", "Left out, %1: %2")
        else:
            continue
        lines.append(line.replace("%1", reason(why)).replace("%2", str(count)))
    for why, count in sorted(found.withheld.items()):
        line = QCoreApplication.translate("ShareDialog", "Testimonies kept back whole, %1: %2")
        lines.append(line.replace("%1", reason(why)).replace("%2", str(count)))
    return lines
