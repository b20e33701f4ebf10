"""Keys: unknown fields (strict and allowed), duplicate fields, aliases and their conflicts, and
keys spelled with escapes. Paths are RFC 6901 pointers into the keys as decoded."""

from .common import Group, arr, candidate, obj, request, s


def build(collection):
    unknown(Group(collection, "request/unknown_field", "request"))
    duplicates(Group(collection, "request/duplicate_field", "request"))
    aliases(Group(collection, "request/alias", "request"))
    escaped(Group(collection, "request/escaped_key", "request"))


def unknown(v):
    strict = "Unknown keys are unknown_field at the key's path by default (Rules for every document)."
    allowed = "Unknown keys are ignored when the caller allows unknown fields."
    # (vector name, raw key text as written in the JSON, its RFC 6901 path segment)
    spellings = (("plain", "zzz", "zzz"), ("case_differs", "Assessment_ID", "Assessment_ID"),
                 ("camel_case", "assessmentId", "assessmentId"),
                 ("solidus", "a/b", "a~1b"), ("tilde", "m~n", "m~0n"),
                 ("tilde_one_literal", "~1", "~01"), ("lone_solidus", "/", "~1"),
                 ("tilde_and_solidus", "m~n/o", "m~0n~1o"), ("empty_key", "", ""),
                 ("escaped_solidus", r"a\/b", "a~1b"), ("unicode_escaped_solidus", r"a\u002fb", "a~1b"),
                 ("non_ascii", "café", "café"), ("escaped_non_ascii", r"caf\u00e9", "café"),
                 ("escaped_nul", r"a\u0000b", "a\u0000b"), ("space", " ", " "))
    for name, key, segment in spellings:
        v.add(f"root_{name}", request(**{key: "1"}), [("unknown_field", f"/{segment}")],
              note=f"{strict} The path is the decoded key with ~ as ~0 and / as ~1 (RFC 6901).")
    v.add("root_plain_allowed", request(zzz="1"), allow_unknown=True, note=allowed)
    v.add("root_solidus_allowed", request(**{"a/b": "1", "m~n": "2"}), allow_unknown=True,
          note=allowed)
    v.add("misspelled_required_field",
          obj(("assessmentId", "1"), ("invite_format", s("getlink")),
              ("candidates", arr(candidate()))),
          [("unknown_field", "/assessmentId"), ("missing_field", "/assessment_id")],
          ordered=True,
          note="A misspelling is an unknown key, and the real field is then missing (after the "
               "object's other errors).")
    v.add("misspelled_required_field_allowed",
          obj(("assessmentId", "1"), ("invite_format", s("getlink")),
              ("candidates", arr(candidate()))),
          [("missing_field", "/assessment_id")], allow_unknown=True,
          note="Allowing unknown fields hides the unknown key, never the missing field.")
    v.add("alias_at_root", request(candidate_name=s("Ada")),
          [("unknown_field", "/candidate_name")],
          note="candidate_name is an alias only inside a candidate item; at the root it is unknown.")
    v.add("in_item", request(candidates=arr(candidate(phone=s("+1 555")))),
          [("unknown_field", "/candidates/0/phone")], note=strict)
    v.add("in_item_numeric_key", request(candidates=arr(candidate(**{"0": "1"}))),
          [("unknown_field", "/candidates/0/0")],
          note=strict + " A key that looks like an index is still an object key.")
    v.add("in_item_empty_key", request(candidates=arr(candidate(**{"": "1"}))),
          [("unknown_field", "/candidates/0/")],
          note=strict + " The empty key is an empty reference token (RFC 6901): a trailing '/'.")
    long_key = "k" * 10000
    v.add("long_key", request(**{long_key: "1"}), [("unknown_field", "/" + long_key)],
          note=strict + " The path holds the whole key.")
    v.add("duplicate_known_key_allowed",
          request(candidates=arr(candidate(zzz="1"))).replace('"name":"Ada Lovelace"',
                                                             '"name":"Ada","name":"Ada"'),
          [("duplicate_field", "/candidates/0/name")], allow_unknown=True,
          note="Allowing unknown fields does not allow a known field twice.")
    v.add("in_item_allowed", request(candidates=arr(candidate(phone=s("+1 555")))),
          allow_unknown=True, note=allowed)
    v.add("in_second_item_escaped_path",
          request(candidates=arr(candidate(), candidate(email=s("b@example.com"),
                                                        **{"a/b": "1", "m~n": "2"}))),
          [("unknown_field", "/candidates/1/a~1b"), ("unknown_field", "/candidates/1/m~0n")],
          ordered=True, note=f"{strict} Each segment is escaped on its own (RFC 6901).")
    v.add("in_item_other_errors_still_reported",
          request(candidates=arr(candidate(name='""', zzz="1"))),
          [("too_short", "/candidates/0/name")], allow_unknown=True,
          note="Allowing unknown fields changes nothing else.")
    v.add("value_is_never_examined",
          request(zzz=obj(("assessment_id", s("x")), ("a", "1"), ("a", "2"),
                          ("candidates", arr("5", "{}")), ("deep", obj(("k", "null"))))),
          [("unknown_field", "/zzz")],
          note="Inside an ignored value nothing is checked but well-formedness; keys nested "
               "there, repeated or not, are never reported (fine points).")
    v.add("value_is_never_examined_allowed",
          request(zzz=obj(("assessment_id", s("x")), ("a", "1"), ("a", "2"))),
          allow_unknown=True,
          note="Allowed and well-formed: the unknown field and everything in it is ignored.")
    for name, literal in (("huge_exponent", "1e400"), ("negative_huge_exponent", "-1e400"),
                          ("thousand_digits", "9" * 1000), ("minus_zero", "-0"),
                          ("surrogate_pair", r'"\ud834\udd1e"'), ("raw_delete", '"\x7f"'),
                          ("escaped_nul", r'"\u0000"')):
        v.add(f"well_formed_value_{name}", request(zzz=literal), allow_unknown=True,
              note="A number's magnitude never makes it ill-formed, and any valid string is "
                   "well-formed; an allowed unknown field holding it is ignored (fine points).")
    v.add("well_formed_value_huge_exponent_strict", request(zzz="1e400"),
          [("unknown_field", "/zzz")],
          note="1e400 in an unknown field is well-formed (fine points): only unknown_field.")
    v.add("repeated_unknown_key",
          request()[:-1] + ',"zzz":1,"zzz":2}',
          [("unknown_field", "/zzz"), ("duplicate_field", "/zzz")],
          ordered=True,
          note="Decision where docs/contract.md is open: the second zzz is the same key twice "
               "(duplicate_field at the second one) and, like any later occurrence, is reported "
               "at its path and otherwise ignored, so it is not reported as unknown again.")
    v.add("repeated_unknown_key_allowed",
          request()[:-1] + ',"zzz":1,"zzz":2}',
          [("duplicate_field", "/zzz")], allow_unknown=True,
          note="Decision where docs/contract.md is open: \"the same key twice in one object\" is "
               "duplicate_field for every key; allowing unknown fields lifts only unknown_field.")


