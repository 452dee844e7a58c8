"""Writes app/domain/schema_code.py: the testimony schema compiled to Python by fastjsonschema.

Run after changing resources/schema/testimony.schema.json (a unit test fails until you do):
    .venv/bin/python -m scripts.compile_schema
"""

from __future__ import annotations

from pathlib import Path

from app.domain import schema

TARGET = Path(__file__).resolve().parent.parent / "app" / "domain" / "schema_code.py"


def main() -> None:
    TARGET.write_text(schema.generated_code(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
