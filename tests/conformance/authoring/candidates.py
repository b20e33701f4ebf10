"""The candidates array, its items, the name and email rules, and e-mail uniqueness."""

from .common import Group, OMIT, arr, candidate, obj, person, request, s

# A domain of exactly n octets made of labels of at most 63 letters (WHATWG labels).
def domain_of(n, letter="d"):
    labels = []
    remaining = n
    while remaining > 0:
        if labels:
            remaining -= 1  # the dot before this label
        size = min(63, remaining)
        # Never leave a lone dot with nothing after it: keep at least 2 octets for the last label.
        if 0 < remaining - size < 2:
            size -= 2
        labels.append(letter * size)
        remaining -= size
    domain = ".".join(labels)
    assert len(domain) == n, (n, len(domain))
    return domain


def build(collection):
    array(Group(collection, "request/candidates", "request"))
    names(Group(collection, "request/name", "request"))
    emails(Group(collection, "request/email", "request"))
    uniqueness(Group(collection, "request/email_uniqueness", "request"))


def many(count, replace=None):
    """count distinct valid candidates, with some positions replaced by raw JSON values."""
    replace = replace or {}
    return arr(*[replace.get(i, person(i)) for i in range(count)])


def array(v):
    v.add("valid_two", request(candidates=many(2)), note="Two distinct candidates: valid.")
    v.add("valid_500", request(candidates=many(500)),
          note="500 is the most candidates a request may carry (request table): valid.")
    v.add("too_short_empty", request(candidates="[]"), [("too_short", "/candidates")],
          note="0 items is too_short at the array's path (request table; HELPERS policy).")
    v.add("too_short_empty_with_whitespace", request(candidates="[ \n ]"),
          [("too_short", "/candidates")], note="Whitespace is not an item: still 0 items.")
    v.add("too_long_501", request(candidates=many(501)), [("too_long", "/candidates")],
          note="501 items is too_long at the array's path (request table).")
    v.add("too_long_600", request(candidates=many(600)), [("too_long", "/candidates")],
          note="600 items is too_long; only one error for the array.")
    v.add("too_long_501st_item_broken",
          request(candidates=many(501, {500: candidate(name="5", email=s("not-an-email"),
                                                       zzz="1")})),
          [("too_long", "/candidates")],
          note="Items past the 500th are neither stored nor checked: the broken 501st item adds "
               "nothing to too_long (request table).")
    v.add("too_long_501st_item_not_an_object", request(candidates=many(501, {500: "5"})),
          [("too_long", "/candidates")],
          note="Items past the 500th are not checked, not even their type.")
    v.add("too_long_501st_item_missing_fields", request(candidates=many(501, {500: "{}"})),
          [("too_long", "/candidates")],
          note="Items past the 500th are not checked: no missing_field for them.")
    v.add("too_long_501st_item_duplicate_key",
          request(candidates=many(501, {500: obj(("name", s("A")), ("name", s("B")),
                                                 ("email", s("b@example.com")))})),
          [("too_long", "/candidates")],
          note="Keys inside an item past the 500th are never reported (fine points).")
    v.add("too_long_501st_item_repeats_an_email",
          request(candidates=many(501, {500: candidate(email=s("candidate0@example.com"))})),
          [("too_long", "/candidates")],
          note="Items past the 500th are not considered for e-mail uniqueness (HELPERS policy).")
    v.add("too_long_then_item_errors",
          request(candidates=many(501, {0: candidate(name="5", email=s("candidate0@example.com")),
                                        499: candidate(name=s("Last"), email=s("bad")),
                                        500: candidate(name="5", email=s("bad"))})),
          [("too_long", "/candidates"), ("type_mismatch", "/candidates/0/name"),
           ("invalid_email", "/candidates/499/email")],
          ordered=True,
          note="The array's size error comes before its items' errors (HELPERS policy); the "
               "500th item (index 499) is checked, the 501st is not.")
    v.add("too_long_all_items_not_objects", request(candidates=arr(*["5"] * 501)),
          [("too_long", "/candidates"), ("type_mismatch", "/candidates/0"),
           ("type_mismatch", "/candidates/1")],
          max_errors=3, ordered=True,
          note="Non-object items still count as items (HELPERS policy), so 501 of them are "
               "too_long; the first 500 are each type_mismatch, and max_errors keeps the first 3.")
    v.add("item_not_an_object_counts_as_item", request(candidates=many(500, {250: "null"})),
          [("type_mismatch", "/candidates/250")],
          note="500 items, one of them null: type_mismatch at the item, and no too_short or "
               "too_long because the null still counts as an item.")
    for name, literal in (("object", obj(("name", s("Ada")), ("email", s("ada@example.com")))),
                          ("string", s("ada@example.com")), ("null", "null"), ("number", "1"),
                          ("true", "true")):
        v.add(f"type_mismatch_{name}", request(candidates=literal),
              [("type_mismatch", "/candidates")],
              note="candidates must be an array; what is inside a value of the wrong type is not "
                   "examined.")
    for name, literal in (("number", "5"), ("null", "null"), ("string", s("Ada")),
                          ("array", arr(candidate())), ("true", "true")):
        v.add(f"item_type_mismatch_{name}", request(candidates=arr(literal)),
              [("type_mismatch", "/candidates/0")],
              note="A candidate item must be an object: type_mismatch at /candidates/i, and "
                   "nothing inside it is examined (request table).")
    v.add("item_type_mismatch_between_valid_items",
          request(candidates=arr(person(0), "42", person(2))),
          [("type_mismatch", "/candidates/1")],
          note="Only the offending item is reported, at its own index.")
    v.add("item_empty_object", request(candidates=arr("{}")),
          [("missing_field", "/candidates/0/name"), ("missing_field", "/candidates/0/email")],
          note="Both candidate fields are required.")
    v.add("item_missing_name", request(candidates=arr(obj(("email", s("ada@example.com"))))),
          [("missing_field", "/candidates/0/name")], note="name (or candidate_name) is required.")
    v.add("item_missing_email", request(candidates=arr(obj(("name", s("Ada"))))),
          [("missing_field", "/candidates/0/email")],
          note="email (or candidate_email) is required.")
    v.add("second_item_missing_email_after_aliases",
          request(candidates=arr(obj(("candidate_name", s("Ada")),
                                     ("candidate_email", s("ada@example.com"))),
                                 obj(("candidate_name", s("Grace"))))),
          [("missing_field", "/candidates/1/email")],
          note="A missing field's path uses its canonical name even when the item and its "
               "siblings use the alias (Rules for every document).")
    v.add("item_missing_name_alias_email_given",
          request(candidates=arr(obj(("candidate_email", s("ada@example.com"))))),
          [("missing_field", "/candidates/0/name")],
          note="The missing field is named canonically: /candidates/0/name.")


