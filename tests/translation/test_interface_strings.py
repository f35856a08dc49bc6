"""Every .po file in the repository is complete in German: no empty msgstr, no fuzzy entry (header excluded)."""

from pathlib import Path

import polib
from django.conf import settings

SKIP = {".venv", "var", "node_modules", ".git"}


def _po_files():
    root = Path(settings.BASE_DIR)
    return sorted(
        path
        for path in root.rglob("locale/*/LC_MESSAGES/*.po")
        if not SKIP.intersection(path.relative_to(root).parts)
    )


def test_po_files_exist():
    files = _po_files()
    assert any(path.parts[-3] == "de" for path in files)


def test_german_po_files_are_complete():
    problems = []
    for path in _po_files():
        po = polib.pofile(str(path))
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                problems.append(f"{path}: fuzzy {entry.msgid!r}")
            if path.parts[-3] != "de":
                continue
            empty = not entry.msgstr if not entry.msgid_plural else not all(entry.msgstr_plural.values())
            if empty:
                problems.append(f"{path}: empty German msgstr for {entry.msgid!r}")
    assert not problems, "\n".join(problems)
