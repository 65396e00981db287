#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# SC2015: `check && pass || fail` is intended (pass never fails).
# shellcheck disable=SC2015
# package_display_deb: builds the .debs from an already built tree (with the Qt apps) and checks
# civiq-display's (civiq-server's: test_deb.sh).
#   packaging/test_display_deb.sh BUILD_DIR VERSION        (env: CPACK, PYTHON; ctest sets both)
# 1. cpack -G DEB gives civiq-display beside the others
# 2. dpkg-deb: the display's files (binary, conffile, autostart entry, user unit), nothing of the
#    server; Depends names the runtime-loaded QML modules and plugins besides shlibdeps' libraries;
#    conffiles; no maintainer scripts
# 3. dpkg-deb -x: display.toml has the documented defaults; desktop-file-validate and
#    systemd-analyze verify --user, if installed
# 4. runs the packaged civiq-display with the packaged display.toml, offscreen, against an
#    unreachable server: it must come up (config accepted, QML loaded) and keep running until SIGTERM
set -euo pipefail

build_dir=$(cd "${1:?usage: test_display_deb.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: test_display_deb.sh BUILD_DIR VERSION}
cpack=${CPACK:-cpack}
python=${PYTHON:-python3}

work=$(mktemp -d "${TMPDIR:-/tmp}/civiq-display-deb-test.XXXXXX")
started_pid=""
trap '[ -z "$started_pid" ] || kill "$started_pid" 2>/dev/null; rm -rf "$work"' EXIT
# shellcheck source=packaging/deb_test_lib.sh
. "$(dirname "$0")/deb_test_lib.sh"

# --- 1. build the packages ------------------------------------------------------------------
build_debs
expect_deb civiq-display "$version"

# --- 2. archive metadata ----------------------------------------------------------------------
read_contents
expect_entries \
  "-rwxr-xr-x usr/bin/civiq-display" \
  "-rw-r--r-- etc/civiq/display.toml" \
  "-rw-r--r-- etc/xdg/autostart/civiq-display.desktop" \
  "-rw-r--r-- usr/lib/systemd/user/civiq-display.service" \
  "-rw-r--r-- usr/share/doc/civiq-display/install.md" \
  "-rw-r--r-- usr/share/doc/civiq-display/copyright"
if grep -E 'civiq-server|civiq-admin|branch\.toml|mobile-ticket-web|/var/' "$work/contents"; then
  fail "server files or state (above) in the display package"
fi
expect_fields civiq-display "$version" "queue system for citizen offices: waiting-room display"
# Loaded at run time (named by hand), then linked libraries (found by dpkg-shlibdeps).
expect_depends qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates \
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript \
  qml6-module-qtmultimedia qml6-module-qttexttospeech qt6-speech-speechd-plugin speech-dispatcher-espeak-ng \
  libqt6quick6 libqt6qml6 libqt6multimedia6 libqt6texttospeech6 libqt6websockets6 libqt6network6 \
  'libstdc\+\+6' libc6
dpkg-deb --control "$deb" "$work/control"
expected_conffiles=$'/etc/civiq/display.toml\n/etc/xdg/autostart/civiq-display.desktop'
[ "$(cat "$work/control/conffiles")" = "$expected_conffiles" ] && pass "conffiles: display.toml, autostart entry" ||
  fail "conffiles is '$(cat "$work/control/conffiles")'"
for script in preinst postinst prerm postrm; do
  [ -e "$work/control/$script" ] && fail "unexpected maintainer script $script (the server's belong to civiq-server)"
done

# --- 3. extract; the packaged files ---------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
"$python" - "$root/etc/civiq/display.toml" <<'EOF' && pass "display.toml: documented defaults" || fail "display.toml (above)"
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    config = tomllib.load(f)
expected = {
    ("server", "url"): "http://127.0.0.1:8080", ("server", "token_file"): "/etc/civiq/display.token",
    ("screen", "layout"): "auto", ("screen", "counters"): [], ("screen", "services"): [],
    ("screen", "recent_calls"): 8, ("screen", "highlight_s"): 10, ("screen", "offline_after_s"): 5,
    ("screen", "full_screen"): True,
    ("announcement", "language"): "de", ("announcement", "template"): "", ("announcement", "muted"): False,
    ("announcement", "voice"): "",
}
bad = [f"{t}.{k} = {config.get(t, {}).get(k)!r}, expected {v!r}" for (t, k), v in expected.items()
       if config.get(t, {}).get(k) != v]
extra = [f"{t}.{k}" for t, table in config.items() for k in table if (t, k) not in expected]
bad += [f"undocumented key {key}" for key in extra]
for line in bad:
    print("   " + line, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

expect_session_start display

# --- 4. run the packaged display ------------------------------------------------------------
# With the packaged configuration (only token_file points into the scratch dir), offscreen, windowed,
# muted, against a port nothing listens on: it must accept the file, load its QML and keep waiting
# for the server instead of exiting.
printf 'test-display-token\n' > "$work/display.token"
sed "s|^token_file = .*|token_file = \"$work/display.token\"|" "$root/etc/civiq/display.toml" > "$work/display.toml"
# Ready when it reports its first failed attempt and the retry: config accepted, QML loaded, and
# it keeps trying instead of exiting.
run_until_logged "$work/display.log" 'retrying in' \
  "packaged civiq-display runs offscreen and keeps retrying an unreachable server" \
  env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" "$root/usr/bin/civiq-display" \
  --config "$work/display.toml" --server http://127.0.0.1:9 --windowed --mute

finish package_display_deb
