#!/usr/bin/env bash
# invite-check --format junit read back by an XML 1.0 parser (Python's, expat), on the names
# and keys most likely to break it: markup characters, control characters XML cannot carry,
# U+FFFE, bytes that are not UTF-8. Also checks that the counts agree with the test cases.
#
#   tests/cli/junit_is_xml.sh INVITE-CHECK
#
# Exit status 0 when the report parses and adds up, 1 when not, 77 (a skip for ctest) when
# python3 is missing.
set -euo pipefail
checker=$(realpath "$1")
if ! command -v python3 >/dev/null; then
  echo "junit_is_xml.sh: python3 is not installed (scripts/install-deps.sh installs it); skipped" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

valid='{"assessment_id":1,"invite_format":"getlink","candidates":[{"name":"A","email":"a@b.io"}]}'
printf '%s' "$valid" >valid.json
# Keys decoding to ESC, U+0001, DEL, U+FFFE and markup; a name with a tab and a stray byte.
printf '{"e\\u001bf":1,"\\u0001":2,"\\u007f":3,"\\ufffe":4,"<&>\\"":5,%s' "${valid:1}" >"$(printf 'odd &<>"\047\tname\377.json')"
printf '%s\n{"assessment_id":0}\n' "$valid" >lines.ndjson

status=0
for arguments in "--format=junit valid.json odd* missing.json" "--format=junit --ndjson lines.ndjson" \
                 "--format=junit --max-errors=0 odd*"; do
  # shellcheck disable=SC2086 # the globs and words are meant to split
  "$checker" $arguments >report.xml 2>/dev/null || true
  if python3 - report.xml <<'PY'
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
for suite in [root] + root.findall("testsuite"):
    cases = root.findall("./testsuite/testcase")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    errors = sum(1 for c in cases if c.find("error") is not None)
    assert int(suite.get("tests")) == len(cases), (suite.get("tests"), len(cases))
    assert int(suite.get("failures")) == failures, (suite.get("failures"), failures)
    assert int(suite.get("errors")) == errors, (suite.get("errors"), errors)
PY
  then
    echo "ok      invite-check $arguments"
  else
    echo "FAILED  invite-check $arguments:"
    cat -v report.xml
    status=1
  fi
done
exit $status
