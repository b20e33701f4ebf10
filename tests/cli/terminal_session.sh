#!/usr/bin/env bash
# invite-check as a person sees it: run on the shipped examples inside a pseudo-terminal (a
# detached tmux pane of a fixed size), the screen captured with its colours (capture-pane -e)
# and compared with a reviewed expectation in tests/cli/terminal/. What is checked is what a
# terminal shows: colour only because standard output is a terminal, the caret under its
# column, long lines cut to the width of the pane, and no colour with NO_COLOR or
# --color=never.
#
#   tests/cli/terminal_session.sh INVITE-CHECK EXAMPLES-DIR EXPECTED-DIR [--update]
#
# --update rewrites the expectations from this run: review them (cat them in a terminal, or
# cat -v) before committing. They hold the escape sequences tmux itself writes when it redraws
# the screen (Debian 12's tmux 3.3a), so another tmux version may need an update and a review. Exit status 0 when every screen matches, 1 when one does not,
# 77 (a skip for ctest) when tmux is missing, 2 for any other trouble.
set -euo pipefail
# Inside $(...) too: a failed tmux call in a captured screen is trouble (exit 2), not a mismatch.
shopt -s inherit_errexit

checker=$(realpath "$1")
examples=$(realpath "$2")
expected_dir=$(realpath "$3")
update=${4:-}

if ! command -v tmux >/dev/null; then
  echo "terminal_session.sh: tmux is not installed (scripts/install-deps.sh installs it); skipped" >&2
  exit 77
fi

work=$(mktemp -d)
cleanup() {
  local socket
  for socket in "$work"/*.socket; do
    [[ -S $socket ]] && { tmux -S "$socket" kill-server 2>/dev/null || true; }
  done
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh server for each screen, with no user configuration, a UTF-8 locale (tmux shows other
# text as '_') and nothing from the caller's environment that could change colours or widths.
# One server per screen because a server whose last session was killed is still exiting for a
# while: a new session sent to the same socket then meets "server exited unexpectedly" (seen in
# CI under load).
tmux_clean() { # socket, then tmux arguments
  local socket=$1
  shift
  env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \
    tmux -S "$socket" -f /dev/null "$@"
}

# Runs `commands` in a pane of WIDTH x HEIGHT and prints the screen once they are done.
screen() { # name width height commands
  local name=$1 width=$2 height=$3 commands=$4
  local script=$work/$name.sh socket=$work/$name.socket
  {
    echo "cd '$examples'"
    echo "check() { printf '\$ invite-check %s\\n' \"\$*\"; '$checker' \"\$@\"; printf '[exit %s]\\n' \"\$?\"; }"
    echo "$commands"
    echo "printf '[session ended]'"
    echo "exec sleep 600"
  } >"$script"
  if ! tmux_clean "$socket" new-session -d -s "$name" -x "$width" -y "$height" "sh '$script'"; then
    echo "terminal_session.sh: tmux could not start the $name session" >&2
    exit 2
  fi
  local deadline=$((SECONDS + 30))
  until tmux_clean "$socket" capture-pane -p -t "$name" | grep -q '\[session ended\]'; do
    if ! tmux_clean "$socket" has-session -t "$name" 2>/dev/null; then
      echo "terminal_session.sh: the tmux session $name ended before its commands did" >&2
      exit 2
    fi
    if ((SECONDS > deadline)); then
      echo "terminal_session.sh: $name did not finish within 30 s" >&2
      exit 2
    fi
    sleep 0.1
  done
  tmux_clean "$socket" capture-pane -p -e -t "$name"
  tmux_clean "$socket" kill-server
}

strip_colours() { sed 's/\x1b\[[0-9;]*m//g'; }

status=0
compare() { # name: compares $work/NAME.actual with its expectation
  local name=$1 actual=$work/$1.actual
  if [[ $update == --update ]]; then
    cp "$actual" "$expected_dir/$name.screen"
    echo "updated $expected_dir/$name.screen"
  elif cmp -s "$actual" "$expected_dir/$name.screen"; then
    echo "ok      $name"
  else
    echo "FAILED  $name: the screen differs from $expected_dir/$name.screen (escapes shown as ^[):"
    diff <(cat -v "$expected_dir/$name.screen") <(cat -v "$actual") || true
    status=1
  fi
}

# The shipped invalid example: ten errors, each with its line and caret, in colour because
# standard output is a terminal; line 7 is wider than the 80 columns and is cut.
screen request-invalid 80 60 "check request-invalid.json" >"$work/request-invalid.actual"
compare request-invalid

# One document per line: lines 3 and 5 are longer than the pane and are cut around the caret.
screen requests-ndjson 80 24 "check --ndjson requests.ndjson" >"$work/requests-ndjson.actual"
compare requests-ndjson

# NO_COLOR (any value but empty) and --color=never: the same screen without a single escape.
plain=$(strip_colours <"$expected_dir/requests-ndjson.screen")
for variant in "NO_COLOR=1" "--color=never"; do
  if [[ $variant == NO_COLOR=1 ]]; then
    shown=$(screen no-color 80 24 "export NO_COLOR=1; check --ndjson requests.ndjson")
  else
    shown=$(screen color-never 80 24 "check --color=never --ndjson requests.ndjson")
    shown=${shown/--color=never /} # the command line shown is the only other difference
  fi
  if [[ $shown == *$'\x1b'* ]]; then
    echo "FAILED  $variant: the screen has escape sequences"
    status=1
  elif [[ $update != --update && $shown != "$plain" ]]; then
    echo "FAILED  $variant: the screen is not the coloured one without its colours:"
    diff <(echo "$plain") <(echo "$shown") || true
    status=1
  else
    echo "ok      $variant"
  fi
done

exit $status
