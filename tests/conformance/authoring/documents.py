"""Rules for every document: well-formedness (invalid_json), size (payload_too_large) and the
max_errors bound."""

from .common import (DEFAULT_MAX_BYTES, Group, arr, candidate, invitee, nested_arrays, obj,
                     person, request, response, s)

ONE_ERROR = ("A body that is not one well-formed JSON text (RFC 8259, UTF-8) yields exactly one "
             "error, invalid_json at \"\" (Rules for every document).")


def build(collection):
    syntax(Group(collection, "request/invalid_json", "request"))
    encoding(Group(collection, "request/encoding", "request"))
    ignored_values(Group(collection, "request/ignored_value", "request"))
    depth(Group(collection, "request/depth", "request"))
    whole_response(Group(collection, "response/invalid_json", "response"))
    size(Group(collection, "request/max_bytes", "request"))
    size_response(Group(collection, "response/max_bytes", "response"))
    error_bound(Group(collection, "request/max_errors", "request"))


def syntax(v):
    valid = request()
    cases = (
        ("empty_body", ""), ("one_space", " "), ("only_whitespace", " \t\r\n "),
        ("trailing_letter", valid + "x"), ("trailing_object", valid + " {}"),
        ("trailing_comma_after_document", valid + ","), ("two_documents", valid + "\n" + valid),
        ("trailing_nul_byte", valid + "\x00"),
        ("trailing_comma_in_object", valid[:-1] + ",}"),
        ("trailing_comma_in_array", request(candidates="[" + candidate() + ",]")),
        ("trailing_comma_in_item", request(candidates='[{"name":"Ada","email":"a@example.com",}]')),
        ("leading_comma_in_array", request(candidates="[," + candidate() + "]")),
        ("missing_comma", valid.replace(',"invite_format"', ' "invite_format"')),
        ("missing_colon", valid.replace('"invite_format":', '"invite_format" ')),
        ("double_colon", valid.replace('"invite_format":', '"invite_format"::')),
        ("unquoted_key", valid.replace('"invite_format"', "invite_format")),
        ("single_quoted_string", valid.replace('"getlink"', "'getlink'")),
        ("block_comment", valid.replace("{", "{/* comment */", 1)),
        ("line_comment", valid.replace("{", "{// comment\n", 1)),
        ("unterminated_string", '{"assessment_id":1,"invite_format":"getlink'),
        ("unterminated_object", valid[:-1]), ("unterminated_array", '{"candidates":['),
        ("lone_open_brace", "{"), ("lone_close_brace", "}"),
        ("mismatched_brackets", request(candidates="[" + candidate() + "}")),
        ("key_without_value", '{"assessment_id"}'),
        ("literal_misspelled_true", request(zzz="tru")),
        ("literal_capitalised", request(zzz="True")), ("literal_nul", request(zzz="nul")),
        ("undefined", request(zzz="undefined")),
        ("raw_tab_in_string", request(candidates=arr(candidate(name='"Ada\tL"')))),
        ("raw_newline_in_string", request(candidates=arr(candidate(name='"Ada\nL"')))),
        ("raw_nul_in_string", request(candidates=arr(candidate(name='"Ada\x00"')))),
        ("raw_unit_separator_in_key", request(**{"z\x1fz": "1"})),
        ("invalid_escape", request(candidates=arr(candidate(name=r'"Ada\q"')))),
        ("short_unicode_escape", request(candidates=arr(candidate(name=r'"\u12"')))),
        ("non_hex_unicode_escape", request(candidates=arr(candidate(name=r'"\u12G4"')))),
        ("upper_case_u_escape", request(candidates=arr(candidate(name=r'"\U0041"')))),
        ("form_feed_as_whitespace", valid.replace(",", ",\x0c", 1)),
        ("vertical_tab_as_whitespace", valid.replace(",", ",\x0b", 1)),
        ("no_break_space_as_whitespace", valid.replace(",", ",\u00a0", 1)),
        ("root_array_trailing_comma", "[1,]"), ("root_string_unterminated", '"abc'),
        ("root_literal_misspelled", "nulll"),
    )
    for name, document in cases:
        v.add(name, document, [("invalid_json", "")], note=ONE_ERROR)
    v.add("invalid_json_hides_other_errors",
          obj(("assessment_id", "0"), ("zzz", "1"), ("candidates", "[]")) + "]",
          [("invalid_json", "")],
          note=ONE_ERROR + " Well-formedness comes first; nothing else is reported.")
    v.add("trailing_whitespace_is_fine", request() + " \r\n\t\n",
          note="Nothing but whitespace may follow the text, and whitespace may (RFC 8259 2).")
    v.add("leading_whitespace_is_fine", "\n\n\t  " + request(), note="Whitespace may lead.")


