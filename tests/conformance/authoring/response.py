"""The response body: invites, each invitation's seven fields, and the invite_link rules."""

from .common import OMIT, Group, arr, invitation, invitee, obj, response, s

FIELDS = ("name", "email", "report_id", "candidate_id", "assessment_id", "invite_link", "status")


def build(collection):
    root(Group(collection, "response/root", "response"))
    fields(Group(collection, "response/fields", "response"))
    links(Group(collection, "response/invite_link", "response"))


def many(count, replace=None):
    replace = replace or {}
    return arr(*[replace.get(i, invitee(i)) for i in range(count)])


def root(v):
    v.add("minimal", response(), note="One invitation with all seven fields: valid.")
    v.add("two_invites", response(invites=many(2)), note="Two invitations: valid.")
    v.add("valid_500", response(invites=many(500)),
          note="invites holds 1 to 500 objects (response section): valid.")
    v.add("repeated_emails_are_fine",
          response(invites=arr(invitation(), invitation(report_id="9", candidate_id="10"))),
          note="The response's name and email follow the candidate rules, uniqueness excepted.")
    v.add("empty_object", "{}", [("missing_field", "/invites")], note="invites is required.")
    for name, document in (("array", arr(invitation())), ("number", "1"), ("null", "null"),
                           ("string", s("invites"))):
        v.add(f"not_an_object_{name}", document, [("type_mismatch", "")],
              note="The root must be an object; otherwise exactly one type_mismatch at \"\".")
    for name, literal in (("object", invitation()), ("null", "null"), ("string", s("x")),
                          ("number", "3")):
        v.add(f"invites_type_mismatch_{name}", response(invites=literal),
              [("type_mismatch", "/invites")], note="invites must be an array.")
    v.add("invites_too_short", response(invites="[]"), [("too_short", "/invites")],
          note="invites breaks like candidates: 0 items is too_short.")
    v.add("invites_too_long_501", response(invites=many(501)), [("too_long", "/invites")],
          note="invites breaks like candidates: 501 items is too_long.")
    v.add("invites_too_long_501st_broken",
          response(invites=many(501, {500: obj(("zzz", "1"), ("name", "5"))})),
          [("too_long", "/invites")],
          note="Items past the 500th are neither stored nor checked beyond well-formedness.")
    v.add("invites_too_long_then_item_errors",
          response(invites=many(501, {3: invitation(status='""'), 500: "7"})),
          [("too_long", "/invites"), ("too_short", "/invites/3/status")], ordered=True,
          note="The array's size error precedes its items' errors (HELPERS policy).")
    for name, literal in (("number", "7"), ("null", "null"), ("array", arr(invitation()))):
        v.add(f"item_type_mismatch_{name}", response(invites=arr(invitee(0), literal)),
              [("type_mismatch", "/invites/1")],
              note="Each invites item must be an object: type_mismatch at /invites/i.")
    v.add("unknown_root_key", response(next_page=s("abc")), [("unknown_field", "/next_page")],
          note="Unknown keys are unknown_field by default.")
    v.add("unknown_root_key_allowed", response(next_page=s("abc")), allow_unknown=True,
          note="Unknown keys are ignored when allowed.")
    v.add("unknown_item_key", response(invites=arr(invitation(**{"meta/x": "{}"}))),
          [("unknown_field", "/invites/0/meta~1x")],
          note="Unknown keys nested in items, path escaped per RFC 6901.")
    v.add("unknown_item_key_allowed", response(invites=arr(invitation(expires=s("2024")))),
          allow_unknown=True, note="Unknown keys are ignored when allowed, also in items.")
    v.add("duplicate_item_key",
          response(invites="[" + invitation()[:-1] + ',"report_id":"x"}]'),
          [("duplicate_field", "/invites/0/report_id")],
          note="The same key twice: duplicate_field at the second; its value is ignored.")
    v.add("duplicate_invites_key", response()[:-1] + ',"invites":[]}',
          [("duplicate_field", "/invites")],
          note="The first invites is used; the second is reported and otherwise ignored.")
    v.add("errors_in_document_order",
          response(invites=arr(obj(("status", '""'), ("zzz", "1"), ("name", "5"))),
                   extra="true"),
          [("too_short", "/invites/0/status"), ("unknown_field", "/invites/0/zzz"),
           ("type_mismatch", "/invites/0/name"), ("missing_field", "/invites/0/email"),
           ("missing_field", "/invites/0/report_id"), ("missing_field", "/invites/0/candidate_id"),
           ("missing_field", "/invites/0/assessment_id"),
           ("missing_field", "/invites/0/invite_link"), ("unknown_field", "/extra")],
          note="Document order, with the item's missing fields after its other errors and "
               "before the root's later keys. Compared as a multiset because docs/contract.md does "
               "not order missing fields among themselves; see missing_after_other_errors.")
    v.add("missing_after_other_errors",
          response(invites=arr(invitation(status=OMIT, zzz="1")), extra="true"),
          [("unknown_field", "/invites/0/zzz"), ("missing_field", "/invites/0/status"),
           ("unknown_field", "/extra")],
          ordered=True,
          note="An object's missing_field errors follow its other errors, and the item's errors "
               "come before the root's later keys (document order).")


