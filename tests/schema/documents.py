"""The documents check_agreement.py feeds the library and the validators.

- The conformance vectors, listed in differences.json when JSON Schema cannot agree with them.
- Single cases: a valid document of each type with one member's value replaced by an edge case of
  its type, format or rules (every integer width's bounds and one past them, float and double
  bounds, overflow and underflow, each RFC 3339 precision, leap seconds, offsets, years 0000, 9999
  and a Duration's limits, enum case, text lengths, e-mail and URL shapes...), and a few cases of
  objects and arrays (missing, unknown, aliased and repeated keys, item counts).
- Mixtures: documents whose every member is drawn at random from its single cases.

A case that JSON Schema cannot agree with names the category of differences.json that says why.
Numbers are worked out here exactly (fractions), apart from the library: what a float or double
member reads a number as, and where its bounds fall.
"""
import dataclasses
import json
import pathlib
import random
import struct
from fractions import Fraction
from typing import Optional


@dataclasses.dataclass
class Document:
    name: str
    type: str
    text: bytes
    label: Optional[str] = None
    allow: bool = False
    max_bytes: int = 1 << 20
    generated: bool = True
    expected_valid: Optional[bool] = None

    def shown(self):
        text = self.text.decode("utf-8", "replace")
        return text if len(text) <= 300 else text[:300] + "..."


def conformance_vectors(root, listed):
    docs = []
    for expectation_path in sorted(root.rglob("*.expect.json")):
        name = expectation_path.relative_to(root).as_posix()[: -len(".expect.json")]
        expectation = json.loads(expectation_path.read_text(encoding="utf-8"))
        options = expectation.get("options", {})
        docs.append(Document(
            name=name, type=expectation["kind"],
            text=expectation_path.with_name(expectation_path.name.replace(".expect.json", ".json")).read_bytes(),
            label=listed.get(name), allow=options.get("allow_unknown_fields", False),
            max_bytes=options.get("max_bytes", 1 << 20), generated=False, expected_valid=expectation["valid"]))
    unknown = set(listed) - {doc.name for doc in docs}
    assert not unknown, f"differences.json lists vectors that do not exist: {sorted(unknown)}"
    return docs


# ---------------------------------------------------------------------------------------------
# Binary floating point, exactly.

@dataclasses.dataclass(frozen=True)
class Binary:
    name: str
    digits: int      # significand bits, the hidden one included
    min_exponent: int
    max_exponent: int

    @property
    def largest(self):
        return (2 - Fraction(2) ** (1 - self.digits)) * Fraction(2) ** self.max_exponent

    @property
    def smallest(self):
        return Fraction(2) ** (self.min_exponent - self.digits + 1)

    def step(self, magnitude):
        """The distance between neighbours at a magnitude (not above the largest)."""
        exponent = self.min_exponent
        if magnitude > 0:
            exponent = magnitude.numerator.bit_length() - magnitude.denominator.bit_length()
            if Fraction(2) ** exponent > magnitude:
                exponent -= 1
            exponent = min(max(exponent, self.min_exponent), self.max_exponent)
        return Fraction(2) ** (exponent - self.digits + 1)

    def round(self, x):
        """x rounded to nearest, ties to even; None where it overflows."""
        if x == 0:
            return Fraction(0)
        step = self.step(abs(x))
        whole, rest = divmod(abs(x) / step, 1)
        if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and whole % 2 == 1):
            whole += 1
        magnitude = whole * step
        if magnitude > self.largest:
            return None
        return magnitude if x > 0 else -magnitude

    def is_even(self, value):
        return (abs(value) / self.step(abs(value))) % 2 == 0

    def next_up(self, value):
        """The next value up, None past the largest."""
        if value < 0:
            return -self.next_down(-value)
        return value + self.step(value) if value != self.largest else None

    def next_down(self, value):
        """The next value down, None past the lowest."""
        if value <= 0:
            up = self.next_up(-value)
            return None if up is None else -up
        below = value - self.step(value)
        # At a power of two the step below is half the step above.
        return below if self.step(below) == self.step(value) or below == 0 else value - self.step(below)


