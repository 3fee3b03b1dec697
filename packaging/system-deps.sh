#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt needs to run (offscreen in tests, on screen for the app; libcups2 for printing,
# libgssapi-krb5-2 for QtPdf), plus the tools used to check the Linux menu entry (desktop-file-validate) and to
# look at what the app draws (Xvfb, pdftoppm). Installs only what is missing; needs root and apt-get.
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
          libxcb-render-util0 libxcb-image0 libcups2 libgssapi-krb5-2 xvfb poppler-utils
          desktop-file-utils strace)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install the Qt runtime libraries for your system: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${missing[*]}  (run: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