def fields(v):
    v.add("empty_item", response(invites="[{}]"),
          [("missing_field", f"/invites/0/{field}") for field in FIELDS],
          note="All seven fields are required (response section).")
    for field in FIELDS:
        v.add(f"missing_{field}", response(invites=arr(invitation(**{field: OMIT}))),
              [("missing_field", f"/invites/0/{field}")],
              note=f"{field} is required in every invitation (response section).")
    mismatches = (("name", "5"), ("name", "null"), ("email", "null"), ("email", "[]"),
                  ("report_id", s("7")), ("report_id", "7.0"), ("candidate_id", "1e3"),
                  ("candidate_id", "true"), ("assessment_id", "null"), ("assessment_id", "1e400"),
                  ("invite_link", "5"), ("invite_link", "null"), ("status", "null"),
                  ("status", "5"), ("status", "{}"))
    for field, literal in mismatches:
        label = {"5": "number", "null": "null", "[]": "array", s("7"): "string",
                 "7.0": "decimal", "1e3": "exponent", "true": "true", "1e400": "huge_exponent",
                 "{}": "object"}[literal]
        v.add(f"type_mismatch_{field}_{label}", response(invites=arr(invitation(**{field: literal}))),
              [("type_mismatch", f"/invites/0/{field}")],
              note="A wrong JSON type, or a non-integer-literal number in an integer field, is "
                   "type_mismatch (fine points: invite_link: 5 too).")
    for field in ("report_id", "candidate_id", "assessment_id"):
        v.add(f"{field}_max", response(invites=arr(invitation(**{field: "9223372036854775807"}))),
              note=f"{field} follows the assessment_id rule: 2^63-1 is valid.")
        for label, literal in (("zero", "0"), ("minus_zero", "-0"), ("negative", "-4"),
                               ("two_pow_63", "9223372036854775808")):
            v.add(f"{field}_out_of_range_{label}",
                  response(invites=arr(invitation(**{field: literal}))),
                  [("out_of_range", f"/invites/0/{field}")],
                  note=f"{field} follows the assessment_id rule: 1..2^63-1 (fine points).")
    text_cases = (
        ("name_empty", {"name": '""'}, [("too_short", "/invites/0/name")]),
        ("name_only_spaces", {"name": '"   "'}, [("too_short", "/invites/0/name")]),
        ("name_256", {"name": s("n" * 256)}, [("too_long", "/invites/0/name")]),
        ("name_tab", {"name": r'"\t"'}, [("invalid_characters", "/invites/0/name")]),
        ("name_300_with_tab", {"name": s("\t" + "n" * 299)},
         [("too_long", "/invites/0/name"), ("invalid_characters", "/invites/0/name")]),
        ("name_300_spaces", {"name": s(" " * 300)},
         [("too_short", "/invites/0/name"), ("too_long", "/invites/0/name")]),
        ("email_invalid", {"email": s("ada@")}, [("invalid_email", "/invites/0/email")]),
        ("email_local_65", {"email": s("l" * 65 + "@example.com")},
         [("invalid_email", "/invites/0/email")]),
        ("status_empty", {"status": '""'}, [("too_short", "/invites/0/status")]),
    )
    for name, override, errors in text_cases:
        v.add(name, response(invites=arr(invitation(**override))), errors,
              note="name and email follow the candidate rules; status must be non-empty "
                   "(response section; fine points).")
    for name, literal in (("name_255", s("n" * 255)), ("name_multibyte_255", s("ü" * 255)),
                          ("name_u0080", r'"\u0080"')):
        v.add(f"valid_{name}", response(invites=arr(invitation(name=literal))),
              note="Within the candidate name rules: valid.")
    for name, literal in (("one_space", '" "'), ("escaped_space", r'"\u0020"'),
                          ("long", s("pending " * 500)), ("non_ascii", s("envoyé"))):
        v.add(f"valid_status_{name}", response(invites=arr(invitation(status=literal))),
              note="status is any non-empty string: \" \" is valid (fine points), and no "
                   "length limit is stated for it.")
    for name, literal in (("tab", r'"\t"'), ("nul", r'"\u0000"')):
        v.add(f"valid_status_{name}", response(invites=arr(invitation(status=literal))),
              note="Decision where docs/contract.md is open: status is \"a non-empty string\" with no "
                   "character rule (names have one, status does not), so control characters "
                   "in it are valid.")
    v.add("no_aliases_in_response",
          response(invites=arr(invitation(name=OMIT, candidate_name=s("Ada")))),
          [("unknown_field", "/invites/0/candidate_name"), ("missing_field", "/invites/0/name")],
          ordered=True,
          note="The response has no aliases: candidate_name is unknown, and name is missing.")
    v.add("no_aliases_in_response_allowed",
          response(invites=arr(invitation(email=OMIT, candidate_email=s("ada@example.com")))),
          [("missing_field", "/invites/0/email")], allow_unknown=True,
          note="Allowed, candidate_email is ignored, so email is still missing.")
    v.add("second_invite_errors",
          response(invites=arr(invitee(0), invitation(report_id="0", status='""'))),
          [("out_of_range", "/invites/1/report_id"), ("too_short", "/invites/1/status")],
          ordered=True, note="Paths name the item's index; errors in document order.")