FLOAT = Binary("float", 24, -126, 127)
DOUBLE = Binary("double", 53, -1022, 1023)


def decimal(x):
    """The exact decimal text of x, a fraction whose denominator divides a power of ten."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    places = 0
    while (x * 10 ** places).denominator != 1:
        places += 1
        assert places < 2000, x
    digits = str((x * 10 ** places).numerator)
    if places == 0:
        return sign + digits
    return f"{sign}{digits[0]}{'.' + digits[1:] if len(digits) > 1 else ''}e{len(digits) - 1 - places}"


def nudged(x, direction):
    """A decimal text a hair from x (far less than any double's step there), above (+1) or below (-1)."""
    places = 0
    while (x * 10 ** places).denominator != 1:
        places += 1
    digits = len(str(abs((x * 10 ** places).numerator)))
    return decimal(x + direction * Fraction(1, 10 ** (places + 3)) * Fraction(10) ** max(0, digits - places - 20))


def double_reads(x):
    """x as a validator reading binary64 doubles holds it: None for infinity."""
    return DOUBLE.round(x)


# ---------------------------------------------------------------------------------------------
# Edge cases of each kind of member, as (JSON text, category or None).

def integer_cases(low, high):
    cases = []
    for value in sorted({low - 1, low, low + 1, -1, 0, 1, high - 1, high, high + 1, 2 * high + 5, -2 * abs(low) - 5}):
        inside = low <= value <= high
        as_doubles = double_reads(Fraction(low)) <= double_reads(Fraction(value)) <= double_reads(Fraction(high))
        cases.append((str(value), None if inside == as_doubles else "numbers-as-doubles"))
    cases.append(("-0", None))
    # Integral numbers spelled with a fraction or an exponent: integers to JSON Schema when in range.
    for text, value in (("1.0", 1), ("-0.0", 0), ("1e0", 1), ("1E2", 100), ("2e+1", 20), ("1.5", None), ("1e-1", None),
                        (f"{high}.0", high), ("1e400", 10 ** 400)):
        integral_in_range = value is not None and low <= value <= high
        cases.append((text, "integral-number" if integral_in_range else None))
    cases += [('"1"', None), ("null", None), ("true", None), ("[1]", None), ("{}", None), ("100000000000000000000000000", None)]
    return cases


def floating_cases(kind, low=None, high=None):
    """A float or double member bounded by its type and by [low, high], values of the member
    (the rule compares the value as read: a double bound, a float value)."""
    largest = kind.largest
    low = -largest if low is None else low
    high = largest if high is None else high
    cases = [("0", None), ("-0", None), ("0.0", None), ("-0e10", None), ("0e-999", None), ('"1"', None), ("null", None),
             ("1e400", None), ("-1e400", None)]

    def bound_cases(bound, upper):
        """Around the number halfway between the last value the bound lets through and the next."""
        held = kind.round(bound)
        if held is None:
            held = largest if bound > 0 else -largest
        if (held > bound) if upper else (held < bound):
            held = kind.next_down(held) if upper else kind.next_up(held)
        if held == 0:
            return []  # the cases around zero below say it all
        beyond = kind.next_up(held) if upper else kind.next_down(held)
        if beyond is None:  # past the largest: where rounding starts to overflow
            halfway = held + (kind.step(largest) / 2 if upper else -kind.step(largest) / 2)
        else:
            halfway = (held + beyond) / 2
        # Rounding to even brings the halfway point back to the held value when that is even.
        inclusive = beyond is not None and kind.is_even(held)
        outward = 1 if upper else -1
        out = [(decimal(held), None), (decimal(halfway), None)]
        for text, reads_as_held in ((nudged(halfway, outward), False), (nudged(halfway, -outward), True)):
            label = None
            if kind is FLOAT and reads_as_held != inclusive:
                # A double holds every float's halfway point: a validator reading doubles reads a
                # number a hair from it as the point itself, and judges it as the bound says.
                label = "numbers-as-doubles"
            if kind is DOUBLE and beyond is None and reads_as_held:
                label = "beyond-largest-double"  # the schema states the largest double
            out.append((text, label))
        if kind is DOUBLE and beyond is None:
            out.append((decimal(held + outward), "beyond-largest-double"))
        return out

    cases += bound_cases(high, True) + bound_cases(low, False)
    if kind is DOUBLE and high == largest:
        cases += [("1.7976931348623157e308", None), ("1.7976931348623158e308", "beyond-largest-double"),
                  ("1.7976931348623159e308", None), ("-1.7976931348623158e308", "beyond-largest-double")]
    # Numbers that round to zero are beyond the type: around half the smallest value.
    if low <= 0 <= high:
        edge = kind.smallest / 2
        for sign in (1, -1):
            at, above, below = sign * edge, nudged(sign * edge, sign), nudged(sign * edge, -sign)
            if kind is FLOAT:
                cases += [(decimal(at), None), (above, "numbers-as-doubles"), (below, None)]
            else:
                cases += [(decimal(at), "numbers-as-doubles"), (above, None), (below, "numbers-as-doubles")]
            cases.append((decimal(sign * kind.smallest), None))
            cases.append(("1e-400" if sign > 0 else "-1e-400", "numbers-as-doubles"))
            cases.append(("1e-50" if sign > 0 else "-1e-50", None))
    # Ordinary values inside the range.
    for value in (Fraction(1, 2), Fraction(-1, 4), Fraction(3, 1000), Fraction(1, 10)):
        if low <= value <= high:
            cases.append((decimal(value) if value.denominator > 1 else str(value), None))
    return cases


def string(text):
    return json.dumps(text)


def string_cases(samples):
    return [(string(sample), None) for sample in samples]


TEXTS = ["", " ", "  ", "a", "Ad", "Ada", " a", "a ", "Adaaa", "Adaaaa", "\t", "a\tb", "a\u0000", "a\u001f", "a\u007f",
         "a\u0080", "\u00a0\u00a0", "éé", "ééééé", "éééééé", "😀", "😀😀😀😀😀", "😀😀😀😀😀😀", "a\u2028", "a\n", "A\u0301a"]

EMAILS = ["a@b", "a.b@c.d", ".a.@b", "a..b@c", "!#$%&'*+/=?^_`{|}~-@x.io", "l" * 64 + "@x.io", "l" * 65 + "@x.io",
          "a@" + "d" * 63 + ".io", "a@" + "d" * 64 + ".io", "a@-x.io", "a@x-.io", "a@x..io", "a@.x", "a@x.", "a b@x",
          "a@x y", '"a"@x', "a@[1.2.3.4]", "é@x", "a@é", "@x", "a@", "a@b@c", "", "a@x.io\n", "\na@x.io",
          "A-Z_09@Sub-1.Example", "a@" + ".".join(["d" * 63] * 3) + "." + "d" * 60,
          "a@" + ".".join(["d" * 63] * 3) + "." + "d" * 61, "l" * 64 + "@" + ".".join(["d" * 63] * 3)[:189],
          "l" * 64 + "@" + ".".join(["d" * 63] * 3)[:190], "ada@example.com", "ADA@EXAMPLE.COM", "a@1", "a@x_y.io"]

LINKS = ["http://x", "HTTPS://X.IO/a?b#c", "https://u:p@h:1/p", "https://a@b@c/", "https://user@/x", "https://:443",
         "https://", "https:///x", "https:x.io", "https://?q", "https://#f", "https://\\x.io", "ftp://x", "http:/x",
         "https://x.io/a b", "https://x.io/\u007f", "https://x.io/é", "https://[::1]:8080/", "httpss://x", " http://x",
         "https://x.io/" + "a" * 27, "https://x.io/" + "a" * 28, "http://x\t", "HtTp://x", "https://x.io/\\", ""]


def rfc3339_cases(digits, extra_listed=()):
    """An RFC 3339 member holding `digits` fraction digits (0 for whole seconds)."""
    cases = []
    base = "2026-03-01T10:00:00"
    for count in range(0, 13):
        for fraction in ("1" * count, "0" * count, "5" + "0" * max(0, count - 1), "0" * max(0, count - 1) + "5"):
            text = f"{base}.{fraction}Z" if count else f"{base}Z"
            cases.append(string(text))
    cases += [string(f"{base}.Z"), string(f"{base},5Z"), string(f"{base}.123456789012345678901234567890Z"),
              string(f"{base}.{'0' * 40}Z"), string(f"{base}.{'0' * digits}{'0' * 30}1Z")]
    for text in ("2026-03-01T23:59:60Z", "2026-12-31T23:59:60Z", "2016-12-31T23:59:60Z", "2026-03-01T23:59:59Z",
                 "2026-03-01t10:00:00z", "2026-03-01T10:00:00+23:59", "2026-03-01T10:00:00-23:59", "2026-03-01T10:00:00+24:00",
                 "2026-03-01T10:00:00-00:00", "2026-03-01T10:00:00+05:30", "2026-03-01T10:00:00+0530", "2026-03-01T10:00:00+05",
                 "2026-03-01T10:00:00+05:60", "2026-03-01T10:00:00", "2026-03-01 10:00:00Z", "2026-03-01T10:00Z",
                 "2026-03-01T24:00:00Z", "2026-03-01T10:60:00Z", "2026-02-29T10:00:00Z", "2024-02-29T10:00:00Z",
                 "1900-02-29T10:00:00Z", "2000-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z",
                 "2026-3-01T10:00:00Z", "20260301T100000Z", " 2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z ",
                 "2026-03-01T10:00:00Z\n", "+2026-03-01T10:00:00Z", "10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z",
                 "２026-03-01T10:00:00Z"):
            cases.append(string(text))
    return [(case, None) for case in cases] + [(string(text), label) for text, label in extra_listed]


# The first and last years: the limit is UTC 0000-01-01T00:00:00 and 9999-12-31T23:59:59.999999999, or the
# Duration's, and the schema states years only.
EVERY_DURATION_YEAR_EDGES = [
    ("0000-01-01T00:00:00Z", None), ("0000-01-01T00:00:00-00:01", None), ("0000-01-01T00:00:00+00:01", "rfc3339-year-edges"),
    ("0000-01-01T23:58:59+23:59", "rfc3339-year-edges"), ("0000-01-01T23:59:00+23:59", None),
    ("9999-12-31T23:59:59Z", None), ("9999-12-31T23:59:59+00:01", None), ("9999-12-31T23:59:59-00:01", "rfc3339-year-edges"),
    ("9999-12-31T00:01:00-23:59", "rfc3339-year-edges"), ("9999-12-31T00:00:59-23:59", None)]


def fraction_edges(digits):
    nines = "9" * digits
    return [(f"9999-12-31T23:59:59.{nines}Z", None), (f"9999-12-31T23:59:59.{nines}+00:01", None),
            (f"9999-12-31T23:59:59.{nines}-00:01", "rfc3339-year-edges")] + EVERY_DURATION_YEAR_EDGES


NANOSECOND_EDGES = [
    ("1677-09-21T00:12:43.145224192Z", None), ("1677-09-21T00:12:43.145224191Z", "rfc3339-year-edges"),
    ("1677-09-21T00:12:43.145224192+00:01", "rfc3339-year-edges"), ("1677-09-21T00:12:43.145224192-00:01", None),
    ("1677-01-01T00:00:00Z", "rfc3339-year-edges"), ("1677-12-31T23:59:59Z", None), ("1676-12-31T23:59:59-23:59", None),
    ("1678-01-01T00:00:00+23:59", None), ("2262-04-11T23:47:16.854775807Z", None),
    ("2262-04-11T23:47:16.854775808Z", "rfc3339-year-edges"), ("2262-04-11T23:47:17Z", "rfc3339-year-edges"),
    ("2262-04-11T23:47:16.854775807+00:01", None), ("2262-04-11T23:47:16.854775807-00:01", "rfc3339-year-edges"),
    ("2262-12-31T23:59:59Z", "rfc3339-year-edges"), ("2262-01-01T00:00:00Z", None), ("2263-01-01T00:00:00+23:59", None),
    ("2261-12-31T23:59:59.999999999-23:59", None), ("0000-01-01T00:00:00Z", None), ("9999-12-31T23:59:59Z", None),
    ("1970-01-01T00:00:00Z", None), ("1969-12-31T23:59:59.999999999Z", None)]

MINUTE_EDGES = [("2026-03-01T10:00:00Z", None), ("2026-03-01T10:00:30Z", None), ("2026-03-01T10:00:00.0Z", None),
                ("2026-03-01T10:00:00.5Z", None), ("2026-03-01T10:00:00+05:30", None), ("2026-03-01T10:00:59-00:01", None)]

DAY_EDGES = [("2026-03-01T00:00:00Z", None), ("2026-03-01T05:30:00+05:30", None), ("2026-02-28T18:30:00-05:30", None),
             ("2026-03-01T10:00:00Z", "rfc3339-ticks"), ("2026-03-01T00:00:00+05:30", "rfc3339-ticks"),
             ("2026-03-01T00:00:30Z", None), ("2026-03-01T00:00:00.000Z", None), ("2026-03-01T00:00:00.001Z", None),
             ("0000-01-01T00:00:00Z", None), ("9999-12-31T00:00:00Z", None), ("9999-12-31T00:00:00-00:01", "rfc3339-ticks")]

QUARTER_EDGES = [("2026-03-01T10:00:00.25Z", None), ("2026-03-01T10:00:00.5Z", None), ("2026-03-01T10:00:00.75Z", None),
                 ("2026-03-01T10:00:00.750Z", None), ("2026-03-01T10:00:00.1Z", "rfc3339-ticks"),
                 ("2026-03-01T10:00:00.2Z", "rfc3339-ticks"), ("2026-03-01T10:00:00.05Z", "rfc3339-ticks"),
                 ("2026-03-01T10:00:00.125Z", None), ("2026-03-01T10:00:00.00Z", None)]


def minute_cases():
    texts = ["2026-03-01 10:00", "2024-02-29 23:59", "1900-02-29 00:00", "2000-02-29 00:00", "0000-02-29 00:00",
             "0000-01-01 00:00", "9999-12-31 23:59", "2026-03-01T10:00", "2026-03-01 24:00", "2026-03-01 23:60",
             "2026-03-01 10:00\n", "2026-03-01 10:00:00", "2026-03-01  10:00", "2026-3-01 10:00", "26-03-01 10:00",
             "2026-03-01 10:00Z", "", "2026-02-30 10:00", "2026-04-31 10:00", "2026-12-31 10:00", "10000-01-01 00:00"]
    return string_cases(texts) + [("null", None), ("20260301", None)]


def enum_cases():
    return string_cases(["red", "green", "blue_green", "Red", "RED", "blue-green", "", " red", "red ", "blue_Green"]) + [
        ('"\\u0072ed"', None), ("0", None), ("null", None), ('["red"]', None)]


# ---------------------------------------------------------------------------------------------
# Documents.

def document(members):
    return ("{" + ",".join(f"{json.dumps(key)}:{value}" for key, value in members) + "}").encode("utf-8")


EVERY_MEMBER_BASE = [
    ("i8", "0"), ("u8", "0"), ("i16", "0"), ("u16", "0"), ("i32", "0"), ("u32", "0"), ("i64", "0"), ("u64", "0"),
    ("f32", "0.5"), ("f64", "0.5"), ("flag", "true"), ("hue", '"red"'),
    ("at_seconds", '"2026-03-01T10:00:00Z"'), ("at_milliseconds", '"2026-03-01T10:00:00.250Z"'),
    ("at_microseconds", '"2026-03-01T10:00:00.123456Z"'), ("at_nanoseconds", '"2026-03-01T10:00:00.123456789Z"'),
    ("at_minutes", '"2026-03-01T10:00:00Z"'), ("on_day", '"2026-03-01T00:00:00Z"'), ("at_quarter", '"2026-03-01T10:00:00.75Z"'),
    ("local_minute", '"2026-03-01 10:00"'), ("text", '"hello"'), ("small_range", "1"), ("positive", "1"),
    ("unit_float", "0.05"), ("half_double", "0.25"), ("name", '"Ada"'), ("email", '"ada@example.com"'),
    ("link", '"https://x.io/a"'), ("maybe", "3"), ("maybe_time", "null"), ("numbers", "[1]"), ("hues", '["red"]'),
    ("gaps", "[null,0.5]"), ("nested", '{"label":"a"}'), ("parts", '[{"label":"a","count":1},{"tag":"b"}]')]

INTEGER_WIDTHS = {"i8": (-2 ** 7, 2 ** 7 - 1), "u8": (0, 2 ** 8 - 1), "i16": (-2 ** 15, 2 ** 15 - 1), "u16": (0, 2 ** 16 - 1),
                  "i32": (-2 ** 31, 2 ** 31 - 1), "u32": (0, 2 ** 32 - 1), "i64": (-2 ** 63, 2 ** 63 - 1), "u64": (0, 2 ** 64 - 1)}


def every_member_cases():
    """member -> [(JSON text, category or None)] for the type of every_member_type.hpp."""
    cases = {member: integer_cases(low, high) for member, (low, high) in INTEGER_WIDTHS.items()}
    cases["small_range"] = integer_cases(-5, 5)
    cases["positive"] = integer_cases(1, 2 ** 63 - 1)
    cases["maybe"] = integer_cases(0, 10)
    cases["f32"] = floating_cases(FLOAT)
    cases["f64"] = floating_cases(DOUBLE)
    cases["unit_float"] = floating_cases(FLOAT, Fraction(-1.5), Fraction(0.1))  # number_range{-1.5, 0.1}: doubles
    cases["half_double"] = floating_cases(DOUBLE, Fraction(0), Fraction(1, 2))
    cases["flag"] = [("true", None), ("false", None), ('"true"', None), ("1", None), ("0", None), ("null", None)]
    cases["hue"] = enum_cases()
    cases["at_seconds"] = rfc3339_cases(0, EVERY_DURATION_YEAR_EDGES)
    cases["at_milliseconds"] = rfc3339_cases(3, fraction_edges(3))
    cases["at_microseconds"] = rfc3339_cases(6, fraction_edges(6))
    cases["at_nanoseconds"] = rfc3339_cases(9, NANOSECOND_EDGES)
    cases["at_minutes"] = [(string(text), label) for text, label in MINUTE_EDGES + EVERY_DURATION_YEAR_EDGES
                           if text[17:19] == "00" or label is None]
    cases["on_day"] = [(string(text), label) for text, label in DAY_EDGES]
    cases["at_quarter"] = [(string(text), label) for text, label in QUARTER_EDGES]
    cases["maybe_time"] = [("null", None)] + rfc3339_cases(3)[:60:3]
    cases["local_minute"] = minute_cases()
    cases["text"] = string_cases(TEXTS) + [('"\\ud83d\\ude00"', None), ('"\\u0000"', None), ("1", None)]
    cases["name"] = string_cases(TEXTS) + [('"\\ud83d\\ude00a"', None), ('"a\\u0009"', None)]
    cases["email"] = string_cases(EMAILS) + [('"ada\\u0040example.com"', None)]
    cases["link"] = string_cases(LINKS) + [('"https:\\/\\/x.io"', None)]
    cases["numbers"] = [("[]", None), ("[1,2,3]", None), ("[1,2,3,4]", None), ("[100]", None), ("[101]", None),
                        ("[-100]", None), ("[-101]", None), ("[1.0]", "integral-number"), ('["1"]', None), ("[null]", None),
                        ("null", None), ("{}", None), ("[1,2,3,4,1.5]", None)]
    cases["hues"] = [("[]", None), ('["red","green","blue_green"]', None), ('["red","Red"]', None), ('["red","red"]', None),
                     ("[null]", None), ('"red"', None)]
    cases["gaps"] = [("[]", None), ("[null,null,null,null]", None), ("[null,null,null,null,null]", None), ("[1,-1]", None),
                     ("[1.0000000000000001]", None), ("[1.0000000000000002]", None), ("[-1.0000000000000002]", None),
                     ("[1.00000000000000011102230246251565404236316680908203125]", None),
                     ("[1.000000000000000111022302462515654042363166809082031251]", None), ("[1e-400]", "numbers-as-doubles"),
                     ("[2]", None), ('["1"]', None), ("[true]", None)]
    cases["nested"] = [('{"label":"a"}', None), ('{"tag":"a"}', None), ('{"label":"a","tag":"b"}', None), ("{}", None),
                       ('{"label":" "}', None), ('{"label":"a","count":null}', None), ('{"label":"a","count":301}', None),
                       ('{"label":"a","count":-3}', None), ('{"label":"a","count":-4}', None), ('{"label":"a","other":1}', None),
                       ('{"label":"a","count":1.0}', "integral-number"), ("null", None), ("[]", None),
                       ('{"label":"a","label":"b"}', "duplicate-key"), ('{"Label":"a"}', None)]
    cases["parts"] = [("[]", None), ('[{"label":"a"},{"label":"b"},{"tag":"c"}]', None),
                      ('[{"label":"a"},{"label":"b"},{"tag":"c"},{"label":"d"}]', None),
                      ('[{"label":"a"},{"label":"a"}]', "case-insensitive-uniqueness"),
                      ('[{"label":"a"},{"tag":"A"}]', "case-insensitive-uniqueness"), ('[{"label":"a"},{"label":"á"}]', None),
                      ('[{"label":"a"},{"label":" "}]', None), ('[{"label":"a"},5]', None), ("null", None)]
    return cases


def every_member_shapes():
    """Cases of the object itself: (name, members, allow, category)."""
    base = list(EVERY_MEMBER_BASE)
    replace = lambda key, new_key: [(new_key if k == key else k, v) for k, v in base]
    shapes = [("valid", base, False, None), ("valid_lenient", base, True, None),
              ("unknown_member", base + [("extra", "1")], False, None), ("unknown_member_lenient", base + [("extra", "1")], True, None),
              ("unknown_nested_lenient", [(k, '{"label":"a","other":1}' if k == "nested" else v) for k, v in base], True, None),
              ("name_under_alias", replace("name", "full_name"), False, None),
              ("name_under_both_names", base + [("full_name", '"Bob"')], False, None),
              ("parts_under_alias", replace("parts", "pieces"), False, None),
              ("parts_under_both_names", base + [("pieces", "[]")], False, None),
              ("optional_members_absent", [(k, v) for k, v in base if k not in ("maybe", "maybe_time")], False, None),
              ("key_twice", base + [("i8", "1")], False, "duplicate-key"),
              ("key_twice_same_value", base + [("i8", "0")], False, "duplicate-key")]
    for key, _ in base:
        if key not in ("maybe", "maybe_time"):
            shapes.append((f"missing_{key}", [(k, v) for k, v in base if k != key], False, None))
    return shapes


TICKET_BASE = [("number", "1"), ("level", '"low"'), ("title", '"t"'), ("tags", "[]"), ("watchers", "[]")]


def ticket_cases():
    return {
        "number": integer_cases(0, 2 ** 16 - 1),
        "level": string_cases(["low", "high", "urgent", "Low", "medium"]),
        "title": string_cases(["", "0123456789", "01234567890", "a\tb", "é" * 10, "é" * 11, " "]),
        "contact": [("null", None)] + string_cases(EMAILS[:20]),
        "due": minute_cases(),
        "tags": [("[]", None), ('[{"label":"ab"}]', None), ('[{"name":"ab"}]', None), ('[{"text":"ab"}]', None),
                 ('[{"label":"ab","name":"cd"}]', None), ('[{"label":"a"}]', None), ('[{"label":"éé"}]', None),
                 ('[{"label":"ab","weight":5}]', None), ('[{"label":"ab","weight":6}]', None), ('[{"label":"ab","weight":-5}]', None),
                 ('[{"label":"ab"},{"label":"AB"}]', "case-insensitive-uniqueness"), ('[{"label":"ab"},{"text":"cd"},{"name":"ef"}]', None),
                 ('[{"label":"ab"},{"label":"cd"},{"label":"ef"},{"label":"gh"}]', None)],
        "watchers": [("[]", None)] + [(f"[{text}]", label) for text, label in integer_cases(-2 ** 63, 2 ** 63 - 1)
                                      if not text.startswith("[")],
        "notes": [("null", None), ("[]", None), ('["a",""]', None), ('["a",1]', None)],
    }


def single_cases():
    docs = []
    for member, cases in every_member_cases().items():
        for index, (text, label) in enumerate(cases):
            members = [(k, text if k == member else v) for k, v in EVERY_MEMBER_BASE]
            docs.append(Document(f"every_member/{member}/{index}", "every_member", document(members), label))
    for name, members, allow, label in every_member_shapes():
        docs.append(Document(f"every_member/object/{name}", "every_member", document(members), label, allow=allow))
    for member, cases in ticket_cases().items():
        for index, (text, label) in enumerate(cases):
            members = [(k, v) for k, v in TICKET_BASE if k != member] + [(member, text)]
            docs.append(Document(f"sample_ticket/{member}/{index}", "sample_ticket", document(members), label))
    docs.append(Document("sample_ticket/tags_under_alias", "sample_ticket",
                         document([("labels" if k == "tags" else k, v) for k, v in TICKET_BASE])))
    # The contract's e-mail and link rules, through the contract's own types.
    for index, email in enumerate(EMAILS):
        body = '{"assessment_id":7,"invite_format":"getlink","candidates":[{"name":"Ada","email":%s}]}' % string(email)
        docs.append(Document(f"request/email/{index}", "request", body.encode()))
    for index, (text, label) in enumerate(integer_cases(1, 2 ** 63 - 1)):
        body = '{"assessment_id":%s,"invite_format":"getlink","candidates":[{"name":"Ada","email":"a@x.io"}]}' % text
        docs.append(Document(f"request/assessment_id/{index}", "request", body.encode(), label))
    for index, link in enumerate(LINKS + ["https://x.io/" + "a" * 2035, "https://x.io/" + "a" * 2036]):
        body = ('{"invites":[{"name":"Ada","email":"a@x.io","report_id":1,"candidate_id":2,"assessment_id":7,'
                '"invite_link":%s,"status":"sent"}]}' % string(link))
        docs.append(Document(f"response/invite_link/{index}", "response", body.encode()))
    return docs


def mixtures(singles, verdicts, count=3000, seed=20260301):
    """Documents whose every member is drawn from its single cases: mostly from the values the
    library accepted alone, so that about half the mixtures are valid. Listed cases are left out:
    a mixture must be judged alike by every validator."""
    rng = random.Random(seed)
    pools = {}
    for doc, (valid, _) in zip(singles, verdicts):
        parts = doc.name.split("/")
        if doc.type not in ("every_member", "sample_ticket") or len(parts) != 3 or parts[1] == "object" or doc.label:
            continue
        member_values = dict(json_members(doc.text))
        pools.setdefault((doc.type, parts[1]), ([], []))[0 if valid else 1].append(member_values[parts[1]])
    docs = []
    for index in range(count):
        type_name, base = (("every_member", EVERY_MEMBER_BASE) if index % 4 else ("sample_ticket", TICKET_BASE))
        keys = [k for k, _ in base] + (["contact", "due", "notes"] if type_name == "sample_ticket" else [])
        members = []
        for key in keys:
            accepted, refused = pools[(type_name, key)]
            pool = refused if refused and rng.random() < 0.02 else accepted
            members.append((key, rng.choice(pool)))
        docs.append(Document(f"mixture/{index}", type_name, document(members)))
    return docs


def json_members(text):
    """The top-level members of a document this module wrote, as (key, JSON text)."""
    decoder = json.JSONDecoder()
    text = text.decode("utf-8")
    at = 1
    members = []
    while text[at] != "}":
        key, at = decoder.raw_decode(text, at)
        at += 1  # ':'
        _, end = decoder.raw_decode(text, at)
        members.append((key, text[at:end]))
        at = end + (1 if text[end] == "," else 0)
    return members