def encoding(v):
    surrogate_cases = (
        ("lone_high_surrogate_in_name", request(candidates=arr(candidate(name=r'"Ada \ud800"')))),
        ("lone_low_surrogate_in_name", request(candidates=arr(candidate(name=r'"\udc00 Ada"')))),
        ("high_surrogate_then_letter", request(candidates=arr(candidate(name=r'"\ud800\u0041"')))),
        ("surrogates_reversed", request(candidates=arr(candidate(name=r'"\ude00\ud83d"')))),
        ("high_surrogate_at_end_of_key", request(**{r"zzz\ud83d": "1"})),
        ("lone_surrogate_in_email", request(candidates=arr(candidate(email=r'"a\ud800@x.io"')))),
    )
    for name, document in surrogate_cases:
        v.add(name, document, [("invalid_json", "")],
              note="A string whose escapes are not valid UTF-16 (a lone surrogate) is "
                   "invalid_json (fine points).")
    valid = request().encode("utf-8")
    name_at = valid.index(b"Ada Lovelace")
    def with_name_bytes(raw):
        return valid[:name_at] + raw + valid[name_at + len(b"Ada Lovelace"):]
    byte_cases = (
        ("byte_ff", b"Ada\xff"), ("byte_fe", b"\xfe"), ("stray_continuation", b"A\x80da"),
        ("truncated_two_byte", b"Ad\xc3"), ("truncated_three_byte", b"Ada\xe2\x82"),
        ("overlong_solidus", b"\xc0\xaf"), ("overlong_nul", b"\xc0\x80"),
        ("overlong_three_byte", b"\xe0\x80\xaf"), ("encoded_surrogate", b"\xed\xa0\x80"),
        ("above_u10ffff", b"\xf4\x90\x80\x80"), ("five_byte_form", b"\xf8\x88\x80\x80\x80"),
        ("latin1_e_acute", b"Jos\xe9"),
    )
    for name, raw in byte_cases:
        v.add(f"invalid_utf8_{name}", with_name_bytes(raw), [("invalid_json", "")],
              note="A JSON text is UTF-8 (RFC 8259 8.1); an ill-formed UTF-8 sequence makes the "
                   "body invalid_json (Rules for every document).")
    v.add("invalid_utf8_in_key", valid.replace(b'"email"', b'"em\xffail"'),
          [("invalid_json", "")], note="Keys are strings; they too must be UTF-8.")
    v.add("invalid_utf8_between_tokens", valid.replace(b",", b",\x80", 1), [("invalid_json", "")],
          note="A stray byte outside any string is neither whitespace nor a token.")
    v.add("byte_order_mark", b"\xef\xbb\xbf" + valid, [("invalid_json", "")],
          note="A leading byte-order mark is invalid_json (fine points).")
    v.add("byte_order_mark_after_whitespace", b" \xef\xbb\xbf" + valid, [("invalid_json", "")],
          note="U+FEFF is not JSON whitespace anywhere.")
    v.add("utf16_document", request().encode("utf-16-le"), [("invalid_json", "")],
          note="The body must be UTF-8 (RFC 8259 8.1); UTF-16 text has NUL bytes between tokens.")
    v.add("valid_surrogate_pair_escape", request(candidates=arr(candidate(
        name=r'"\ud83d\ude00 Ada"'))),
          note="A surrogate pair escape is valid UTF-16: one code point, valid.")
    v.add("valid_raw_four_byte_utf8", with_name_bytes("Ada \U0001F600".encode("utf-8")),
          note="Well-formed four-byte UTF-8 is fine.")
    v.add("valid_raw_max_code_point", with_name_bytes("Ada \U0010FFFF".encode("utf-8")),
          note="U+10FFFF is the last code point; well-formed and not a control character.")
    v.add("valid_raw_nonchar_u_fffe", with_name_bytes("Ada \ufffe".encode("utf-8")),
          note="Noncharacters are still Unicode scalar values; well-formed UTF-8.")


