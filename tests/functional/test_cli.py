"""The command line end to end: a contract that scripts and other tools rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.shipped_vocabularies import shipped_versions
from tests.cli import sviedka
from tests.conftest import PASSPHRASE


@pytest.fixture
def template() -> dict:
    result = sviedka("template")
    assert result.code == 0, result.err
    return json.loads(result.out)


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_version_and_help() -> None:
    assert sviedka("--version").out.startswith("sviedka ")
    result = sviedka("--help")
    assert result.code == 0
    for name in ("init", "add", "list", "show", "edit", "delete", "history", "audit"):
        assert name in result.out


def test_no_command_without_display_explains(private_environment: Path) -> None:
    result = sviedka(env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.code == 1
    assert "no graphical display" in result.err


def test_usage_error_is_status_2() -> None:
    assert sviedka("no-such-command").code == 2
    assert sviedka("show").code == 2


def test_init_with_real_kdf_reports_unlock_time(vault_folder: Path) -> None:
    result = sviedka("init", vault=vault_folder)
    assert result.code == 0, result.err
    assert "Argon2id" in result.out
    assert "without it nobody" in result.out
    again = sviedka("init", vault=vault_folder)
    assert again.code == 1
    assert again.err.startswith("sviedka: a vault already exists")


def test_init_refuses_to_replace_a_vault_whose_key_file_is_missing(closed_vault: Path) -> None:
    (closed_vault / "keyslots.json").unlink()
    before = (closed_vault / "vault.db").read_bytes()
    result = sviedka("init", vault=closed_vault, passphrase="a brand new passphrase")
    assert result.code == 1
    assert result.err.startswith("sviedka: the key file is missing: restore it from a backup")
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err
    assert (closed_vault / "vault.db").read_bytes() == before
    assert not (closed_vault / "keyslots.json").exists()
    opening = sviedka("list", vault=closed_vault)
    assert opening.code == 1
    assert opening.err.startswith("sviedka: the key file is missing")


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("short", "it is too short"),
        ("Password123!", "it is a common password or close to one"),
        ("Belarus2020!", "years and dates are among the first things guessed"),
        ("lemon tractor", "it is too short"),
        ("жыве беларусь", "it is too short"),
    ],
)
def test_init_refuses_a_guessable_passphrase(
    vault_folder: Path, passphrase: str, reason: str
) -> None:
    result = sviedka("init", vault=vault_folder, passphrase=passphrase)
    assert result.code == 1
    assert result.err == (
        f"sviedka: the passphrase is too easy to guess: {reason}; "
        "use four or more unrelated words\n"
    )
    assert result.out == ""
    assert not vault_folder.exists() or not any(vault_folder.iterdir())


def test_passwd_refuses_a_guessable_passphrase_and_keeps_the_old_one(closed_vault: Path) -> None:
    before = (closed_vault / "keyslots.json").read_bytes()
    result = sviedka("passwd", vault=closed_vault, env={"SVIEDKA_NEW_PASSPHRASE": "Belarus2020!"})
    assert result.code == 1
    assert result.err.startswith("sviedka: the passphrase is too easy to guess: years and dates")
    assert result.err.count("\n") == 1
    assert "Belarus2020!" not in result.err + result.out
    assert PASSPHRASE not in result.err + result.out
    assert (closed_vault / "keyslots.json").read_bytes() == before
    assert sviedka("list", vault=closed_vault).code == 0


def test_no_passphrase_without_terminal_is_clear(closed_vault: Path) -> None:
    result = sviedka("list", vault=closed_vault, passphrase=None)
    assert result.code == 1
    assert "SVIEDKA_PASSPHRASE" in result.err


def test_default_vault_lives_in_user_data(private_environment: Path) -> None:
    result = sviedka("init", env={"SVIEDKA_VAULT": ""})
    assert result.code == 0, result.err
    data_home = Path(private_environment) / ".local" / "share"
    assert (data_home / "sviedka" / "vault" / "keyslots.json").exists()


def test_env_chooses_the_vault(closed_vault: Path) -> None:
    result = sviedka("list", "--json", env={"SVIEDKA_VAULT": str(closed_vault)})
    assert result.code == 0, result.err
    assert json.loads(result.out) == []


def test_wrong_passphrase_is_one_line_and_exit_1(closed_vault: Path) -> None:
    result = sviedka("list", vault=closed_vault, passphrase="definitely wrong")
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert result.err.startswith("sviedka: wrong passphrase")
    assert "Traceback" not in result.err
    assert result.out == ""


def test_add_show_roundtrip_keeps_what_was_added(
    closed_vault: Path, template: dict, tmp_path: Path
) -> None:
    added = sviedka("add", str(write_json(tmp_path / "t.json", template)), vault=closed_vault)
    assert added.code == 0, added.err
    (testimony_id,) = added.out.split()
    shown = json.loads(sviedka("show", testimony_id, "--json", vault=closed_vault).out)
    provenance = shown.pop("provenance")
    assert shown == {**template, "id": testimony_id}
    assert provenance["version"] == 1
    assert provenance["id"] == testimony_id
    assert len(provenance["author_key"]) == 16
    assert provenance["vocabulary_version"] == shipped_versions()[-1]  # the newest, no local terms
    human = sviedka("show", testimony_id, vault=closed_vault)
    assert human.code == 0
    assert testimony_id in human.out


def test_add_json_lines_from_stdin_prints_each_id(closed_vault: Path, template: dict) -> None:
    lines = "\n".join(json.dumps(template, ensure_ascii=False) for _ in range(3))
    result = sviedka("add", "-", vault=closed_vault, stdin=lines)
    assert result.code == 0, result.err
    ids = result.out.split()
    assert len(ids) == 3
    assert len(set(ids)) == 3
    listed = json.loads(sviedka("list", "--json", vault=closed_vault).out)
    assert sorted(row["id"] for row in listed) == sorted(ids)


def test_malformed_record_names_the_field_and_adds_nothing(
    closed_vault: Path, template: dict, tmp_path: Path
) -> None:
    bad = json.loads(json.dumps(template))
    bad["persons"][0]["birth_date"] = {"precision": "day", "value": "1961-13-45"}
    lines = "\n".join(json.dumps(doc, ensure_ascii=False) for doc in (template, bad))
    path = tmp_path / "batch.jsonl"
    path.write_text(lines, encoding="utf-8")
    result = sviedka("add", str(path), vault=closed_vault)
    assert result.code == 1
    assert "line 2" in result.err
    assert "persons[0].birth_date" in result.err
    assert "Traceback" not in result.err
    assert json.loads(sviedka("list", "--json", vault=closed_vault).out) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "line 1"),
        ('{"schema": "sviedka.testimony/1", "schema": "x"}', "duplicate"),
        ("", "empty"),
        ('{"schema": 1.5}', "float"),
    ],
)
def test_unreadable_input_is_one_clear_line(
    closed_vault: Path, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = sviedka("add", str(path), vault=closed_vault)
    assert result.code == 1
    assert message in result.err.lower()
    assert result.err.count("\n") == 1


def test_missing_file(closed_vault: Path) -> None:
    result = sviedka("add", "/nonexistent/file.json", vault=closed_vault)
    assert result.code == 1
    assert "no such file" in result.err


def test_edit_makes_versions_and_history(
    closed_vault: Path, template: dict, tmp_path: Path
) -> None:
    (testimony_id,) = sviedka(
        "add", str(write_json(tmp_path / "t.json", template)), vault=closed_vault
    ).out.split()
    changed = sviedka("show", testimony_id, "--json", vault=closed_vault).out
    doc = json.loads(changed)  # provenance included: edit must accept what show printed
    doc["status"] = "reviewed"
    result = sviedka(
        "edit", testimony_id, str(write_json(tmp_path / "e.json", doc)), vault=closed_vault
    )
    assert result.code == 0, result.err
    assert "version 2" in result.out
    same = sviedka("edit", testimony_id, str(tmp_path / "e.json"), vault=closed_vault)
    assert "unchanged" in same.out
    history = json.loads(sviedka("history", testimony_id, "--json", vault=closed_vault).out)
    assert [v["version"] for v in history] == [1, 2]
    first = json.loads(
        sviedka("show", testimony_id, "--version", "1", "--json", vault=closed_vault).out
    )
    assert first["status"] == template["status"]
    assert (
        json.loads(sviedka("show", testimony_id, "--json", vault=closed_vault).out)["status"]
        == "reviewed"
    )


def test_edit_with_invalid_content_changes_nothing(
    closed_vault: Path, template: dict, tmp_path: Path
) -> None:
    (testimony_id,) = sviedka(
        "add", str(write_json(tmp_path / "t.json", template)), vault=closed_vault
    ).out.split()
    bad = {**template, "status": "not-a-status"}
    result = sviedka(
        "edit", testimony_id, str(write_json(tmp_path / "b.json", bad)), vault=closed_vault
    )
    assert result.code == 1
    assert "status" in result.err
    history = json.loads(sviedka("history", testimony_id, "--json", vault=closed_vault).out)
    assert len(history) == 1


def test_delete_then_show_is_not_found(closed_vault: Path, template: dict, tmp_path: Path) -> None:
    (testimony_id,) = sviedka(
        "add", str(write_json(tmp_path / "t.json", template)), vault=closed_vault
    ).out.split()
    assert sviedka("delete", testimony_id, vault=closed_vault).code == 0
    shown = sviedka("show", testimony_id, vault=closed_vault)
    assert shown.code == 1
    assert "no testimony" in shown.err
    assert sviedka("audit", "verify", vault=closed_vault).code == 0


def test_audit_verify_counts_entries(closed_vault: Path, template: dict, tmp_path: Path) -> None:
    sviedka("add", str(write_json(tmp_path / "t.json", template)), vault=closed_vault)
    result = sviedka("audit", "verify", vault=closed_vault)
    assert result.code == 0, result.err
    assert "intact: 1 entries" in result.out


def test_passwd(closed_vault: Path) -> None:
    result = sviedka(
        "passwd", vault=closed_vault, env={"SVIEDKA_NEW_PASSPHRASE": "новы сакрэтны сказ"}
    )
    assert result.code == 0, result.err
    assert sviedka("list", vault=closed_vault).code == 1
    assert sviedka("list", vault=closed_vault, passphrase="новы сакрэтны сказ").code == 0


def test_schema_is_json_schema() -> None:
    schema = json.loads(sviedka("schema").out)
    assert schema["$schema"].startswith("https://json-schema.org/")


def test_second_process_gets_clear_message(closed_vault: Path) -> None:
    from app.storage.vault import Vault

    with Vault.open(closed_vault, PASSPHRASE):
        result = sviedka("list", vault=closed_vault)
    assert result.code == 1
    assert "already open" in result.err


def test_local_vocabulary_term(closed_vault: Path, template: dict, tmp_path: Path) -> None:
    added = sviedka(
        "vocab",
        "add-term",
        "ill_treatment",
        "forced_singing",
        "--en",
        "Forced singing of state songs",
        "--ru",
        "Принуждение к пению",
        vault=closed_vault,
    )
    assert added.code == 0, added.err
    assert "+local." in added.out
    listed = sviedka("vocab", "list", "ill_treatment", "--lang", "be", vault=closed_vault)
    assert "forced_singing\tПринуждение к пению (local)" in listed.out
