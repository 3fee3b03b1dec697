#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller into build/dist/fujian-briefing/ and pack it as
# build/dist/fujian-briefing-<os>-<arch>.tar.gz (Linux, macOS). Needs the set-up virtual environment
# (`make setup`); installs the pinned PyInstaller into it. Windows: see README ("Build the bundle").
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
"$py" -m pip install -q -c constraints.txt -e '.[bundle]'
"$py" -m PyInstaller --noconfirm --clean --log-level WARN --distpath build/dist --workpath build/pyinstaller \
  packaging/briefing.spec
if [ "$(uname -s)" = Linux ]; then  # install.sh in the unpacked bundle installs it with its menu entry
  cp packaging/linux/install.sh packaging/linux/fujian-briefing.desktop build/dist/fujian-briefing/
fi
archive="build/dist/fujian-briefing-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
tar -C build/dist -czf "$archive" fujian-briefing
echo "Built build/dist/fujian-briefing ($(du -sh build/dist/fujian-briefing | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))"