def ignored_values(v):
    note = ("The whole document counts for well-formedness, values that are skipped included "
            "(Rules for every document; fine points).")
    cases = (
        ("unknown_field_trailing_comma", request(zzz="[1,]"), False),
        ("unknown_field_trailing_comma_allowed", request(zzz="[1,]"), True),
        ("unknown_field_bad_literal_allowed", request(zzz="tru"), True),
        ("unknown_field_leading_zero_allowed", request(zzz="01"), True),
        ("unknown_field_bare_minus_allowed", request(zzz="-"), True),
        ("unknown_field_trailing_dot_allowed", request(zzz="1."), True),
        ("unknown_field_missing_exponent_digits_allowed", request(zzz="1e+"), True),
        ("unknown_field_nan_allowed", request(zzz="NaN"), True),
        ("unknown_field_lone_surrogate", request(zzz=r'"\udfff"'), False),
        ("unknown_field_lone_surrogate_allowed", request(zzz=r'"\ud800"'), True),
        ("unknown_field_bad_escape_allowed", request(zzz=r'"\x41"'), True),
        ("unknown_field_raw_control_allowed", request(zzz='"a\x01b"'), True),
        ("unknown_field_nested_missing_value_allowed", request(zzz='{"a":}'), True),
        ("unknown_field_nested_unclosed_allowed", request(zzz='{"a":[1,2}'), True),
        ("nested_key_lone_surrogate_allowed", request(zzz=r'{"\ud800":1}'), True),
        ("duplicate_field_value_malformed",
         request().replace('"assessment_id":1', '"assessment_id":1,"assessment_id":[1,]'), False),
        ("alias_conflict_value_malformed",
         request(candidates=r'[{"name":"Ada","candidate_name":"\ud800","email":"a@example.com"}]'),
         False),
        ("wrong_type_value_malformed",
         request(candidates=arr(candidate(name='{"a":1,}'))), False),
        ("root_of_wrong_type_malformed", "[1,2,]", False),
    )
    for name, document, allow in cases:
        v.add(name, document, [("invalid_json", "")], allow_unknown=allow or None,
              note=note)
    past = {500: obj(("name", s("Late")), ("email", "[1,]"))}
    v.add("item_past_500th_malformed",
          request(candidates=arr(*[past.get(i, person(i)) for i in range(501)])),
          [("invalid_json", "")],
          note=note + " Items past the 500th are not checked, but they are still parsed.")
    v.add("item_past_500th_lone_surrogate",
          request(candidates=arr(*[person(i) for i in range(500)], r'{"name":"\udc00"}')),
          [("invalid_json", "")], note=note)
    items = [person(i) for i in range(501)]
    document = request(candidates=arr(*items)).encode("utf-8")
    last = document.rindex(b"Candidate 500")
    v.add("item_past_500th_invalid_utf8",
          document[:last] + b"Candidate \xff" + document[last + len(b"Candidate 500"):],
          [("invalid_json", "")], note=note)


