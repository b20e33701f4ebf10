"""Builders shared by the vector modules.

Documents are written as JSON text, not as Python values, so that every byte of a vector is
chosen on purpose: key order, escapes, duplicate keys and broken syntax all survive as written.
"""

import json

# A field left out of a document built by members().
OMIT = object()

DEFAULT_MAX_BYTES = 1 << 20
DEFAULT_MAX_ERRORS = 100


def s(text):
    """A JSON string literal for text; non-ASCII stays raw UTF-8, controls are escaped."""
    return json.dumps(text, ensure_ascii=False)


def obj(*pairs):
    """An object from (key, raw value) pairs; the key is the raw text between the quotes."""
    return "{" + ",".join(f'"{key}":{value}' for key, value in pairs) + "}"


def arr(*items):
    return "[" + ",".join(items) + "]"


def members(defaults, overrides):
    """defaults with overrides applied in place; new keys go last, OMIT removes a key."""
    merged = dict(defaults)
    merged.update(overrides)
    return obj(*[(key, value) for key, value in merged.items() if value is not OMIT])


def candidate(**fields):
    return members({"name": s("Ada Lovelace"), "email": s("ada@example.com")}, fields)


def person(i):
    """The i-th of many distinct, valid candidates."""
    return candidate(name=s(f"Candidate {i}"), email=s(f"candidate{i}@example.com"))


def request(**fields):
    return members(
        {"assessment_id": "1", "invite_format": s("getlink"), "candidates": arr(candidate())},
        fields,
    )


def invitation(**fields):
    return members(
        {
            "name": s("Ada Lovelace"),
            "email": s("ada@example.com"),
            "report_id": "7",
            "candidate_id": "8",
            "assessment_id": "1",
            "invite_link": s("https://example.com/invite/abc"),
            "status": s("invited"),
        },
        fields,
    )


def invitee(i):
    """The i-th of many distinct, valid invitations."""
    return invitation(
        name=s(f"Candidate {i}"),
        email=s(f"candidate{i}@example.com"),
        report_id=str(1000 + i),
        candidate_id=str(2000 + i),
        invite_link=s(f"https://example.com/invite/{i}"),
    )


def response(**fields):
    return members({"invites": arr(invitation())}, fields)


def nested_arrays(depth, inner="0"):
    return "[" * depth + inner + "]" * depth


class Group:
    """The vectors of one folder, all of one kind."""

    def __init__(self, collection, folder, kind):
        self.collection = collection
        self.folder = folder
        self.kind = kind

    def add(self, name, document, errors=(), *, note, ordered=False, allow_unknown=None,
            max_bytes=None, max_errors=None, kind=None):
        options = {}
        if allow_unknown is not None:
            options["allow_unknown_fields"] = allow_unknown
        if max_bytes is not None:
            options["max_bytes"] = max_bytes
        if max_errors is not None:
            options["max_errors"] = max_errors
        if isinstance(document, str):
            document = document.encode("utf-8")
        self.collection.add(
            f"{self.folder}/{name}",
            document,
            {
                "kind": kind or self.kind,
                "options": options,
                "valid": not errors,
                "ordered": ordered,
                "errors": [{"code": code, "path": path} for code, path in errors],
                "note": note,
            },
        )
