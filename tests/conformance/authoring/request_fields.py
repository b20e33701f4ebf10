"""The request's root object and its scalar fields: assessment_id, invite_format, expiry_date."""

from .common import Group, OMIT, arr, candidate, obj, request, s

THOUSAND_DIGITS = "1" + "0" * 999


def build(collection):
    root(Group(collection, "request/root", "request"))
    assessment_id(Group(collection, "request/assessment_id", "request"))
    invite_format(Group(collection, "request/invite_format", "request"))
    expiry_date(Group(collection, "request/expiry_date", "request"))


def root(v):
    v.add("minimal", request(),
          note="The three required fields, one candidate: valid.")
    v.add("seed_example",
          obj(("assessment_id", "12345"), ("invite_format", s("sendlink")),
              ("expiry_date", s("2024-12-31 18:30")),
              ("candidates", arr(candidate(),
                                 candidate(name=s("Grace Hopper"),
                                           email=s("grace@example.com"))))),
          note="Every field in the order of the source's table, the source's example date: valid.")
    v.add("keys_in_any_order",
          obj(("candidates", arr(candidate())), ("expiry_date", s("2030-01-01 00:00")),
              ("invite_format", s("getlink")), ("assessment_id", "9")),
          note="JSON objects are unordered (RFC 8259 4); key order never matters: valid.")
    v.add("whitespace_everywhere",
          ' \r\n\t{ "assessment_id" :\t1 ,\r\n "invite_format"\n:\n"getlink" , "candidates" : [ '
          '{ "name" : "Ada" , "email" : "ada@example.com" } ] }\n\r\t ',
          note="Space, tab, CR and LF are JSON whitespace (RFC 8259 2), also before and after the "
               "root: valid.")
    v.add("empty_object", "{}",
          [("missing_field", "/assessment_id"), ("missing_field", "/invite_format"),
           ("missing_field", "/candidates")],
          note="assessment_id, invite_format and candidates are required; expiry_date is "
               "optional, so it is not reported.")
    v.add("missing_assessment_id", request(assessment_id=OMIT),
          [("missing_field", "/assessment_id")], note="assessment_id is required.")
    v.add("missing_invite_format", request(invite_format=OMIT),
          [("missing_field", "/invite_format")], note="invite_format is required.")
    v.add("missing_candidates", request(candidates=OMIT, expiry_date=s("2024-12-31 18:30")),
          [("missing_field", "/candidates")],
          note="candidates is required (at least one candidate, source table).")
    for name, document in (("number", "5"), ("array", "[]"), ("string", '"getlink"'),
                           ("null", "null"), ("true", "true"), ("false", "false"),
                           ("array_of_request", arr(request())),
                           ("number_in_whitespace", " \n 5 \n ")):
        v.add(f"not_an_object_{name}", document, [("type_mismatch", "")],
              note="The root must be an object; a well-formed non-object root is exactly one "
                   "type_mismatch at \"\" (CONTRACT request table, root row; HELPERS policy). "
                   "What is inside a root of the wrong type is not examined.")
    v.add("errors_in_document_order",
          obj(("invite_format", s("GetLink")),
              ("candidates", arr(candidate(name=s(""), email=s("not-an-email")))),
              ("assessment_id", s("1"))),
          [("invalid_enum", "/invite_format"), ("too_short", "/candidates/0/name"),
           ("invalid_email", "/candidates/0/email"), ("type_mismatch", "/assessment_id")],
          ordered=True,
          note="All errors are collected, in document order (Rules for every document).")
    v.add("missing_field_after_other_errors",
          obj(("assessment_id", "1"), ("zzz", "1"), ("candidates", "[]")),
          [("unknown_field", "/zzz"), ("too_short", "/candidates"),
           ("missing_field", "/invite_format")],
          ordered=True,
          note="An object's missing_field errors follow its other errors (fine points).")
    v.add("nested_missing_field_before_later_siblings",
          obj(("candidates", arr(obj(("email", s("not-an-email")), ("zzz", "1")))),
              ("assessment_id", "0"), ("invite_format", s("getlink"))),
          [("invalid_email", "/candidates/0/email"), ("unknown_field", "/candidates/0/zzz"),
           ("missing_field", "/candidates/0/name"), ("out_of_range", "/assessment_id")],
          ordered=True,
          note="The item's missing name closes the item, so it comes after the item's own errors "
               "and before the errors of the root's later fields (document order; fine points).")