def depth(v):
    limit = ("Nesting deeper than 1024 levels is invalid_json; 1024 nested arrays/objects, the "
             "root included, are fine (fine points; HELPERS policy).")
    # The root object is level 1, so an unknown field can hold 1023 more levels.
    v.add("unknown_field_1024_levels", request(zzz=nested_arrays(1023)), allow_unknown=True,
          note=limit)
    v.add("unknown_field_1024_levels_strict", request(zzz=nested_arrays(1023)),
          [("unknown_field", "/zzz")], note=limit)
    v.add("unknown_field_1025_levels", request(zzz=nested_arrays(1024)), [("invalid_json", "")],
          allow_unknown=True, note=limit)
    v.add("unknown_field_1025_levels_strict", request(zzz=nested_arrays(1024)),
          [("invalid_json", "")], note=limit)
    v.add("unknown_field_1025_object_levels",
          request(zzz='{"a":' * 1024 + "0" + "}" * 1024), [("invalid_json", "")],
          allow_unknown=True, note=limit)
    v.add("unknown_field_1024_object_levels",
          request(zzz='{"a":' * 1023 + "0" + "}" * 1023), allow_unknown=True, note=limit)
    v.add("root_array_1024_levels", nested_arrays(1024), [("type_mismatch", "")], note=limit)
    v.add("root_array_1025_levels", nested_arrays(1025), [("invalid_json", "")], note=limit)
    # root (1), candidates (2), the item (3): the name can hold 1021 levels.
    v.add("name_1024_levels", request(candidates=arr(candidate(name=nested_arrays(1021)))),
          [("type_mismatch", "/candidates/0/name")], note=limit)
    v.add("name_1025_levels", request(candidates=arr(candidate(name=nested_arrays(1022)))),
          [("invalid_json", "")], note=limit)
    v.add("unclosed_deep_nesting", request(zzz="[" * 100), [("invalid_json", "")],
          allow_unknown=True, note=ONE_ERROR)


def whole_response(v):
    valid = response()
    for name, document in (("empty_body", ""), ("trailing_content", valid + "[]"),
                           ("trailing_comma", valid[:-1] + ",}"),
                           ("byte_order_mark", "\ufeff" + valid),
                           ("lone_surrogate_in_status", response(invites=arr(
                               obj(("status", r'"\ud800"'))))),
                           ("unknown_field_malformed", response(extra="[,]"))):
        v.add(name, document, [("invalid_json", "")], note=ONE_ERROR)
    v.add("item_past_500th_malformed",
          response(invites=arr(*[invitee(i) for i in range(500)], '{"status":01}')),
          [("invalid_json", "")],
          note=ONE_ERROR + " Items past the 500th are checked for well-formedness only.")
    v.add("unknown_field_malformed_allowed", response(extra='{"a" 1}'), [("invalid_json", "")],
          allow_unknown=True, note=ONE_ERROR + " Skipped values count too.")


