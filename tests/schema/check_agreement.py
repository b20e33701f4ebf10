#!/usr/bin/env python3
"""The generated JSON Schema accepts exactly what the parser accepts.

Every conformance vector and a few thousand generated documents (documents.py: each member
type's and format's edge cases one at a time, then random mixtures of them) go to the library
(invite_print_schemas --verdicts) and to two validators of draft 2020-12 written apart from it and
from each other: python3-jsonschema, given numbers exactly (decimal.Decimal), and ajv, which reads
them as binary64 doubles as JavaScript does. A disagreement fails the test unless the document is
listed under a category of differences.json that names that validator's way of reading numbers;
a listed document must really disagree. docs/contract.md's table of what JSON Schema cannot say is
those categories, rendered (--table prints it; the test compares it).

Usage: check_agreement.py PRINT_SCHEMAS NODE PACKAGE_DIR VECTORS_DIR DIFFERENCES CONTRACT_MD
       check_agreement.py --table DIFFERENCES
  PACKAGE_DIR is tests/http/openapi, whose node_modules holds ajv (scripts/install-deps.sh).
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import time

import jsonschema

import documents
import exact_numbers

sys.setrecursionlimit(20000)
HERE = pathlib.Path(__file__).resolve().parent

# How each validator reads numbers, as differences.json's categories name them.
VALIDATORS = {"python3-jsonschema": exact_numbers.NUMBERS, "ajv": "binary64"}


def render_table(categories):
    lines = ["| difference | why JSON Schema cannot say it | seen by |", "|---|---|---|"]
    for category in categories.values():
        seen_by = {("binary64", "exact"): "every validator", ("exact",): "validators reading numbers exactly",
                   ("binary64",): "validators reading numbers as doubles"}[tuple(sorted(category["validators"]))]
        lines.append(f"| {category['difference']} | {category['reason']} | {seen_by} |")
    return "\n".join(lines) + "\n"


def check_table(contract_md, categories):
    """The table under docs/contract.md's schema heading is differences.json's categories."""
    text = pathlib.Path(contract_md).read_text(encoding="utf-8")
    expected = render_table(categories)
    if expected in text:
        return []
    return ["docs/contract.md: the table of what JSON Schema cannot say is not differences.json's categories; "
            "it should read (check_agreement.py --table prints it):\n" + expected]


def library_verdicts(print_schemas, docs):
    """invite_print_schemas --verdicts: (valid, codes) for each document."""
    stream = bytearray()
    for doc in docs:
        stream += f"{doc.type} {int(doc.allow)} {doc.max_bytes} {len(doc.text)}\n".encode() + doc.text
    run = subprocess.run([print_schemas, "--verdicts"], input=bytes(stream), capture_output=True)
    if run.returncode != 0:
        sys.exit(f"invite_print_schemas --verdicts failed:\n{run.stderr.decode()}")
    lines = run.stdout.decode().splitlines()
    assert len(lines) == len(docs), (len(lines), len(docs))
    return [(line == "valid", set(line.split()[1:])) for line in lines]


def main(print_schemas, node, package_dir, vectors_dir, differences_path, contract_md):
    started = time.monotonic()
    differences = json.loads(pathlib.Path(differences_path).read_text(encoding="utf-8"))
    categories = differences["categories"]
    failures = check_table(contract_md, categories)

    schema_lines = subprocess.run([print_schemas], capture_output=True, check=True, text=True).stdout
    exact_schemas = {}
    for line in schema_lines.splitlines():
        entry = exact_numbers.load(line)  # the schema's numbers exactly too
        schema = entry["schema"]
        jsonschema.Draft202012Validator.check_schema(schema)
        exact_schemas[(entry["type"], entry["allow_unknown_fields"])] = exact_numbers.Validator(schema)

    # The documents: the conformance vectors, then generated ones (whose mixtures are drawn from
    # the single cases by the library's verdicts on them, so that both verdicts occur often).
    vectors = documents.conformance_vectors(pathlib.Path(vectors_dir), differences["vectors"])
    singles = documents.single_cases()
    verdicts = library_verdicts(print_schemas, vectors + singles)
    mixtures = documents.mixtures(singles, verdicts[len(vectors):])
    docs = vectors + singles + mixtures
    verdicts += library_verdicts(print_schemas, mixtures)

    for doc in docs:
        if doc.label is not None and doc.label not in categories:
            failures.append(f"{doc.name}: unknown category {doc.label}")
    for doc, (valid, _) in zip(vectors, verdicts):
        if valid != doc.expected_valid:
            failures.append(f"{doc.name}: the library says {valid}, its expectation {doc.expected_valid}")

    # What the validators see: ill-formed documents are the parser's business (Python reads some,
    # lone surrogates for one), and a document too large to read has no value to judge.
    compared = []
    for doc, (valid, codes) in zip(docs, verdicts):
        if "invalid_json" in codes:
            if doc.generated:
                failures.append(f"{doc.name}: the generator wrote an ill-formed document: {doc.text[:200]!r}")
            continue
        try:
            value = exact_numbers.load(doc.text)
        except ValueError:
            if "payload_too_large" in codes:
                continue
            raise
        compared.append((doc, valid, codes, value))

    with tempfile.TemporaryDirectory() as scratch:
        schemas_path = pathlib.Path(scratch, "schemas.jsonl")
        schemas_path.write_text(schema_lines)
        documents_path = pathlib.Path(scratch, "documents.jsonl")
        with documents_path.open("w", encoding="utf-8") as out:
            for doc, _, _, _ in compared:
                out.write(json.dumps({"type": doc.type, "allow_unknown_fields": doc.allow,
                                      "document": doc.text.decode("utf-8")}) + "\n")
        ajv_run = subprocess.run([node, str(HERE / "ajv_verdicts.mjs"), package_dir, str(schemas_path), str(documents_path)],
                                 capture_output=True, text=True)
        if ajv_run.returncode != 0:
            sys.exit(f"ajv_verdicts.mjs failed:\n{ajv_run.stderr}")
        ajv = ajv_run.stdout.splitlines()
    assert len(ajv) == len(compared), (len(ajv), len(compared))

    tally = {name: {"agree": 0, "listed": 0} for name in VALIDATORS}
    listed_by_category = {}
    for (doc, valid, codes, value), ajv_verdict in zip(compared, ajv):
        schema_verdicts = {"python3-jsonschema": exact_schemas[(doc.type, doc.allow)].is_valid(value),
                           "ajv": ajv_verdict == "valid"}
        for validator, schema_valid in schema_verdicts.items():
            listed = doc.label is not None and VALIDATORS[validator] in categories[doc.label]["validators"]
            says = lambda v: "valid" if v else "invalid"
            if listed:
                if schema_valid == valid:
                    failures.append(f"{doc.name}: listed as {doc.label} for {validator}, but it agrees with the "
                                    f"library ({says(valid)}): {doc.shown()}")
                else:
                    tally[validator]["listed"] += 1
                    listed_by_category[doc.label] = listed_by_category.get(doc.label, 0) + 1
            elif schema_valid != valid:
                failures.append(f"{doc.name}: {validator} says {says(schema_valid)}, the library "
                                f"{says(valid)} {' '.join(sorted(codes))}: {doc.shown()}")
            else:
                tally[validator]["agree"] += 1

    listed_unseen = set(differences["vectors"]) - {doc.name for doc, _, _, _ in compared}
    for name in sorted(listed_unseen):
        failures.append(f"{name}: listed in differences.json, but no validator saw it")
    unused = set(categories) - {doc.label for doc, _, _, _ in compared if doc.label}
    for category in sorted(unused):
        failures.append(f"category {category}: no document shows it")
    valid_count = sum(1 for _, valid, _, _ in compared if valid)
    print(f"{len(compared)} documents compared ({len(vectors)} conformance vectors, {len(singles)} single cases, "
          f"{len(mixtures)} mixtures; {valid_count} valid): "
          + "; ".join(f"{name} agrees on {t['agree']}, differs as listed on {t['listed']}" for name, t in tally.items())
          + f"; listed differences by category: {dict(sorted(listed_by_category.items()))}"
          + f"; {time.monotonic() - started:.1f} s")
    # Mixtures that are all valid or all invalid would compare little.
    mixture_valid = sum(1 for doc, valid, _, _ in compared if valid and doc.name.startswith("mixture/"))
    if not 0.2 * len(mixtures) <= mixture_valid <= 0.8 * len(mixtures):
        failures.append(f"only {mixture_valid} of {len(mixtures)} mixtures are valid: the mixtures compare little")
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--table":
        sys.stdout.write(render_table(json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))["categories"]))
        sys.exit(0)
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