def names(v):
    for name, literal in (("ascii", s("Ada Lovelace")), ("single_letter", s("A")),
                          ("accented", s("José Müller")), ("cjk", s("山田太郎")),
                          ("emoji", s("Ada 😀")),
                          ("escaped_surrogate_pair", r'"Ada \ud83d\ude00"'),
                          ("escaped_quote_and_backslash", r'"Ada \"The Countess\" \\ L"'),
                          ("leading_and_trailing_spaces", s("  Ada  ")),
                          ("space_and_letter", s(" a")),
                          ("no_break_space_only", r'"\u00a0"'),
                          ("ideographic_space_only", s("\u3000")),
                          ("u0080", r'"\u0080"'), ("u0085", r'"\u0085"'), ("u009f", r'"\u009f"'),
                          ("line_separator", r'"\u2028"'), ("byte_order_mark_inside", r'"\ufeffAda"'),
                          ("ascii_255", s("a" * 255)), ("two_byte_255", s("é" * 255)),
                          ("three_byte_255", s("€" * 255)), ("four_byte_255", s("😀" * 255)),
                          ("two_byte_128_is_256_octets", s("é" * 128)),
                          ("escaped_pair_is_one_code_point",
                           s("a" * 254)[:-1] + r'\ud83d\ude00"')):
        v.add(f"valid_{name}", request(candidates=arr(candidate(name=literal))),
              note="Not empty, not only U+0020, at most 255 code points (not octets), no "
                   "U+0000-U+001F or U+007F: valid (candidate table; fine points).")
    for name, literal in (("empty", '""'), ("one_space", '" "'), ("spaces", s(" " * 5)),
                          ("escaped_spaces", r'"\u0020\u0020"')):
        v.add(f"too_short_{name}", request(candidates=arr(candidate(name=literal))),
              [("too_short", "/candidates/0/name")],
              note="Empty or only spaces (U+0020) is too_short (candidate table; HELPERS policy).")
    for name, literal in (("ascii_256", s("a" * 256)), ("two_byte_256", s("é" * 256)),
                          ("four_byte_256", s("😀" * 256)),
                          ("escaped_pair_is_256th_code_point",
                           s("a" * 255)[:-1] + r'\ud83d\ude00"')):
        v.add(f"too_long_{name}", request(candidates=arr(candidate(name=literal))),
              [("too_long", "/candidates/0/name")],
              note="256 code points is one more than 255 (candidate table).")
    v.add("too_short_and_too_long_300_spaces",
          request(candidates=arr(candidate(name=s(" " * 300)))),
          [("too_short", "/candidates/0/name"), ("too_long", "/candidates/0/name")],
          note="Only spaces and more than 255 code points: one error per rule broken (HELPERS "
               "policy; fine points).")
    for name, literal in (("tab_alone", r'"\t"'), ("spaces_around_tab", r'" \t "'),
                          ("nul", r'"Ada\u0000"'), ("unit_separator", r'"\u001f"'),
                          ("escape", r'"\u001b[31mAda"'), ("delete_escaped", r'"Ada\u007f"'),
                          ("delete_raw", '"Ada\x7f"'), ("newline", r'"Ada\nLovelace"'),
                          ("carriage_return", r'"Ada\r"'), ("trailing_newline", r'"Ada\n"')):
        v.add(f"invalid_characters_{name}", request(candidates=arr(candidate(name=literal))),
              [("invalid_characters", "/candidates/0/name")],
              note="Control characters are exactly U+0000-U+001F and U+007F; a tab is not a space, "
                   "so \"\\t\" and \" \\t \" are invalid_characters alone, not too_short (fine "
                   "points).")
    v.add("too_long_and_invalid_characters_300_with_tab",
          request(candidates=arr(candidate(name=s("a" * 150 + "\t" + "a" * 149)))),
          [("too_long", "/candidates/0/name"), ("invalid_characters", "/candidates/0/name")],
          note="300 code points with a tab: too_long and invalid_characters (fine points).")
    v.add("too_long_and_invalid_characters_256_with_delete",
          request(candidates=arr(candidate(name=s("a" * 255 + "\u007f")))),
          [("too_long", "/candidates/0/name"), ("invalid_characters", "/candidates/0/name")],
          note="U+007F counts as a code point and is a control character: both rules broken.")
    for name, literal in (("number", "5"), ("null", "null"), ("true", "true"),
                          ("array", '["Ada"]'), ("empty_array", "[]"),
                          ("object", '{"first":"Ada"}')):
        v.add(f"type_mismatch_{name}", request(candidates=arr(candidate(name=literal))),
              [("type_mismatch", "/candidates/0/name")],
              note="name must be a string; a wrong JSON type is always type_mismatch. Decision "
                   "where docs/contract.md is open: the value of a field with the wrong type is not "
                   "examined further, so keys inside it are never reported.")
    alias = (("type_mismatch", "5"), ("too_short", '""'), ("too_long", s("b" * 256)),
             ("invalid_characters", r'"\t"'))
    for code, literal in alias:
        v.add(f"alias_{code}",
              request(candidates=arr(obj(("candidate_name", literal),
                                         ("email", s("ada@example.com"))))),
              [(code, "/candidates/0/candidate_name")],
              note="The alias carries the same rules; the path is the key as spelled "
                   "(Rules for every document).")
    v.add("too_long_100000", request(candidates=arr(candidate(name=s("n" * 100000)))),
          [("too_long", "/candidates/0/name")],
          note="No size but max_bytes bounds a string; a very long name is simply too_long.")
    v.add("second_item_too_long",
          request(candidates=arr(person(0), candidate(name=s("x" * 256)))),
          [("too_long", "/candidates/1/name")], note="The path names the item's index.")


