#!/usr/bin/env bash
# The README's two commands in a new clone of this repository's HEAD, with no virtual environment:
# `make test`, then `make run` as the smoke test (offscreen, exits when ready). Prints how long each took.
# Usage: packaging/fresh-clone-check.sh [FOLDER]   (default: a new temporary folder, removed afterwards)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$(mktemp -d)/fujian-briefing}"
git clone -q "$repo" "$dest"
cd "$dest"
[ ! -e .venv ] || { echo "a fresh clone has no .venv" >&2; exit 1; }
start=$(date +%s)
make test
tested=$(date +%s)
QT_QPA_PLATFORM=offscreen make run ARGS="gui --quit-when-ready"
ran=$(date +%s)
echo "fresh clone $(git rev-parse --short HEAD): make test $((tested - start)) s (set-up included), make run $((ran - tested)) s"
[ -n "${1:-}" ] || rm -rf "$(dirname "$dest")"
