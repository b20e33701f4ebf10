#!/usr/bin/env python3
"""Plants a fixed list of realistic bugs (mutants), one at a time, in a scratch copy of the
tree, and requires the tests to kill each: a mutant the tests let through is a bug the suite
would let through. Not part of CI (it builds and runs a test subset per mutant); run it on
demand, after changing tests or code that a mutant below lives in.

  scripts/mutation-check.py                 every mutant, on the committed tree (HEAD)
  scripts/mutation-check.py --worktree      on the working tree as it is, uncommitted edits too
  scripts/mutation-check.py --only TEXT     the mutants whose name contains TEXT (repeatable)
  scripts/mutation-check.py --list          the list, without building anything
  scripts/mutation-check.py --check-anchors whether each mutant's snippet is found once (fast)

Each mutant replaces one snippet of one file (the snippet must occur exactly once there), builds
only the targets its tests need, and runs a named ctest subset: killed when a test fails (a
mutant a subset kills, the whole suite kills). The scratch tree (build/mutation/tree) and its
Release build are kept between runs, so a second run rebuilds only what the mutants touch;
ccache makes restoring the pristine files cheap.

Exit status: 0 when every mutant is killed; 1 when one survives, does not build, matches no
test, or its snippet is no longer found once in its file (so that the list cannot rot quietly
when code moves: re-anchor the snippet); 2 when the unmutated tree fails its own tests.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(frozen=True)
class Tests:
    """Build targets, and a ctest regular expression over the tests they register."""
    targets: tuple
    regex: str

    def __add__(self, other):
        return Tests(tuple(dict.fromkeys(self.targets + other.targets)), f"{self.regex}|{other.regex}")


@dataclass
class Mutant:
    name: str
    path: str
    original: str
    replacement: str
    tests: Tests
    result: str = field(default="", compare=False)
    detail: str = field(default="", compare=False)


def suite(targets, regex):
    return Tests(tuple(targets), regex)


CONFORMANCE = suite(["invite_conformance_tests"], r"^invite_conformance_tests:")
CONTRACT = suite(["invite_contract_tests"], r"^invite_contract_tests:")
CODEC = suite(["invite_codec_tests"], r"^invite_codec_tests:")
VALIDATORS = suite(["invite_spelling_tests"], r"^invite_spelling_tests:")
RULES = suite(["invite_rules_tests"], r"^invite_rules_tests:")
PROBLEM_DETAILS = suite(["invite_problem_details_tests"], r"^invite_problem_details_tests:")
TEXT_POSITION = suite(["invite_text_position_tests"], r"^invite_text_position_tests:")
SERVE = suite(["invite_serve_tests", "invite-serve"],
              r"^invite_serve_tests:|^http: invite-serve answers each status")
CLI = suite(["invite_cli_tests", "invite-check"], r"^invite_cli_tests:")
CONFORM = suite(["invite-conform", "invite_broken_server", "invite-serve"],
                r"^http: invite-conform fails a server with a planted bug")

# The list. Each is a bug someone could write: an off-by-one, a swapped code, a forgotten case.
# To add one: name it by what goes wrong, give the file, a snippet found exactly once there (long
# enough to stay unique), its replacement, and the smallest test subset expected to kill it.
# Then run `scripts/mutation-check.py --only NAME`; if it survives, write the test that kills it.
M = Mutant
MUTANTS = [
    # The four survivors of issue 18.
    M("issue 18: problem_details gives every error the first error's line and column",
      "include/invite/codec/problem_details.hpp",
      "out += std::to_string((*positions)[index].line);\n      out += \",\\\"column\\\":\";\n"
      "      out += std::to_string((*positions)[index].column);",
      "out += std::to_string((*positions)[0].line);\n      out += \",\\\"column\\\":\";\n"
      "      out += std::to_string((*positions)[0].column);",
      PROBLEM_DETAILS),
    M("issue 18: invite-conform accepts any 4xx for an oversized body",
      "tools/invite-conform/judgement.cpp",
      "if (expected.oversized && got.status != 413)",
      "if (expected.oversized && (got.status < 400 || got.status > 499))",
      CONFORM),
    M("issue 18: invite-serve lets an empty apiKey in when no key is configured",
      "tools/invite-serve/endpoint.cpp",
      "if (!key || key->empty()) return false;", "if (!key) return false;", SERVE),
    M("issue 18: invite-serve compares Content-Type whole, parameters included",
      "tools/invite-serve/endpoint.cpp",
      "bool is_json_media_type(std::string_view content_type) noexcept {\n",
      "bool is_json_media_type(std::string_view content_type) noexcept {\n"
      "  return equal_ignoring_case(trim(content_type), \"application/json\");\n",
      SERVE),

    # One per rule of codec/rules/, at its boundary or in its message.
    M("integer_range: the maximum itself refused",
      "include/invite/codec/rules/numbers.hpp",
      "return static_cast<std::int64_t>(value) >= min && static_cast<std::int64_t>(value) <= max;",
      "return static_cast<std::int64_t>(value) >= min && static_cast<std::int64_t>(value) < max;",
      CONFORMANCE),
    M("integer_range on an unsigned member: the minimum itself refused",
      "include/invite/codec/rules/numbers.hpp",
      "static_cast<std::uint64_t>(value) >= static_cast<std::uint64_t>(min)",
      "static_cast<std::uint64_t>(value) > static_cast<std::uint64_t>(min)",
      RULES),
    M("number_range: the minimum itself refused",
      "include/invite/codec/rules/numbers.hpp",
      "return static_cast<double>(value) >= min && static_cast<double>(value) <= max;",
      "return static_cast<double>(value) > min && static_cast<double>(value) <= max;",
      RULES),
    M("min_items: exactly the minimum refused",
      "include/invite/codec/rules/items.hpp",
      "return length.items >= min; }", "return length.items > min; }", CONFORMANCE),
    M("max_items: one item more than the maximum let through",
      "include/invite/codec/rules/items.hpp",
      "return length.items <= max; }", "return length.items <= max + 1; }", CONFORMANCE),
    M("item_count: its bounds swapped",
      "include/invite/codec/rules/items.hpp",
      "return {min_items{min}, max_items{max}};", "return {min_items{max}, max_items{min}};", CONFORMANCE),
    M("not_blank: only the empty string is blank",
      "include/invite/codec/rules/text.hpp",
      "return !value.is_blank(); }", "return value.size() != 0; }", CONFORMANCE),
    M("min_code_points: counted in bytes",
      "include/invite/codec/rules/text.hpp",
      "return value.code_points() >= min; }", "return value.size() >= min; }", RULES),
    M("max_code_points: counted in bytes",
      "include/invite/codec/rules/text.hpp",
      "return value.code_points() <= max; }", "return value.size() <= max; }", CONFORMANCE),
    M("no_control_characters: the message names no character",
      "include/invite/codec/rules/text.hpp",
      "        out.push_back(hex[byte & 0xF]);\n        break;",
      "        out.push_back(hex[byte >> 4]);\n        break;",
      RULES),
    M("email_address: the local part's limit one octet too high",
      "include/invite/codec/spelling/email.hpp",
      "max_email_octets = 254, max_email_local_octets = 64;",
      "max_email_octets = 254, max_email_local_octets = 65;",
      CONFORMANCE),
    M("http_url: the link's octet limit not applied",
      "include/invite/codec/rules/url.hpp",
      "return spelling::is_valid_http_url(value, max_octets);",
      "return spelling::is_valid_http_url(value, max_octets + 1);",
      CONFORMANCE),
    M("unique_in_array: e-mails compared with their case",
      "include/invite/codec/detail/caseless_index.hpp",
      "if (spelling::equal_ignoring_ascii_case(key_of(other), key)) return other;",
      "if (key_of(other) == key) return other;",
      CONFORMANCE),
    M("alias: a field given under its alias is not read",
      "include/invite/contract/request.hpp",
      "field(&candidate::name, alias{\"candidate_name\"}, contract_rules::person_name{})",
      "field(&candidate::name, contract_rules::person_name{})",
      CONFORMANCE),
    M("person_name (contract): control characters allowed",
      "include/invite/contract/person_name.hpp",
      "rule::max_code_points{contract_limits::max_name_code_points},\n                      rule::no_control_characters{}};",
      "rule::max_code_points{contract_limits::max_name_code_points}};",
      CONFORMANCE),
    M("contract: assessment_id 0 accepted",
      "include/invite/contract/limits.hpp",
      "inline constexpr std::int64_t min_id = 1;", "inline constexpr std::int64_t min_id = 0;", CONFORMANCE),
    M("contract: 501 candidates accepted",
      "include/invite/contract/limits.hpp",
      "inline constexpr std::size_t max_candidates = 500;", "inline constexpr std::size_t max_candidates = 501;",
      CONFORMANCE),
    M("contract: names of 256 code points accepted",
      "include/invite/contract/limits.hpp",
      "inline constexpr std::size_t max_name_code_points = 255;",
      "inline constexpr std::size_t max_name_code_points = 256;",
      CONFORMANCE),
    M("contract: an invite's empty status accepted",
      "include/invite/contract/response.hpp",
      "field(&invitation::status, min_code_points{1})", "field(&invitation::status, min_code_points{0})",
      CONFORMANCE),
    M("contract: candidate e-mails not unique",
      "include/invite/contract/request.hpp",
      "email_address{}, unique_in_array{})", "email_address{})", CONFORMANCE),
    M("contract: expiry_date with any byte between the date and the time",
      "include/invite/codec/spelling/datetime.hpp",
      "if (text.size() != 16 || text[10] != ' ' || text[13] != ':') return std::nullopt;",
      "if (text.size() != 16 || text[13] != ':') return std::nullopt;",
      CONFORMANCE),

    # One per error code: the code is not the one given, or its case is missed.
    M("invalid_json reported as type_mismatch",
      "include/invite/codec/parser.hpp",
      "context_.replace_errors(error_code::invalid_json, where.offset)",
      "context_.replace_errors(error_code::type_mismatch, where.offset)", CONFORMANCE),
    M("payload_too_large: a body of exactly max_bytes refused",
      "include/invite/codec/parser.hpp",
      "  void parse(std::string_view json, result<T>& into, const parse_options& options = {}) {\n"
      "    if (json.size() > options.max_bytes) {",
      "  void parse(std::string_view json, result<T>& into, const parse_options& options = {}) {\n"
      "    if (json.size() >= options.max_bytes) {",
      PROBLEM_DETAILS),
    M("type_mismatch: a fraction where an integer belongs called out_of_range",
      "include/invite/codec/detail/checks.hpp",
      "error_code::type_mismatch, offset, [&](std::string& message, const location& at) {\n"
      "    append_label(message, at);\n    message += \": expected an integer (no fraction",
      "error_code::out_of_range, offset, [&](std::string& message, const location& at) {\n"
      "    append_label(message, at);\n    message += \": expected an integer (no fraction",
      CONFORMANCE),
    M("out_of_range: an integer past int64 called type_mismatch",
      "include/invite/codec/detail/checks.hpp",
      "error_code::out_of_range, offset, [&](std::string& message, const location& at) {\n"
      "    append_label(message, at);\n    message += \": expected an integer from \";",
      "error_code::type_mismatch, offset, [&](std::string& message, const location& at) {\n"
      "    append_label(message, at);\n    message += \": expected an integer from \";",
      CONFORMANCE),
    M("missing_field: reported as unknown_field",
      "include/invite/codec/detail/checks.hpp",
      "report_in_member(descriptor::name, error_code::missing_field,",
      "report_in_member(descriptor::name, error_code::unknown_field,", CONFORMANCE),
    M("unknown_field: let through as if unknown fields were allowed",
      "include/invite/codec/detail/read/objects.hpp",
      "if (context.options().allow_unknown_fields) return note_tolerated_field(context, key_offset);",
      "return note_tolerated_field(context, key_offset);", CONFORMANCE),
    M("duplicate_field: a key given twice called unknown_field",
      "include/invite/codec/detail/checks.hpp",
      "reporter.report(error_code::duplicate_field, key_offset,",
      "reporter.report(error_code::unknown_field, key_offset,", CONFORMANCE),
    M("alias_conflict: reported as duplicate_field",
      "include/invite/codec/detail/checks.hpp",
      "reporter.report(error_code::alias_conflict, key_offset,",
      "reporter.report(error_code::duplicate_field, key_offset,", CONFORMANCE),
    M("invalid_enum: reported as type_mismatch",
      "include/invite/codec/detail/checks.hpp",
      "reporter.report(error_code::invalid_enum, offset,", "reporter.report(error_code::type_mismatch, offset,",
      CONFORMANCE),
    M("invalid_datetime: February 30th accepted",
      "include/invite/codec/spelling/datetime.hpp",
      "  if (!calendar_date.ok()) return std::nullopt;\n", "", CONFORMANCE),
    M("invalid_email: a label may end with a hyphen",
      "include/invite/codec/spelling/email.hpp",
      "if (address[label_begin] == '-' || address[i - 1] == '-') return false;",
      "if (address[label_begin] == '-') return false;", VALIDATORS),
    M("invalid_url: a URL without a host accepted",
      "include/invite/codec/spelling/url.hpp",
      "if (host_begin == i || url[host_begin] == ':') return false;",
      "if (url[host_begin] == ':') return false;", CONFORMANCE),
    M("too_short: an empty candidates list accepted",
      "include/invite/contract/request.hpp",
      "item_count{contract_limits::min_candidates, contract_limits::max_candidates}));\n}\n\ninline bool operator==(const candidate& a",
      "item_count{0, contract_limits::max_candidates}));\n}\n\ninline bool operator==(const candidate& a",
      CONFORMANCE),
    M("too_long: reported as too_short",
      "include/invite/codec/rules/text.hpp",
      "static constexpr error_code code = error_code::too_long;",
      "static constexpr error_code code = error_code::too_short;", CONFORMANCE),
    M("invalid_characters: DEL (U+007F) allowed in long texts",
      "include/invite/codec/spelling/utf8.hpp",
      "    control |= swar::bytes_below(word, 0x20) | swar::zero_bytes(word ^ (swar::ones * 0x7F));",
      "    control |= swar::bytes_below(word, 0x20);", VALIDATORS + CONFORMANCE),
    M("duplicate_value: reported as duplicate_field",
      "include/invite/codec/detail/checks.hpp",
      "reporter.report(error_code::duplicate_value, offset,",
      "reporter.report(error_code::duplicate_field, offset,", CONFORMANCE),
    M("error names: two codes swap their spelling",
      "include/invite/codec/error.hpp",
      "\"invalid_json\",     \"payload_too_large\",", "\"payload_too_large\", \"invalid_json\",", CONFORMANCE),

    # One per HTTP status invite-serve sends.
    M("HTTP 200: a valid body answered 201",
      "tools/invite-serve/endpoint.hpp", "int status = 200;", "int status = 201;", SERVE),
    M("HTTP 400: an invalid body answered 422",
      "tools/invite-serve/endpoint.cpp",
      "out.status = invite::problem_status(space.request.errors());", "out.status = 422;", SERVE),
    M("HTTP 401: sent without WWW-Authenticate",
      "tools/invite-serve/endpoint.cpp", "out.challenge = status == 401;", "out.challenge = false;", SERVE),
    M("HTTP 404: a query string makes the path unknown",
      "tools/invite-serve/endpoint.cpp",
      "if (target_path(head.target) != hooks_.path) {", "if (head.target != hooks_.path) {", SERVE),
    M("HTTP 405: sent without Allow: POST",
      "tools/invite-serve/endpoint.cpp", "out.allow_post = status == 405;", "out.allow_post = false;", SERVE),
    M("HTTP 413: a Content-Length of exactly the limit refused",
      "tools/invite-serve/endpoint.cpp",
      "if (head.content_length && *head.content_length > settings_.body_limit &&",
      "if (head.content_length && *head.content_length >= settings_.body_limit &&", SERVE),
    M("HTTP 415: a missing Content-Type accepted",
      "tools/invite-serve/endpoint.cpp",
      "if (!head.content_type || !is_json_media_type(*head.content_type)) {",
      "if (head.content_type && !is_json_media_type(*head.content_type)) {", SERVE),
    M("HTTP 431: an oversized head answered 400",
      "tools/invite-serve/request_handling.cpp",
      "answer_and_close(problem_reply(431,", "answer_and_close(problem_reply(400,", SERVE),
    M("HTTP 500: an injected 500 sent as 503",
      "tools/invite-serve/server.cpp",
      "case fault::status_500: answer = problem_reply(500,", "case fault::status_500: answer = problem_reply(503,",
      SERVE),
    M("HTTP 503: one connection more than --max-connections let in",
      "tools/invite-serve/server.cpp",
      "state_.live.size() >= state_.settings.max_connections", "state_.live.size() > state_.settings.max_connections",
      SERVE),

    # Reader and writer bugs.
    M("reader: items past a max_items cap stored (cap off by one)",
      "include/invite/codec/detail/read/arrays.hpp",
      "if (count >= cap) {", "if (count > cap) {", CODEC + CONFORMANCE),
    M("reader: one error more than max_errors kept",
      "include/invite/codec/detail/read/context.hpp",
      "if (errors_.size() >= limit) {", "if (errors_.size() > limit) {", CONFORMANCE),
    M("reader: an item's path names the next index",
      "include/invite/codec/detail/read/arrays.hpp",
      "item_path.index(count);", "item_path.index(count + 1);", CONFORMANCE),
    M("JSON Pointer: '~' and '/' escaped the other way round",
      "include/invite/codec/spelling/json_pointer.hpp",
      "pointer.append(\"~0\");", "pointer.append(\"~1\");", CODEC),
    M("writer: a form feed escaped as \\b",
      "include/invite/codec/spelling/json_string.hpp",
      "table['\\f'] = 'f';", "table['\\f'] = 'b';", CODEC),
    M("writer: DEL written raw",
      "include/invite/codec/spelling/json_string.hpp",
      "  table[0x7F] = 'u';\n", "", CODEC),
    M("writer: integers of 16 digits and more written wrong at 10^16",
      "include/invite/codec/detail/decimal_digits.hpp",
      "if (magnitude < e8 * e8) {", "if (magnitude <= e8 * e8) {", CODEC),
    M("writer: an absent optional written as null",
      "include/invite/codec/writer.hpp",
      "    const auto& member = value.*descriptor::pointer;\n"
      "    if constexpr (is_optional<remove_cvref_t<decltype(member)>>::value) {\n      if (!member) return;\n    }\n",
      "    const auto& member = value.*descriptor::pointer;\n",
      CODEC),
    M("text positions: a CR before LF counted as a column",
      "include/invite/codec/text_position.hpp",
      "} else if (byte == '\\r' && at + 1 < size && bytes[at + 1] == '\\n') {",
      "} else if (byte == '\\r' && at + 1 < size && bytes[at + 1] == '\\n' && false) {",
      TEXT_POSITION),
    M("text positions: a truncated UTF-8 sequence counted as one byte per column",
      "include/invite/codec/text_position.hpp",
      "  while (length < needed && length < available && bytes[length] >= 0x80 && bytes[length] <= 0xbf) {",
      "  while (length < needed && length < available && bytes[length] >= 0x80 && bytes[length] <= 0xbf && false) {",
      TEXT_POSITION),
    M("check_response: an invite's path names the next index",
      "include/invite/contract/check_response.hpp",
      "spelling::append_pointer_index(base, i);", "spelling::append_pointer_index(base, i + 1);", CONTRACT),
    M("check_response: no invites at all not counted",
      "include/invite/contract/check_response.hpp",
      "if (given != expected) {", "if (given != expected && given != 0) {", CONTRACT),
    M("invite-check: the line of an --ndjson document's error off by one",
      "tools/invite-check/report.cpp",
      "return document.first_line + position.line - 1;", "return document.first_line + position.line;", CLI),
    M("invite-check: invalid documents exit 0",
      "tools/invite-check/main.cpp",
      "return unreadable_ ? trouble : any_invalid_ ? some_invalid : all_valid;",
      "return unreadable_ ? trouble : all_valid;", CLI),
]


def run(command, cwd=None, log=None, timeout=None):
    completed = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    text = completed.stdout.decode(errors="replace")
    if log is not None:
        with open(log, "a") as out:
            out.write(f"$ {' '.join(command)}\n{text}\n")
    return completed.returncode, text


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def anchor_problem(mutant, text):
    """Why the mutant cannot be planted in `text`, or None."""
    count = text.count(mutant.original)
    if count == 0:
        return "its snippet is no longer in the file: re-anchor it"
    if count > 1:
        return f"its snippet occurs {count} times in the file: lengthen it"
    if mutant.original == mutant.replacement:
        return "it changes nothing"
    return None


def sync_tree(source_files, tree):
    """Makes `tree` hold exactly `source_files` ({path: bytes}) outside tree/build, writing only
    the files that differ, so that the build there stays incremental."""
    for path, data in source_files.items():
        target = os.path.join(tree, path)
        try:
            with open(target, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
    for directory, subdirectories, files in os.walk(tree):
        relative = os.path.relpath(directory, tree)
        if relative == ".":
            subdirectories[:] = [d for d in subdirectories if d != "build"]
        for name in files:
            path = os.path.normpath(os.path.join(relative, name))
            if path not in source_files:
                os.remove(os.path.join(directory, name))


def committed_files():
    archive = subprocess.run(["git", "-C", ROOT, "archive", "--format=tar", "HEAD"], stdout=subprocess.PIPE, check=True)
    files = {}
    with tempfile.TemporaryFile() as tar_file:
        tar_file.write(archive.stdout)
        tar_file.seek(0)
        with tarfile.open(fileobj=tar_file) as tar:
            for member in tar.getmembers():
                if member.isfile():
                    files[os.path.normpath(member.name)] = tar.extractfile(member).read()
    return files


def working_files():
    listed = subprocess.run(["git", "-C", ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            stdout=subprocess.PIPE, check=True).stdout.decode().split("\0")
    files = {}
    for path in filter(None, listed):
        full = os.path.join(ROOT, path)
        if os.path.isfile(full):
            with open(full, "rb") as f:
                files[os.path.normpath(path)] = f.read()
    return files


def tests_run(ctest_output):
    match = re.search(r"tests passed, (\d+) tests? failed out of (\d+)", ctest_output)
    return int(match.group(2)) if match else 0


def failed_tests(ctest_output):
    section = ctest_output.split("The following tests FAILED:", 1)
    if len(section) < 2:
        return []
    return [re.sub(r"^\s*\d+ - (.*?)( \(\w+\))?$", r"\1", line).strip() for line in section[1].splitlines()
            if re.match(r"^\s*\d+ - ", line)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worktree", action="store_true", help="mutate the working tree, not HEAD")
    parser.add_argument("--only", action="append", default=[], help="mutants whose name contains this")
    parser.add_argument("--list", action="store_true", help="list the mutants and exit")
    parser.add_argument("--check-anchors", action="store_true", help="check every snippet is found once, and exit")
    parser.add_argument("--scratch", default=os.path.join(ROOT, "build", "mutation"), help="scratch directory")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    arguments = parser.parse_args()

    mutants = [m for m in MUTANTS if not arguments.only or any(o in m.name for o in arguments.only)]
    if not mutants:
        print("mutation-check: no mutant matches", file=sys.stderr)
        return 1
    if arguments.list:
        for m in mutants:
            print(f"{m.name}\n    {m.path}; tests: {m.tests.regex}")
        return 0

    if arguments.check_anchors:
        lost = 0
        for m in mutants:
            problem = anchor_problem(m, read(os.path.join(ROOT, m.path))) if os.path.exists(os.path.join(ROOT, m.path)) \
                else "its file is gone: re-anchor it"
            if problem:
                lost += 1
                print(f"LOST  {m.name}: {m.path}: {problem}")
        print(f"mutation-check: {len(mutants) - lost} of {len(mutants)} mutants anchored")
        return 1 if lost else 0

    tree = os.path.join(arguments.scratch, "tree")
    build = os.path.join(tree, "build", "mutation")
    log = os.path.join(arguments.scratch, "mutation-check.log")
    os.makedirs(tree, exist_ok=True)
    if os.path.exists(log):
        os.remove(log)
    sync_tree(working_files() if arguments.worktree else committed_files(), tree)

    launcher = ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"] if shutil.which("ccache") else []
    status, output = run(["cmake", "-S", tree, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                          "-DINVITE_BUILD_BENCHMARKS=OFF", *launcher], log=log)
    if status != 0:
        print(output[-3000:])
        return 2

    def build_targets(targets):
        return run(["cmake", "--build", build, "-j", str(arguments.jobs), "--target", *targets], log=log)

    def ctest(regex):
        return run(["ctest", "--test-dir", build, "-R", regex, "-j", str(arguments.jobs), "--timeout", "600",
                    "--no-tests=error"], log=log)

    # The unmutated tree must pass every subset, or a failing test would "kill" every mutant.
    everything = mutants[0].tests
    for m in mutants[1:]:
        everything = everything + m.tests
    started = time.monotonic()
    status, output = build_targets(everything.targets)
    if status != 0:
        print(f"mutation-check: the unmutated tree does not build; see {log}\n{output[-3000:]}")
        return 2
    status, output = ctest(everything.regex)
    if status != 0:
        print(f"mutation-check: the unmutated tree fails its tests: {failed_tests(output)}; see {log}")
        return 2
    print(f"unmutated: {tests_run(output)} tests pass ({time.monotonic() - started:.0f} s)", flush=True)

    for m in mutants:
        path = os.path.join(tree, m.path)
        pristine = read(path) if os.path.exists(path) else ""
        problem = anchor_problem(m, pristine) if pristine else "its file is gone: re-anchor it"
        if problem:
            m.result, m.detail = "LOST", problem
            print(f"LOST      {m.name}: {problem}", flush=True)
            continue
        started = time.monotonic()
        write(path, pristine.replace(m.original, m.replacement))
        try:
            status, output = build_targets(m.tests.targets)
            if status != 0:
                errors = [line for line in output.splitlines() if "error" in line][:3]
                m.result, m.detail = "NO BUILD", "; ".join(errors) or output[-500:]
            else:
                status, output = ctest(m.tests.regex)
                if tests_run(output) == 0:
                    m.result, m.detail = "NO TESTS", f"no test matches {m.tests.regex}"
                elif status == 0:
                    m.result, m.detail = "SURVIVED", f"{tests_run(output)} tests passed"
                else:
                    killers = failed_tests(output)
                    m.result = "killed"
                    m.detail = f"by {len(killers)}: " + "; ".join(killers[:2]) + ("; ..." if len(killers) > 2 else "")
        finally:
            write(path, pristine)
        print(f"{m.result:9} {time.monotonic() - started:5.0f} s  {m.name}\n          {m.detail}", flush=True)

    killed = sum(m.result == "killed" for m in mutants)
    print(f"mutation-check: {killed} of {len(mutants)} mutants killed")
    for m in mutants:
        if m.result != "killed":
            print(f"  {m.result}: {m.name} ({m.path})")
    return 0 if killed == len(mutants) else 1


if __name__ == "__main__":
    sys.exit(main())
