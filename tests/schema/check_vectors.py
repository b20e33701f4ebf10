#!/usr/bin/env python3
"""Validates every conformance vector against the generated JSON Schema with a real validator
(python3-jsonschema, draft 2020-12) and checks the verdict is the library's, except for the
differences listed in differences.json, each of which must really differ.

Usage: check_vectors.py SCHEMAS.jsonl VECTORS_DIR DIFFERENCES.json
"""
import json
import pathlib
import sys

import jsonschema

# A schema applies to a parsed value: ill-formed documents are the parser's business, and
# Python's parser accepts some of them (lone surrogates), so they are not compared.
sys.setrecursionlimit(20000)


def main(schemas_path, vectors_dir, differences_path):
    schemas = {}
    for line in pathlib.Path(schemas_path).read_text().splitlines():
        entry = json.loads(line)
        jsonschema.Draft202012Validator.check_schema(entry["schema"])
        schemas[(entry["kind"], entry["allow_unknown_fields"])] = jsonschema.Draft202012Validator(entry["schema"])
    differences = json.loads(pathlib.Path(differences_path).read_text())
    categories = differences["categories"]
    expected_differences = differences["vectors"]
    for name, category in expected_differences.items():
        assert category in categories, f"{name}: unknown category {category}"

    root = pathlib.Path(vectors_dir)
    compared = agreed = 0
    failures = []
    seen_differences = set()
    for expectation_path in sorted(root.rglob("*.expect.json")):
        name = expectation_path.relative_to(root).as_posix()[: -len(".expect.json")]
        expectation = json.loads(expectation_path.read_text(encoding="utf-8"))
        codes = {e["code"] for e in expectation["errors"]}
        if "invalid_json" in codes:
            continue
        raw = expectation_path.with_name(expectation_path.name.replace(".expect.json", ".json")).read_bytes()
        try:
            document = json.loads(raw)
        except ValueError:
            # Too large to be looked at: the size verdict comes before well-formedness.
            if "payload_too_large" in codes:
                continue
            raise
        allow = expectation.get("options", {}).get("allow_unknown_fields", False)
        schema_valid = schemas[(expectation["kind"], allow)].is_valid(document)
        compared += 1
        if name in expected_differences:
            seen_differences.add(name)
            if schema_valid == expectation["valid"]:
                failures.append(f"{name}: listed as a difference ({expected_differences[name]}) but the schema agrees")
            continue
        if schema_valid != expectation["valid"]:
            failures.append(f"{name}: schema says {'valid' if schema_valid else 'invalid'}, the contract says "
                            f"{'valid' if expectation['valid'] else 'invalid'}")
        else:
            agreed += 1
    for name in sorted(set(expected_differences) - seen_differences):
        failures.append(f"{name}: listed as a difference but no such vector was compared")
    by_category = {}
    for name in seen_differences:
        by_category[expected_differences[name]] = by_category.get(expected_differences[name], 0) + 1
    print(f"{compared} vectors compared: {agreed} agree, {len(seen_differences)} documented differences {by_category}")
    for failure in failures:
        print("FAIL", failure)
    print(f"{agreed + len(seen_differences) - len([f for f in failures if 'listed as' in f])} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