def assessment_id(v):
    for name, literal in (("one", "1"), ("forty_two", "42"), ("max_int64", "9223372036854775807")):
        v.add(f"valid_{name}", request(assessment_id=literal),
              note="An integer literal in 1..2^63-1 is valid (request table).")
    for name, literal in (("zero", "0"), ("minus_zero", "-0"), ("minus_one", "-1"),
                          ("minus_four", "-4"), ("two_pow_63", "9223372036854775808"),
                          ("two_pow_64", "18446744073709551616"),
                          ("min_int64", "-9223372036854775808"),
                          ("below_min_int64", "-9223372036854775809"),
                          ("thousand_digits", THOUSAND_DIGITS),
                          ("thousand_digits_negative", "-" + THOUSAND_DIGITS)):
        v.add(f"out_of_range_{name}", request(assessment_id=literal),
              [("out_of_range", "/assessment_id")],
              note="An integer literal outside 1..2^63-1 is out_of_range, however many digits it "
                   "has (request table; HELPERS integer policy).")
    for name, literal in (("string", '"12"'), ("decimal_point", "12.0"), ("exponent", "1e3"),
                          ("exponent_upper", "1E3"), ("exponent_plus", "1e+3"),
                          ("exponent_zero", "1e0"), ("fraction", "1.5"),
                          ("negative_decimal", "-1.0"), ("zero_decimal", "0.0"),
                          ("huge_exponent", "1e400"), ("huge_negative_exponent", "-1e400"),
                          ("tiny_exponent", "1e-400"),
                          ("max_int64_decimal", "9223372036854775807.0"),
                          ("thousand_digits_decimal", THOUSAND_DIGITS + ".0"),
                          ("true", "true"), ("false", "false"), ("null", "null"),
                          ("array", "[1]"), ("empty_array", "[]"), ("object", "{}")):
        v.add(f"type_mismatch_{name}", request(assessment_id=literal),
              [("type_mismatch", "/assessment_id")],
              note="Only an integer literal (no '.', no exponent) is an integer; anything else, "
                   "including a number whose value is whole and null, is type_mismatch (request "
                   "table; fine points on 1e400; null is absent only for expiry_date).")
    for name, literal in (("leading_zero", "01"), ("plus_sign", "+1"), ("trailing_dot", "1."),
                          ("leading_dot", ".5"), ("hexadecimal", "0x1"), ("minus_only", "-"),
                          ("nan", "NaN"), ("infinity", "Infinity"),
                          ("exponent_without_digits", "1e")):
        v.add(f"invalid_json_{name}", request(assessment_id=literal), [("invalid_json", "")],
              note="Not a JSON number (RFC 8259 6), so the body is not well-formed: one "
                   "invalid_json at \"\".")


def invite_format(v):
    for name, literal in (("getlink", '"getlink"'), ("sendlink", '"sendlink"'),
                          ("escaped_letter", r'"getl\u0069nk"'),
                          ("fully_escaped",
                           r'"\u0073\u0065\u006e\u0064\u006c\u0069\u006e\u006b"')):
        v.add(f"valid_{name}", request(invite_format=literal),
              note="getlink or sendlink, compared after JSON unescaping (request table).")
    for name, text in (("upper_case", "GETLINK"), ("capitalised", "Getlink"),
                       ("camel_case", "sendLink"), ("leading_space", " getlink"),
                       ("trailing_space", "getlink "), ("empty", ""), ("prefix", "get"),
                       ("longer", "getlinks"), ("underscore", "send_link"),
                       ("trailing_nul", "getlink\u0000"), ("fullwidth", "ｇｅｔｌｉｎｋ"),
                       ("other_word", "link"), ("cyrillic_lookalike", "g\u0435tlink")):
        v.add(f"invalid_enum_{name}", request(invite_format=s(text)),
              [("invalid_enum", "/invite_format")],
              note="Exactly getlink or sendlink, case-sensitive, nothing trimmed (request table).")
    v.add("invalid_enum_escaped_upper_case", request(invite_format=r'"\u0047etlink"'),
          [("invalid_enum", "/invite_format")],
          note="\\u0047 decodes to 'G'; the decoded 'Getlink' is compared case-sensitively.")
    for name, literal in (("number", "1"), ("null", "null"), ("true", "true"),
                          ("array", '["getlink"]'), ("object", '{"getlink":1}')):
        v.add(f"type_mismatch_{name}", request(invite_format=literal),
              [("type_mismatch", "/invite_format")],
              note="invite_format must be a string; a wrong JSON type is always type_mismatch.")


