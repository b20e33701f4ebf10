#!/usr/bin/env python3
"""Writes the conformance vectors into vectors/ from the modules in authoring/.

Usage: generate_vectors.py           rewrite vectors/ (stale vector files are removed)
       generate_vectors.py --check   exit 1 if vectors/ differs from what would be written

The output depends on nothing but this folder: no clock, no randomness, no environment.
"""

import importlib
import json
import pathlib
import pkgutil
import sys

sys.setrecursionlimit(20000)

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import authoring  # noqa: E402

VECTORS = HERE / "vectors"

CODES = {
    "invalid_json", "payload_too_large", "type_mismatch", "out_of_range", "missing_field",
    "unknown_field", "duplicate_field", "alias_conflict", "invalid_enum", "invalid_datetime",
    "invalid_email", "invalid_url", "too_short", "too_long", "duplicate_value",
    "invalid_characters",
}


class Collection:
    def __init__(self):
        self.files = {}
        self.names = set()

    def add(self, name, document, expect):
        assert name not in self.names, f"duplicate vector {name}"
        self.names.add(name)
        assert expect["note"], f"{name}: every vector says why"
        assert expect["kind"] in ("request", "response"), name
        for error in expect["errors"]:
            assert error["code"] in CODES, f"{name}: unknown code {error['code']}"
        whole_document_errors = [e for e in expect["errors"]
                                 if e["code"] in ("invalid_json", "payload_too_large")]
        if whole_document_errors:
            assert len(expect["errors"]) == 1 and whole_document_errors[0]["path"] == "", name
        if not any(e["code"] == "payload_too_large" for e in expect["errors"]):
            expected_well_formed = not whole_document_errors
            assert well_formed(document) == expected_well_formed, \
                f"{name}: Python's strict reading says well-formed={not expected_well_formed}"
        self.files[f"{name}.json"] = document
        self.files[f"{name}.expect.json"] = render_expectation(expect).encode("utf-8")


def well_formed(document):
    """An independent second opinion on RFC 8259 well-formedness, so that no vector claims
    invalid_json (or its absence) by mistake."""
    def reject_constant(name):
        raise ValueError(name)

    def depth_and_scalars_ok(value, depth):
        if isinstance(value, (dict, list)):
            if depth + 1 > 1024:
                return False
            children = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in children:
                if isinstance(key, str):
                    key.encode("utf-8")  # a lone surrogate raises
                if not depth_and_scalars_ok(child, depth + 1):
                    return False
            return True
        if isinstance(value, str):
            value.encode("utf-8")
        return True

    try:
        text = document.decode("utf-8")
        value = json.loads(text, parse_constant=reject_constant,
                           object_pairs_hook=_PairList)
        return depth_and_scalars_ok(value, 0)
    except (ValueError, UnicodeError):
        return False


class _PairList(dict):
    """Keeps every key of an object, duplicates included, so that each is checked."""

    def __init__(self, pairs):
        super().__init__()
        self.pairs = pairs

    def items(self):
        return self.pairs


def render_expectation(expect):
    """One error per line, so that a diff of a vector reads like a diff of its verdict."""
    lines = ["{", f'  "kind": {json.dumps(expect["kind"])},']
    if expect["options"]:
        lines.append(f'  "options": {json.dumps(expect["options"])},')
    lines.append(f'  "valid": {json.dumps(expect["valid"])},')
    if expect["ordered"]:
        lines.append('  "ordered": true,')
    if expect["errors"]:
        lines.append('  "errors": [')
        rendered = [f"    {json.dumps(error, ensure_ascii=False)}" for error in expect["errors"]]
        lines.append(",\n".join(rendered))
        lines.append("  ],")
    else:
        lines.append('  "errors": [],')
    lines.append(f'  "note": {json.dumps(expect["note"], ensure_ascii=False)}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def build():
    collection = Collection()
    # Every module of authoring/ but the shared builders contributes one area of vectors.
    for area in sorted(info.name for info in pkgutil.iter_modules(authoring.__path__)):
        if area != "common":
            importlib.import_module(f"authoring.{area}").build(collection)
    return collection.files


def existing():
    return {str(path.relative_to(VECTORS)): path for path in VECTORS.rglob("*.json")}


def main(argv):
    files = build()
    on_disk = existing()
    if argv[1:] == ["--check"]:
        stale = sorted(set(on_disk) - set(files))
        missing = sorted(set(files) - set(on_disk))
        changed = sorted(name for name in set(files) & set(on_disk)
                         if on_disk[name].read_bytes() != files[name])
        for label, names in (("stale", stale), ("missing", missing), ("changed", changed)):
            for name in names:
                print(f"{label}: vectors/{name}")
        if stale or missing or changed:
            print("vectors/ is out of date: run generate_vectors.py and commit the result")
            return 1
        print(f"vectors/ is up to date ({len(files) // 2} vectors)")
        return 0
    if argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    for name in sorted(set(on_disk) - set(files)):
        on_disk[name].unlink()
    for name, content in sorted(files.items()):
        path = VECTORS / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != content:
            path.write_bytes(content)
    for folder in sorted(VECTORS.rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    print(f"wrote {len(files) // 2} vectors into {VECTORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
