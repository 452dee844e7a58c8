#!/usr/bin/env bash
# Packs the PyInstaller bundle dist/Sviedka.app into dist/Sviedka-VERSION.dmg (macOS only:
# hdiutil). Run after `pyinstaller packaging/sviedka.spec` on a Mac (.github/workflows/package.yml).
# Defined, not tested here: Linux cannot run hdiutil. Signing and notarisation need the
# organisation's Apple Developer ID and are left to the release manager:
#   codesign --deep --options runtime --sign "Developer ID Application: ..." dist/Sviedka.app
#   xcrun notarytool submit dist/Sviedka-VERSION.dmg --wait ...
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APP=dist/Sviedka.app
[ -d "$APP" ] || { echo "build_dmg: $APP is missing: run pyinstaller packaging/sviedka.spec first" >&2; exit 1; }
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag the app onto it to install
rm -f "dist/Sviedka-$VERSION.dmg"
hdiutil create -volname "Sviedka $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -ov "dist/Sviedka-$VERSION.dmg"
(cd dist && shasum -a 256 "Sviedka-$VERSION.dmg" > "Sviedka-$VERSION.dmg.sha256")