def duplicates(v):
    note = ("The same key twice in one object is duplicate_field at the second one; the first is "
            "used and checked, the later one is otherwise ignored (fine points).")
    dup = '"assessment_id":1,"assessment_id":1'
    v.add("root_same_value", request().replace('"assessment_id":1', dup),
          [("duplicate_field", "/assessment_id")], note=note)
    v.add("root_second_value_broken",
          request().replace('"assessment_id":1', '"assessment_id":1,"assessment_id":"x"'),
          [("duplicate_field", "/assessment_id")],
          note=note + " The broken second value is not checked.")
    v.add("root_first_value_broken",
          request().replace('"assessment_id":1', '"assessment_id":0,"assessment_id":5'),
          [("out_of_range", "/assessment_id"), ("duplicate_field", "/assessment_id")],
          ordered=True,
          note=note + " The first value is the one checked; both errors share the path.")
    v.add("root_three_times",
          request().replace('"assessment_id":1', '"assessment_id":1,"assessment_id":2,'
                                                 '"assessment_id":3'),
          [("duplicate_field", "/assessment_id"), ("duplicate_field", "/assessment_id")],
          note=note)
    v.add("invite_format_twice",
          request().replace('"invite_format":"getlink"',
                            '"invite_format":"getlink","invite_format":"nope"'),
          [("duplicate_field", "/invite_format")], note=note)
    v.add("expiry_date_null_then_broken",
          request(expiry_date="null").replace('"expiry_date":null',
                                              '"expiry_date":null,"expiry_date":"soon"'),
          [("duplicate_field", "/expiry_date")],
          note=note + " null means absent for the value, but the key was still given.")
    v.add("candidates_twice_second_ignored",
          request().replace('"candidates":', '"candidates":[],"candidates":'),
          [("too_short", "/candidates"), ("duplicate_field", "/candidates")],
          ordered=True, note=note + " The first (empty) array is the one checked.")
    v.add("candidates_twice_second_not_examined",
          request()[:-1] + ',"candidates":[5,{"zzz":1},{"name":""}]}',
          [("duplicate_field", "/candidates")],
          note=note + " Nothing inside the ignored second array is reported.")
    items = {
        "name": '"name":"Ada","name":"Grace"',
        "email": '"email":"ada@example.com","email":"not an email"',
        "candidate_name": '"candidate_name":"Ada","candidate_name":5',
        "candidate_email": '"candidate_email":"ada@example.com","candidate_email":null',
    }
    for key, body in items.items():
        other = '"email":"ada@example.com"' if "name" in key else '"name":"Ada"'
        v.add(f"item_{key}_twice", request(candidates="[{" + body + "," + other + "}]"),
              [("duplicate_field", f"/candidates/0/{key}")], note=note)


