"""What a new testimony can start from: the interviewer's own last interview.

An interviewer records many testimonies under the same staff code, in the same country and
language. Those defaults come from the latest testimony written on this laptop (its author
key is this vault's), read from the encrypted vault: nothing about the interviewer is kept
in plaintext settings. A testimony imported from someone else never lends its interviewer.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.workspace import Workspace

__all__ = ["UsualInterview", "usual_interview"]

LOOK_BACK = 5  # recent testimonies to look through for one of this laptop's own


@dataclass(frozen=True)
class UsualInterview:
    interviewer: str = ""
    country: str = ""
    language: str = ""


def usual_interview(workspace: Workspace) -> UsualInterview:
    own = workspace.key_id
    for row in workspace.page(0, LOOK_BACK, "updated", True):
        stored = workspace.load(row.id)
        if stored.provenance.author_key != own:
            continue
        interview = stored.document.get("interview", {})
        return UsualInterview(
            interviewer=str(interview.get("interviewer", {}).get("name", "")),
            country=str(interview.get("place", {}).get("country", "")),
            language=str(interview.get("language", "")),
        )
    return UsualInterview()