def emails(v):
    local_64 = "l" * 64
    valid = (("simple", "ada@example.com"), ("single_label_domain", "a@b"),
             ("upper_case", "ADA@EXAMPLE.COM"), ("plus_tag", "ada+invite@example.com"),
             ("every_special_character", "!#$%&'*+/=?^_`{|}~-@example.com"),
             ("leading_dot", ".ada@example.com"), ("trailing_dot_in_local", "ada.@example.com"),
             ("double_dot_in_local", "a..b@example.com"), ("digits_domain", "a@1.2.3.4"),
             ("hyphen_in_label", "a@ex-ample.com"), ("punycode", "a@xn--bcher-kva.example"),
             ("label_63", "a@" + "x" * 63 + ".com"), ("local_64", local_64 + "@example.com"),
             ("whole_254", local_64 + "@" + domain_of(189)),
             ("whole_254_short_local", "a@" + domain_of(252)))
    for name, text in valid:
        v.add(f"valid_{name}", request(candidates=arr(candidate(email=s(text)))),
              note="A valid e-mail address per WHATWG HTML (any of a-zA-Z0-9.!#$%&'*+/=?^_`{|}~- "
                   "before @; labels of letters, digits and inner hyphens, 1-63 long), local "
                   "part <= 64 octets, whole <= 254 octets (candidate table).")
    v.add("valid_escaped_at", request(candidates=arr(candidate(email=r'"ada\u0040example.com"'))),
          note="String rules apply to the decoded value: \\u0040 is '@'.")
    v.add("valid_escaped_solidus", request(candidates=arr(candidate(email=r'"a\/b@example.com"'))),
          note="\\/ decodes to '/', which WHATWG allows in the local part.")
    invalid = (("empty", ""), ("no_at", "ada.example.com"), ("two_ats", "a@b@example.com"),
               ("empty_local", "@example.com"), ("empty_domain", "ada@"), ("only_at", "@"),
               ("domain_leading_dot", "a@.example.com"), ("domain_trailing_dot", "a@example.com."),
               ("domain_double_dot", "a@example..com"),
               ("label_leading_hyphen", "a@-example.com"),
               ("label_trailing_hyphen", "a@example-.com"), ("underscore_in_domain", "a@ex_ample.com"),
               ("label_64", "a@" + "x" * 64 + ".com"),
               ("local_65", "l" * 65 + "@example.com"),
               ("whole_255", local_64 + "@" + domain_of(190)),
               ("whole_255_short_local", "a@" + domain_of(253)),
               ("space_in_local", "ada lovelace@example.com"), ("leading_space", " ada@example.com"),
               ("trailing_space", "ada@example.com "), ("space_in_domain", "ada@exam ple.com"),
               ("quoted_local", '"ada"@example.com'), ("ip_literal", "ada@[127.0.0.1]"),
               ("non_ascii_local", "josé@example.com"), ("non_ascii_domain", "a@bücher.de"),
               ("parentheses", "a(b)@example.com"), ("comma", "a,b@example.com"),
               ("semicolon", "a;b@example.com"), ("colon", "a:b@example.com"),
               ("backslash", "a\\b@example.com"), ("square_brackets", "a[b]@example.com"),
               ("angle_brackets", "<ada@example.com>"),
               ("display_name", "Ada <ada@example.com>"),
               ("trailing_newline", "ada@example.com\n"), ("nul", "ada@example.com\u0000"),
               ("tab", "ada\t@example.com"))
    for name, text in invalid:
        v.add(f"invalid_email_{name}", request(candidates=arr(candidate(email=s(text)))),
              [("invalid_email", "/candidates/0/email")],
              note="Not a valid e-mail address per WHATWG HTML, or over 64 octets before @ or "
                   "254 in all (candidate table).")
    for name, literal in (("number", "5"), ("null", "null"), ("true", "true"),
                          ("array", '["ada@example.com"]'), ("object", "{}")):
        v.add(f"type_mismatch_{name}", request(candidates=arr(candidate(email=literal))),
              [("type_mismatch", "/candidates/0/email")],
              note="email must be a string; a wrong JSON type is always type_mismatch.")
    v.add("alias_invalid_email",
          request(candidates=arr(obj(("name", s("Ada")), ("candidate_email", s("ada"))))),
          [("invalid_email", "/candidates/0/candidate_email")],
          note="The alias carries the same rule; the path is the key as spelled.")
    v.add("alias_type_mismatch",
          request(candidates=arr(obj(("name", s("Ada")), ("candidate_email", "null")))),
          [("type_mismatch", "/candidates/0/candidate_email")],
          note="null is absent only for expiry_date; here it is type_mismatch at the alias.")