def aliases(v):
    conflict = ("A field under both of its names is alias_conflict at the later key; the first is "
                "used and checked, the later one is otherwise ignored (fine points).")
    for name, pairs in (("both_aliases", (("candidate_name", s("Ada")),
                                          ("candidate_email", s("ada@example.com")))),
                        ("name_with_candidate_email", (("name", s("Ada")),
                                                       ("candidate_email", s("ada@example.com")))),
                        ("candidate_name_with_email", (("candidate_name", s("Ada")),
                                                       ("email", s("ada@example.com")))),
                        ("email_first", (("candidate_email", s("ada@example.com")),
                                         ("candidate_name", s("Ada"))))):
        v.add(f"valid_{name}", request(candidates=arr(obj(*pairs))),
              note="Each field may use either of its names, mixed per field (candidate table).")
    v.add("valid_mixed_across_items",
          request(candidates=arr(obj(("candidate_name", s("Ada")),
                                     ("candidate_email", s("ada@example.com"))),
                                 obj(("name", s("Grace")), ("email", s("grace@example.com"))))),
          note="Items choose their spellings independently.")
    cases = (
        ("name_then_candidate_name", (("name", s("Ada")), ("candidate_name", s("Ada")),
                                      ("email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/candidate_name")]),
        ("candidate_name_then_name", (("candidate_name", s("Ada")), ("name", s("Ada")),
                                      ("email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/name")]),
        ("email_then_candidate_email", (("name", s("Ada")), ("email", s("ada@example.com")),
                                        ("candidate_email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/candidate_email")]),
        ("candidate_email_then_email", (("name", s("Ada")),
                                        ("candidate_email", s("ada@example.com")),
                                        ("email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/email")]),
        ("both_fields", (("name", s("Ada")), ("candidate_email", s("ada@example.com")),
                         ("candidate_name", s("Ada")), ("email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/candidate_name"),
          ("alias_conflict", "/candidates/0/email")]),
        ("later_value_broken", (("name", s("Ada")), ("candidate_name", "5"),
                                ("email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/candidate_name")]),
        ("later_value_ill_typed_object", (("email", s("ada@example.com")),
                                          ("candidate_email", obj(("a", "1"), ("a", "2"))),
                                          ("name", s("Ada"))),
         [("alias_conflict", "/candidates/0/candidate_email")]),
        ("first_value_broken", (("candidate_name", '""'), ("name", s("Ada")),
                                ("email", s("ada@example.com"))),
         [("too_short", "/candidates/0/candidate_name"), ("alias_conflict", "/candidates/0/name")]),
        ("first_value_wrong_type", (("candidate_email", "5"), ("email", s("ada@example.com")),
                                    ("name", s("Ada"))),
         [("type_mismatch", "/candidates/0/candidate_email"),
          ("alias_conflict", "/candidates/0/email")]),
        ("escaped_alias_key", (("name", s("Ada")), (r"candidate\u005fname", s("Ada")),
                               ("email", s("ada@example.com"))),
         [("alias_conflict", "/candidates/0/candidate_name")]),
    )
    for name, pairs, errors in cases:
        v.add(name, request(candidates=arr(obj(*pairs))), errors, ordered=len(errors) > 1,
              note=conflict)
    v.add("name_candidate_name_name",
          request(candidates=arr(obj(("name", s("Ada")), ("candidate_name", s("B")),
                                     ("name", s("C")), ("email", s("ada@example.com"))))),
          [("alias_conflict", "/candidates/0/candidate_name"),
           ("duplicate_field", "/candidates/0/name")],
          ordered=True,
          note="Decision where docs/contract.md is open: the third key repeats the first key exactly, "
               "so it is the same key twice (duplicate_field), not a second conflict.")
    v.add("candidate_name_name_candidate_name",
          request(candidates=arr(obj(("candidate_name", s("Ada")), ("name", s("B")),
                                     ("candidate_name", s("C")), ("email", s("ada@example.com"))))),
          [("alias_conflict", "/candidates/0/name"),
           ("duplicate_field", "/candidates/0/candidate_name")],
          ordered=True,
          note="Decision where docs/contract.md is open: a repeated spelling is duplicate_field.")
    v.add("conflict_is_not_missing",
          request(candidates=arr(obj(("candidate_email", "5"), ("email", "null")))),
          [("type_mismatch", "/candidates/0/candidate_email"),
           ("alias_conflict", "/candidates/0/email"), ("missing_field", "/candidates/0/name")],
          ordered=True,
          note="email was given (badly), so only name is missing, and it comes last.")


