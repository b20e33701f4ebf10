#!/usr/bin/env python3
"""The generated OpenAPI document: its shape, its schemas checked by a real JSON Schema
validator (python3-jsonschema, draft 2020-12, reading numbers exactly as tests/schema does)
against every conformance vector (the library's verdict, except the documented differences of
tests/schema/differences.json), and the problem+json bodies the library writes against its
Problem schema.

Usage: check_openapi.py OPENAPI.json PROBLEMS.jsonl VECTORS_DIR DIFFERENCES.json
"""
import json
import pathlib
import sys

import jsonschema

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "schema"))
import exact_numbers  # noqa: E402  (tests/schema's, one copy)

sys.setrecursionlimit(20000)


def main(document_path, problems_path, vectors_dir, differences_path):
    document = exact_numbers.load(pathlib.Path(document_path).read_text())
    assert document["openapi"].startswith("3.1."), document["openapi"]
    operation = document["paths"]["/assessment/invite"]["post"]
    assert operation["security"] == [{"apiKey": []}]
    assert document["components"]["securitySchemes"]["apiKey"] == {
        "type": "apiKey", "in": "header", "name": "apiKey",
        "description": document["components"]["securitySchemes"]["apiKey"]["description"]}
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/InviteRequest"}
    responses = operation["responses"]
    assert set(responses) == {"200", "400", "401", "413", "415"}, set(responses)
    assert responses["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/InviteResponse"}
    schemas = {name: exact_numbers.Validator(schema) for name, schema in document["components"]["schemas"].items()}
    for name, schema in document["components"]["schemas"].items():
        jsonschema.Draft202012Validator.check_schema(schema)
    for status in ("400", "401", "413", "415"):
        content = responses[status]["content"]["application/problem+json"]
        assert content["schema"] == {"$ref": "#/components/schemas/Problem"}
        schemas["Problem"].validate(content["example"])
        assert content["example"]["status"] == int(status)
    schemas["InviteRequest"].validate(operation["requestBody"]["content"]["application/json"]["example"])
    schemas["InviteResponse"].validate(responses["200"]["content"]["application/json"]["example"])

    # Every problem body the library writes for an invalid vector fits the Problem schema.
    problems = [exact_numbers.load(line) for line in pathlib.Path(problems_path).read_text().splitlines()]
    assert len(problems) > 300, len(problems)
    for problem in problems:
        schemas["Problem"].validate(problem)
    # And the schema is not vacuous: it rejects what is not a problem body.
    for wrong in ({}, {"type": "about:blank", "title": "x", "status": 200, "detail": "x"},
                  {"type": "about:blank", "title": "x", "status": 400, "detail": "x", "errors": [{"code": "nope", "pointer": "", "offset": 0, "detail": ""}]},
                  {"type": "about:blank", "title": "x", "status": 400, "detail": "x", "errors": [{"code": "too_long", "pointer": "a", "offset": 0, "detail": ""}]}):
        assert not schemas["Problem"].is_valid(wrong), wrong

    # The request and response schemas judge the vectors as the library does, but for the
    # differences JSON Schema cannot express (tests/schema/differences.json).
    listed = json.loads(pathlib.Path(differences_path).read_text())
    differences = {name: category for name, category in listed["vectors"].items()
                   if exact_numbers.NUMBERS in listed["categories"][category]["validators"]}
    compared = agreed = 0
    failures = []
    for expectation_path in sorted(pathlib.Path(vectors_dir).rglob("*.expect.json")):
        name = expectation_path.relative_to(vectors_dir).as_posix()[: -len(".expect.json")]
        expectation = json.loads(expectation_path.read_text(encoding="utf-8"))
        codes = {e["code"] for e in expectation["errors"]}
        if "invalid_json" in codes or "payload_too_large" in codes:
            continue
        if expectation.get("options", {}).get("allow_unknown_fields", False):
            continue  # the document describes the strict endpoint
        document_path = expectation_path.with_name(expectation_path.name.replace(".expect.json", ".json"))
        value = exact_numbers.load(document_path.read_bytes())
        schema = schemas["InviteRequest" if expectation["kind"] == "request" else "InviteResponse"]
        compared += 1
        valid = schema.is_valid(value)
        if name in differences:
            if valid == expectation["valid"]:
                failures.append(f"{name}: listed as a difference but the OpenAPI schema agrees")
        elif valid != expectation["valid"]:
            failures.append(f"{name}: OpenAPI schema says {valid}, the contract says {expectation['valid']}")
        else:
            agreed += 1
    for failure in failures:
        print("FAIL", failure)
    print(f"openapi: {compared} vectors compared, {agreed} agree, {compared - agreed - len(failures)} documented "
          f"differences; {len(problems)} problem bodies fit the Problem schema")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
