#!/bin/sh
# Menu entry and icons for a pip or pipx install (Flatpak and distribution packages do this
# themselves): ./packaging/linux/install-desktop-entry.sh [PREFIX], default ~/.local.
# `knigge-desktop` must be on PATH (pipx puts it in ~/.local/bin).
set -eu
prefix="${1:-$HOME/.local}"
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../../knigge_desktop/resources/icons"
id=io.github.knigge_desktop.KniggeDesktop
install -Dm644 "$here/$id.desktop" "$prefix/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$prefix/share/metainfo/$id.metainfo.xml"
install -Dm644 "$icons/knigge-desktop.svg" "$prefix/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$icons/knigge-desktop-$size.png" \
    "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
echo "Knigge Desktop is in the application menu (installed under $prefix/share)."