def escaped(v):
    note = "Keys are compared decoded (fine points): the escaped spelling is the field itself."
    v.add("assessment_id", request().replace('"assessment_id"', r'"\u0061ssessment_id"'),
          note=note)
    v.add("every_root_key",
          obj((r"\u0061\u0073\u0073\u0065\u0073\u0073\u006d\u0065\u006e\u0074\u005f\u0069\u0064",
               "1"),
              (r"invite\u005fformat", s("sendlink")), (r"expiry\u005Fdate", s("2024-12-31 18:30")),
              (r"c\u0061ndidates", arr(candidate()))),
          note=note)
    v.add("item_keys",
          request(candidates=arr(obj((r"n\u0061me", s("Ada")),
                                     (r"candidate\u005femail", s("ada@example.com"))))),
          note=note)
    v.add("escaped_duplicate",
          request().replace('"assessment_id":1', r'"assessment_id":1,"\u0061ssessment_id":2'),
          [("duplicate_field", "/assessment_id")],
          note="Decoded, both keys are assessment_id: duplicate_field, path written decoded.")
    v.add("escaped_duplicate_in_item",
          request(candidates='[{"name":"Ada","n\\u0061me":"B","email":"ada@example.com"}]'),
          [("duplicate_field", "/candidates/0/name")],
          note="Decoded, both keys are name: duplicate_field at /candidates/0/name.")
    v.add("escaped_key_error_path",
          request().replace('"assessment_id":1', r'"\u0061ssessment_id":0'),
          [("out_of_range", "/assessment_id")],
          note="Keys are written into paths decoded (fine points).")
    v.add("escaped_alias_error_path",
          request(candidates=arr(obj((r"candidate\u005fname", "5"),
                                     ("email", s("ada@example.com"))))),
          [("type_mismatch", "/candidates/0/candidate_name")],
          note="Keys are written into paths decoded, as the alias they spell.")
