# shellcheck shell=bash
# Sourced by scripts/test-all.sh and scripts/cross-test.sh: the two checks that keep a test run
# from passing by leaving tests out.

# require_tests BUILD-DIR PREFIX...: fails unless, for each PREFIX, some test registered in
# BUILD-DIR has a name that starts with it.
require_tests() {
  local dir=$1
  shift
  local names missing=0 prefix name found
  names=$(ctest --test-dir "$dir" -N | sed -n 's/^ *Test *#[0-9]*: //p')
  for prefix in "$@"; do
    found=0
    while IFS= read -r name; do
      if [[ $name == "$prefix"* ]]; then
        found=1
        break
      fi
    done <<<"$names"
    if [[ $found -eq 0 ]]; then
      echo "$(basename "$0"): $dir has no test named \"$prefix...\": an area of the suite is missing" >&2
      missing=1
    fi
  done
  return "$missing"
}

# run_tests BUILD-DIR CTEST-ARGUMENT...: runs the tests on every core; fails when a test fails,
# when a test skipped itself, and when the arguments select no test at all.
run_tests() {
  local dir=$1
  shift
  local log="$dir/test-all.log" status=0
  ctest --test-dir "$dir" --output-on-failure --no-tests=error -j "$(nproc)" "$@" 2>&1 | tee "$log" || status=$?
  if grep -q "The following tests did not run" "$log"; then
    echo "$(basename "$0"): tests in $dir skipped themselves (listed above); CI runs everything" >&2
    return 1
  fi
  return "$status"
}