def size(v):
    note = ("A body longer than max_bytes yields exactly one error, payload_too_large at \"\", "
            "checked before parsing; a body of exactly max_bytes is not longer.")
    valid = request().encode("utf-8")
    v.add("exactly_max_bytes", valid, max_bytes=len(valid), note=note)
    v.add("one_over_max_bytes", valid, [("payload_too_large", "")], max_bytes=len(valid) - 1,
          note=note)
    v.add("far_over_max_bytes", valid, [("payload_too_large", "")], max_bytes=1, note=note)
    broken = obj(("assessment_id", "0"), ("candidates", "[]"))
    v.add("over_max_bytes_with_field_errors", broken, [("payload_too_large", "")],
          max_bytes=len(broken) - 1, note=note + " Field errors are never looked for.")
    malformed = b"\xef\xbb\xbf{\"a\":[1,]"
    v.add("over_max_bytes_malformed", malformed, [("payload_too_large", "")],
          max_bytes=len(malformed) - 1, note=note + " Size is checked before well-formedness.")
    v.add("at_max_bytes_malformed", malformed, [("invalid_json", "")],
          max_bytes=len(malformed), note="Not too large, so parsing finds it malformed.")
    v.add("zero_max_bytes_empty_body", b"", [("invalid_json", "")], max_bytes=0,
          note="An empty body is 0 bytes, not longer than 0; an empty body is invalid_json.")
    v.add("zero_max_bytes_object", b"{}", [("payload_too_large", "")], max_bytes=0, note=note)
    multibyte = request(candidates=arr(candidate(name=s("Zoë Ångström 😀")))).encode("utf-8")
    code_points = len(multibyte.decode("utf-8"))
    v.add("bytes_not_code_points", multibyte, [("payload_too_large", "")],
          max_bytes=code_points, note=note + " The limit counts bytes, not characters.")
    v.add("bytes_not_code_points_exact", multibyte, max_bytes=len(multibyte), note=note)
    v.add("trailing_whitespace_counts", valid + b"   ", [("payload_too_large", "")],
          max_bytes=len(valid) + 2, note=note + " Every byte counts, whitespace too.")
    padded = valid + b" " * (DEFAULT_MAX_BYTES - len(valid))
    v.add("default_limit_exactly_1_mib", padded,
          note="The default max_bytes is 1 MiB (1048576); a valid body padded with trailing "
               "whitespace to exactly that size is valid.")
    v.add("default_limit_one_byte_over", padded + b" ", [("payload_too_large", "")],
          note="The default max_bytes is 1 MiB; 1048577 bytes is too large.")


def size_response(v):
    valid = response().encode("utf-8")
    note = "payload_too_large applies to responses the same way."
    v.add("exactly_max_bytes", valid, max_bytes=len(valid), note=note)
    v.add("one_over_max_bytes", valid, [("payload_too_large", "")], max_bytes=len(valid) - 1,
          note=note)


def error_bound(v):
    four = obj(("assessment_id", "0"), ("invite_format", s("x")), ("expiry_date", s("y")),
               ("candidates", "[]"))
    all_four = [("out_of_range", "/assessment_id"), ("invalid_enum", "/invite_format"),
                ("invalid_datetime", "/expiry_date"), ("too_short", "/candidates")]
    note = ("Errors are collected up to max_errors, in document order; those past the bound are "
            "dropped and the document stays invalid (Rules for every document).")
    for bound in (1, 2, 3, 4, 5):
        v.add(f"bound_{bound}_of_4", four, all_four[:bound], max_errors=bound,
              ordered=bound > 1, note=note)
    v.add("bound_before_missing_fields", obj(("zzz", "1"), ("assessment_id", "-1")),
          [("unknown_field", "/zzz"), ("out_of_range", "/assessment_id")], max_errors=2,
          ordered=True,
          note=note + " The missing fields come last, so they are the ones dropped.")
    many_bad = arr(*[candidate(name=s(f"Candidate {i}"), email=s(f"bad{i}")) for i in range(150)])
    first_100 = [("invalid_email", f"/candidates/{i}/email") for i in range(100)]
    v.add("default_bound_is_100", request(candidates=many_bad), first_100, ordered=True,
          note=note + " The default max_errors is 100; 150 bad e-mails give the first 100.")
    v.add("bound_above_error_count", request(candidates=many_bad),
          [("invalid_email", f"/candidates/{i}/email") for i in range(150)],
          max_errors=1000, ordered=True, note=note)
    too_many = arr(*[candidate(name=s(f"C{i}"), email=s(f"bad{i}")) for i in range(501)])
    v.add("bound_with_too_long", request(candidates=too_many),
          [("too_long", "/candidates"), ("invalid_email", "/candidates/0/email"),
           ("invalid_email", "/candidates/1/email")],
          max_errors=3, ordered=True,
          note=note + " The array's too_long comes before its items' errors.")
    v.add("bound_one_invalid_json", request() + "x", [("invalid_json", "")], max_errors=1,
          note="invalid_json is the only error, whatever the bound.")
    v.add("bound_one_payload_too_large", request(), [("payload_too_large", "")], max_errors=1,
          max_bytes=10, note="payload_too_large is the only error, whatever the bound.")
