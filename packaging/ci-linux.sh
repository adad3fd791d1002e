#!/usr/bin/env bash
# CI's packaging steps (.ci/run runs them after the tests): the desktop files validated, the
# wheel and `pipx install .` tried in fresh environments, the Linux bundle built and run.
# Prints the bundle's size. Needs the package index (PyPI or a mirror), not a display.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
step() { echo "== packaging: $*"; }

# Debian's validators, installed where missing and where we may.
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q desktop-file-utils appstream >/dev/null
  fi
fi
step "desktop entry and AppStream metainfo"
desktop-file-validate "$root"/packaging/linux/*.desktop
appstreamcli validate --no-net "$root"/packaging/linux/*.metainfo.xml

# The wheel from a clean copy (setuptools would reuse a stale build/ folder), installed
# into a fresh virtual environment, run from a folder without the sources.
step "wheel in a fresh virtual environment"
python3 -c 'import shutil, sys; shutil.copytree(sys.argv[1], "src", ignore=shutil.ignore_patterns(
    "build", "dist", ".venv", "*.egg-info", "__pycache__", ".git", ".*_cache"))' "$root"
python3 -m venv wheel-env
wheel-env/bin/pip wheel -q --no-deps -w wheels ./src
wheel-env/bin/pip install -q wheels/knigge_desktop-*.whl
expect() {  # expect PATTERN COMMAND...: the command succeeds and prints a line matching
  local pattern="$1" out
  shift
  out="$("$@")"
  grep -q -- "$pattern" <<<"$out" || { echo "packaging: '$*' printed no '$pattern'" >&2; exit 1; }
}
expect "^first_contact_formal " wheel-env/bin/knigge-desktop templates
expect "^Mit freundlichen Grüßen$" wheel-env/bin/knigge-desktop render follow_up_formal --example

step "pipx install ."
python3 -m venv pipx-env
pipx-env/bin/pip install -q "pipx>=1.4,<2"
PIPX_HOME="$work/pipx" PIPX_BIN_DIR="$work/pipx-bin" PIPX_MAN_DIR="$work/pipx-man" \
  pipx-env/bin/pipx install -q ./src
expect "^knigge-desktop " pipx-bin/knigge-desktop --version
expect "^first_contact_formal " pipx-bin/knigge-desktop templates

step "PyInstaller bundle"
python3 -m venv bundle-env
bundle-env/bin/pip install -q ./src "pyinstaller==6.22.*"
bundle-env/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
  src/packaging/knigge-desktop.spec
"$root/packaging/smoke-test-bundle.sh" dist/knigge-desktop
tar -C dist -czf knigge-desktop-linux.tar.gz knigge-desktop
echo "bundle size: $(du -sh dist/knigge-desktop | cut -f1) unpacked," \
  "$(du -h knigge-desktop-linux.tar.gz | cut -f1) as .tar.gz"