def expiry_date(v):
    for name, text in (("source_example", "2024-12-31 18:30"),
                       ("leap_day_2024", "2024-02-29 12:00"),
                       ("leap_day_2000", "2000-02-29 00:00"),
                       ("leap_day_year_zero", "0000-02-29 00:00"),
                       ("first_minute_of_year_zero", "0000-01-01 00:00"),
                       ("last_minute_of_9999", "9999-12-31 23:59"),
                       ("last_minute_of_day", "2024-06-30 23:59"),
                       ("midnight", "2024-07-31 00:00"),
                       ("february_28_non_leap", "2023-02-28 08:05"),
                       ("leap_day_2400", "2400-02-29 00:00"), ("leap_day_1600", "1600-02-29 00:00"),
                       ("leap_day_0004", "0004-02-29 00:00")):
        v.add(f"valid_{name}", request(expiry_date=s(text)),
              note="YYYY-MM-DD HH:MM naming a real minute of the proleptic Gregorian calendar, "
                   "years 0000-9999 (request table; fine points).")
    v.add("valid_null", request(expiry_date="null"),
          note="null means absent for expiry_date, which is optional (request table).")
    v.add("valid_escaped_space", request(expiry_date=r'"2024-12-31\u002018:30"'),
          note="String rules apply to the decoded value: \\u0020 is the one space.")
    v.add("valid_escaped_digits", request(expiry_date=r'"\u0032\u00302\u0034-12-31 18:30"'),
          note="String rules apply to the decoded value: the escapes decode to '2024'.")
    for name, text in (("not_leap_2023", "2023-02-29 00:00"),
                       ("not_leap_1900", "1900-02-29 00:00"),
                       ("not_leap_2100", "2100-02-29 00:00"),
                       ("not_leap_0100", "0100-02-29 00:00"),
                       ("not_leap_9999", "9999-02-29 00:00"),
                       ("february_30", "2024-02-30 00:00"),
                       ("april_31", "2024-04-31 00:00"), ("june_31", "2024-06-31 00:00"),
                       ("september_31", "2024-09-31 00:00"),
                       ("november_31", "2024-11-31 00:00"),
                       ("january_32", "2024-01-32 00:00"), ("day_00", "2024-01-00 00:00"),
                       ("month_00", "2024-00-10 00:00"), ("month_13", "2024-13-10 00:00"),
                       ("hour_24", "2024-12-31 24:00"), ("hour_25", "2024-12-31 25:00"),
                       ("minute_60", "2024-12-31 00:60"), ("minute_99", "2024-12-31 23:99"),
                       ("t_separator", "2024-12-31T18:30"),
                       ("lower_t_separator", "2024-12-31t18:30"),
                       ("with_seconds", "2024-12-31 18:30:00"),
                       ("fractional_minute", "2024-12-31 18:30.5"),
                       ("zone_z", "2024-12-31 18:30Z"),
                       ("zone_offset", "2024-12-31 18:30+01:00"),
                       ("zone_name", "2024-12-31 18:30 UTC"),
                       ("twelve_hour_clock", "2024-12-31 06:30 PM"),
                       ("unpadded_month", "2024-1-31 18:30"),
                       ("unpadded_day", "2024-12-1 18:30"),
                       ("unpadded_hour", "2024-12-31 8:30"),
                       ("unpadded_minute", "2024-12-31 18:3"),
                       ("three_digit_year", "999-12-31 18:30"),
                       ("five_digit_year", "10000-01-01 00:00"),
                       ("plus_year", "+2024-12-31 18:30"),
                       ("negative_year", "-0001-12-31 18:30"),
                       ("two_spaces", "2024-12-31  18:30"),
                       ("leading_space", " 2024-12-31 18:30"),
                       ("trailing_space", "2024-12-31 18:30 "),
                       ("tab_separator", "2024-12-31\t18:30"),
                       ("trailing_newline", "2024-12-31 18:30\n"),
                       ("date_only", "2024-12-31"), ("time_only", "18:30"),
                       ("slashes", "2024/12/31 18:30"), ("dotted_time", "2024-12-31 18.30"),
                       ("day_first", "31-12-2024 18:30"),
                       ("fullwidth_digits", "２０２４-12-31 18:30"),
                       ("letters", "YYYY-MM-DD HH:MM"), ("empty", "")):
        v.add(f"invalid_datetime_{name}", request(expiry_date=s(text)),
              [("invalid_datetime", "/expiry_date")],
              note="Exactly YYYY-MM-DD HH:MM (16 ASCII characters, one space), a real date, hour "
                   "00-23, minute 00-59; no seconds, T, zone or padding (request table).")
    for name, literal in (("number", "20241231"), ("true", "true"), ("false", "false"),
                          ("array", '["2024-12-31 18:30"]'), ("object", "{}")):
        v.add(f"type_mismatch_{name}", request(expiry_date=literal),
              [("type_mismatch", "/expiry_date")],
              note="expiry_date is a string or null; any other JSON type is type_mismatch.")