def links(v):
    valid = (("https", "https://example.com"), ("http", "http://example.com"),
             ("upper_case", "HTTP://EXAMPLE.COM"), ("mixed_case_scheme", "HtTpS://example.com/Path"),
             ("single_letter_host", "https://x"),
             ("port_query_fragment", "https://example.com:8443/a?b=c#d"),
             ("printable_punctuation", "https://example.com/<a>{b}|\\^`\""),
             ("tilde_and_percent", "https://example.com/~user/%20x"),
             ("ip_host", "https://127.0.0.1/invite"), ("user_info", "https://user@example.com/"))
    for name, text in valid:
        v.add(f"valid_{name}", response(invites=arr(invitation(invite_link=s(text)))),
              note="http or https in any case, ://, a non-empty host, then any printable ASCII "
                   "(U+0021-U+007E), at most 2048 octets (fine points).")
    prefix = "https://example.com/"
    v.add("valid_2048_octets",
          response(invites=arr(invitation(invite_link=s(prefix + "a" * (2048 - len(prefix)))))),
          note="Exactly 2048 octets is the limit: valid.")
    v.add("valid_escaped_solidi", response(invites=arr(invitation(
        invite_link=r'"https:\/\/example.com\/x"'))),
          note="Rules apply to the decoded value: \\/ is '/'.")
    invalid = (("ftp", "ftp://example.com"), ("no_slashes", "https:x.io"),
               ("empty_host", "https:///x.io"), ("nothing_after_scheme", "https://"),
               ("one_slash", "https:/x.io"), ("no_colon", "https//x.io"),
               ("scheme_relative", "//x.io"), ("no_scheme", "x.io"), ("empty", ""),
               ("mailto", "mailto:ada@example.com"), ("javascript", "javascript:alert(1)"),
               ("longer_scheme", "httpss://x.io"), ("space_in_scheme", "http s://x.io"),
               ("backslashes", "https:\\\\x.io"), ("leading_space", " https://x.io"),
               ("trailing_space", "https://x.io "), ("space_in_path", "https://x.io/a b"),
               ("space_in_host", "https://x .io"), ("non_ascii_path", "https://x.io/café"),
               ("non_ascii_host", "https://bücher.de/"), ("tab", "https://x.io/\t"),
               ("newline", "https://x.io/\n"), ("delete", "https://x.io/\u007f"),
               ("nul", "https://x.io/\u0000"), ("no_break_space", "https://x.io/\u00a0"))
    for name, text in invalid:
        v.add(f"invalid_url_{name}", response(invites=arr(invitation(invite_link=s(text)))),
              [("invalid_url", "/invites/0/invite_link")],
              note="invite_link: http or https (any case), then ://, then a non-empty host; every "
                   "character U+0021-U+007E (fine points).")
    v.add("invalid_url_2049_octets",
          response(invites=arr(invitation(invite_link=s(prefix + "a" * (2049 - len(prefix)))))),
          [("invalid_url", "/invites/0/invite_link")], note="2049 octets is over the limit.")
    v.add("invalid_url_escaped_non_ascii",
          response(invites=arr(invitation(invite_link=r'"https://x.io/caf\u00e9"'))),
          [("invalid_url", "/invites/0/invite_link")],
          note="Rules apply to the decoded value: \\u00e9 is a non-ASCII character.")
    for name, text in (("query_right_after_slashes", "https://?q=1"),
                       ("fragment_right_after_slashes", "https://#top")):
        v.add(f"invalid_url_{name}", response(invites=arr(invitation(invite_link=s(text)))),
              [("invalid_url", "/invites/0/invite_link")],
              note="Decision where docs/contract.md is open on what a host is: as in RFC 3986, the "
                   "authority ends at the first '/', '?' or '#', so the host here is empty.")
