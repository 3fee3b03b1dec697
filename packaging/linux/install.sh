#!/usr/bin/env bash
# Install the Linux bundle for the current user: the app folder, a menu entry and its icon.
#   fujian-briefing/install.sh               (in the unpacked bundle: installs that bundle)
#   packaging/linux/install.sh [BUNDLE]      (in a checkout: default build/dist/fujian-briefing)
#   .../install.sh --uninstall
# Files: ~/.local/opt/fujian-briefing/, ~/.local/bin/briefing (a link),
# ~/.local/share/applications/fujian-briefing.desktop, ~/.local/share/icons/hicolor/*/apps/fujian-briefing.png
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/fujian-briefing"
bin="$HOME/.local/bin"
sizes=(16 24 32 48 64 128 256 512)

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$bin/briefing" "$data/applications/fujian-briefing.desktop"
  for s in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${s}x${s}/apps/fujian-briefing.png"; done
  echo "Removed Fujian Briefing Desk (your settings, drafts and logs are kept)."
  exit 0
fi

if [ -x "$here/briefing" ]; then default="$here"; else default="$here/../../build/dist/fujian-briefing"; fi
bundle="$(cd "${1:-$default}" 2>/dev/null && pwd || echo "${1:-$default}")"
if [ ! -x "$bundle/briefing" ]; then
  echo "No bundle at $bundle: build it first with packaging/build-bundle.sh" >&2
  exit 1
fi
icons="$bundle/_internal/briefing/_data/resources/icons"
mkdir -p "$(dirname "$opt")" "$bin" "$data/applications"
rm -rf "$opt.new" && cp -a "$bundle" "$opt.new" && rm -rf "$opt" && mv "$opt.new" "$opt"  # a failed copy keeps the old
ln -sf "$opt/briefing" "$bin/briefing"
sed "s|^Exec=briefing |Exec=$opt/briefing |" "$here/fujian-briefing.desktop" \
  > "$data/applications/fujian-briefing.desktop"
for s in "${sizes[@]}"; do
  install -D -m 644 "$icons/briefing-$s.png" "$data/icons/hicolor/${s}x${s}/apps/fujian-briefing.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Installed in $opt. Start it from the applications menu (Fujian Briefing Desk) or with: $bin/briefing"
