#!/usr/bin/env bash
# Runs a built one-folder bundle as a user without Python would: nothing on PATH (so no
# Python), no PYTHON* variables, a fresh home. Usage: packaging/smoke-test-bundle.sh dist/knigge-desktop
set -euo pipefail
bundle="$(cd "$1" && pwd)"
root="$(cd "$(dirname "$0")/.." && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
expected="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/knigge_desktop/__init__.py")"

run() {  # the bundle in a bare environment; `exec` so that `run … &` gives the bundle's pid
  exec_or_not env -i HOME="$home" PATH="$home/no-python" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$home" "$bundle/knigge-desktop" "$@"
}
exec_or_not() { if [ "${BASH_SUBSHELL}" -gt 0 ]; then exec "$@"; else "$@"; fi; }
fail() { echo "smoke test: $*" >&2; exit 1; }

[ "$(run --version)" = "knigge-desktop $expected" ] || fail "--version is not $expected"
listed="$(run templates)"
grep -q "^first_contact_formal " <<<"$listed" || fail "templates lists no first_contact_formal"
rendered="$(run render contact_request_formal --set recipient_gender=herr \
  --set recipient_last_name=Albrecht --set sender_name="Jonas Becker" \
  --set reason="wir haben uns gestern auf der LogiMAT unterhalten.")"
grep -q "^Sehr geehrter Herr Albrecht,$" <<<"$rendered" || fail "render: $rendered"

# check: 0 for a clean note, 1 for one with findings.
run render contact_request_formal --example >"$home/good.txt"
run check "$home/good.txt" --kind contact_request --platform linkedin --no-grammar >/dev/null \
  || fail "check found problems in a template's example"
set +e
echo "Hallo, kauf jetzt!!!" | run check - --kind contact_request --no-grammar >/dev/null
status=$?
set -e
[ "$status" = 1 ] || fail "check exited $status for a bad note, not 1"

# The window: started offscreen, it listens for second starts after the first paint; then
# SIGTERM closes it as the user would (the draft saved) and it exits 0.
run new first_contact_formal --set recipient_last_name=Wagner &
pid=$!
# The socket is in the data folder (<data>/run/instance.sock), wherever platformdirs puts it.
listening() { [ -n "$(find "$home" -name instance.sock -type s 2>/dev/null)" ]; }
for _ in $(seq 1 300); do
  listening && break
  kill -0 "$pid" 2>/dev/null || fail "the window ended before it was shown"
  sleep 0.1
done
listening || fail "the window did not come up in 30 s"
kill -TERM "$pid"
wait "$pid" || fail "the window exited with $? after SIGTERM"
drafts="$(run drafts list)"
grep -q "Wagner" <<<"$drafts" || fail "the window's draft was not saved: $drafts"
echo "smoke test passed: $bundle (knigge-desktop $expected)"