def uniqueness(v):
    def pair(first, second, **kw):
        return request(candidates=arr(candidate(name=s("First"), email=first),
                                      candidate(name=s("Second"), email=second)), **kw)

    v.add("same_address_twice", pair(s("ada@example.com"), s("ada@example.com")),
          [("duplicate_value", "/candidates/1/email")],
          note="E-mails are unique within a request; duplicate_value at the later occurrence.")
    v.add("differs_only_in_case", pair(s("Ada@Example.com"), s("aDA@eXAMPLE.COM")),
          [("duplicate_value", "/candidates/1/email")],
          note="Uniqueness is ASCII-case-insensitive, local part included (candidate table).")
    v.add("escaped_spelling", pair(s("ada@example.com"), r'"\u0061da@example.com"'),
          [("duplicate_value", "/candidates/1/email")],
          note="Compared after decoding: \\u0061 is 'a'.")
    v.add("three_times",
          request(candidates=arr(person(0), candidate(name=s("B"), email=s("candidate0@example.com")),
                                 candidate(name=s("C"), email=s("CANDIDATE0@example.com")))),
          [("duplicate_value", "/candidates/1/email"), ("duplicate_value", "/candidates/2/email")],
          note="Every later occurrence is reported at its own path.")
    v.add("not_adjacent",
          request(candidates=arr(person(0), person(1),
                                 candidate(name=s("C"), email=s("candidate0@example.com")))),
          [("duplicate_value", "/candidates/2/email")],
          note="Uniqueness spans the whole array, not neighbours.")
    v.add("alias_then_canonical",
          request(candidates=arr(obj(("name", s("A")), ("candidate_email", s("ada@example.com"))),
                                 obj(("name", s("B")), ("email", s("ada@example.com"))))),
          [("duplicate_value", "/candidates/1/email")],
          note="Values compare whatever name carries them; the path is the later key as spelled.")
    v.add("canonical_then_alias",
          request(candidates=arr(obj(("name", s("A")), ("email", s("ada@example.com"))),
                                 obj(("name", s("B")), ("candidate_email", s("ada@example.com"))))),
          [("duplicate_value", "/candidates/1/candidate_email")],
          note="The path is the later key as spelled: the alias.")
    v.add("invalid_addresses_are_not_compared", pair(s("ada"), s("ada")),
          [("invalid_email", "/candidates/0/email"), ("invalid_email", "/candidates/1/email")],
          note="Uniqueness is judged among valid e-mails only (fine points): no duplicate_value.")
    long_local = "l" * 65 + "@example.com"
    v.add("over_long_addresses_are_not_compared", pair(s(long_local), s(long_local)),
          [("invalid_email", "/candidates/0/email"), ("invalid_email", "/candidates/1/email")],
          note="A local part of 65 octets makes the address invalid, so it takes no part in "
               "uniqueness.")
    v.add("invalid_twin_does_not_count", pair(s("ada@example.com "), s("ada@example.com")),
          [("invalid_email", "/candidates/0/email")],
          note="The first is invalid (trailing space), so the second has no valid twin.")
    v.add("first_item_has_other_errors",
          request(candidates=arr(obj(("email", s("ada@example.com"))),
                                 candidate(name=s("B"), email=s("ADA@example.com")))),
          [("missing_field", "/candidates/0/name"), ("duplicate_value", "/candidates/1/email")],
          ordered=True,
          note="The first item's valid e-mail counts although the item lacks a name; errors in "
               "document order.")
    v.add("duplicate_reported_in_document_order",
          request(candidates=arr(candidate(name=s("A"), email=s("ada@example.com")),
                                 obj(("email", s("ADA@EXAMPLE.COM")), ("name", "5")))),
          [("duplicate_value", "/candidates/1/email"), ("type_mismatch", "/candidates/1/name")],
          ordered=True,
          note="duplicate_value belongs to the later e-mail's position: before the name that "
               "follows it in the same item (errors come in document order).")
    v.add("ignored_alias_value_is_not_compared",
          request(candidates=arr(obj(("name", s("A")), ("email", s("ada@example.com")),
                                     ("candidate_email", s("grace@example.com"))),
                                 candidate(name=s("B"), email=s("grace@example.com")))),
          [("alias_conflict", "/candidates/0/candidate_email")],
          note="Under both names the first is used and the later ignored (fine points), so "
               "grace@example.com occurs once.")
    v.add("ignored_duplicate_field_value_is_not_compared",
          request(candidates=arr(obj(("name", s("A")), ("email", s("ada@example.com")),
                                     ("email", s("grace@example.com"))),
                                 candidate(name=s("B"), email=s("grace@example.com")))),
          [("duplicate_field", "/candidates/0/email")],
          note="The second email key is ignored beyond its duplicate_field (fine points).")
    v.add("escaped_alias_key_path",
          request(candidates=arr(person(0), obj(("name", s("B")), (r"candidate\u005femail",
                                                                   s("candidate0@example.com"))))),
          [("duplicate_value", "/candidates/1/candidate_email")],
          note="The path is the later key, decoded: candidate_email.")
    v.add("same_names_are_fine",
          request(candidates=arr(candidate(name=s("Ada"), email=s("a1@example.com")),
                                 candidate(name=s("Ada"), email=s("a2@example.com")))),
          note="Only e-mails must be unique; names may repeat: valid.")
    v.add("dots_make_different_addresses", pair(s("a.b@example.com"), s("ab@example.com")),
          note="Addresses are compared as strings (case aside); no dot folding: valid.")
    v.add("earlier_valid_twin_after_invalid_ones",
          request(candidates=arr(candidate(name=s("A"), email=s("ada@")),
                                 candidate(name=s("B"), email=s("ada@")),
                                 candidate(name=s("C"), email=s("a@x.io")),
                                 obj(("name", s("D")), ("candidate_email", s("A@X.IO"))))),
          [("invalid_email", "/candidates/0/email"), ("invalid_email", "/candidates/1/email"),
           ("duplicate_value", "/candidates/3/candidate_email")],
          ordered=True,
          note="The example of docs/contract.md section 6: the invalid twins take no part, and "
               "the later a@x.io repeats the third item, not the first.")
    v.add("first_valid_occurrence_is_the_earlier_one",
          request(candidates=arr(candidate(name=s("A"), email=s("ada@example.com ")),
                                 candidate(name=s("B"), email=s("ada@example.com")),
                                 candidate(name=s("C"), email=s("ADA@example.com")))),
          [("invalid_email", "/candidates/0/email"), ("duplicate_value", "/candidates/2/email")],
          ordered=True,
          note="The first item's address is invalid (trailing space), so the third repeats the "
               "second: the earlier valid one.")
    v.add("500th_repeats_the_first", request(candidates=many(500, {499: candidate(
              name=s("Last"), email=s("Candidate0@Example.com"))})),
          [("duplicate_value", "/candidates/499/email")],
          note="The 500th item is within the limit and is compared with the first.")
