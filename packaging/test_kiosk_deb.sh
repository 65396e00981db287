#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# SC2015: `check && pass || fail` is intended (pass never fails).
# shellcheck disable=SC2015
# package_kiosk_deb: builds the .debs from an already built tree (with the Qt apps) and checks
# civiq-kiosk's.
#   packaging/test_kiosk_deb.sh BUILD_DIR VERSION        (env: CPACK, PYTHON; ctest sets both)
# 1. cpack -G DEB gives civiq-kiosk beside the others
# 2. dpkg-deb: the kiosk's files (binary, conffile, autostart entry, user unit, docs), nothing of
#    the server; Depends names the runtime-loaded QML modules besides shlibdeps' libraries (CUPS,
#    libqrencode, Qt); conffiles; no maintainer scripts
# 3. dpkg-deb -x: kiosk.toml has the documented defaults; desktop-file-validate and
#    systemd-analyze verify --user, if installed
# 4. runs the packaged civiq-kiosk with the packaged kiosk.toml, offscreen, against an unreachable
#    server: it must come up (config accepted, QML loaded) and keep running until SIGTERM
set -euo pipefail

build_dir=$(cd "${1:?usage: test_kiosk_deb.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: test_kiosk_deb.sh BUILD_DIR VERSION}
cpack=${CPACK:-cpack}
python=${PYTHON:-python3}

work=$(mktemp -d "${TMPDIR:-/tmp}/civiq-kiosk-deb-test.XXXXXX")
started_pid=""
trap '[ -z "$started_pid" ] || kill "$started_pid" 2>/dev/null; rm -rf "$work"' EXIT
# shellcheck source=packaging/deb_test_lib.sh
. "$(dirname "$0")/deb_test_lib.sh"

# --- 1. build the packages ------------------------------------------------------------------
build_debs
expect_deb civiq-kiosk "$version"

# --- 2. archive metadata ----------------------------------------------------------------------
read_contents
expect_entries \
  "-rwxr-xr-x usr/bin/civiq-kiosk" \
  "-rw-r--r-- etc/civiq/kiosk.toml" \
  "-rw-r--r-- etc/xdg/autostart/civiq-kiosk.desktop" \
  "-rw-r--r-- usr/lib/systemd/user/civiq-kiosk.service" \
  "-rw-r--r-- usr/share/doc/civiq-kiosk/kiosk.md" \
  "-rw-r--r-- usr/share/doc/civiq-kiosk/copyright"
if grep -E 'civiq-server|civiq-admin|civiq-display|civiq-counter|branch\.toml|mobile-ticket-web|/var/' "$work/contents"; then
  fail "files of other packages or state (above) in the kiosk package"
fi
expect_fields civiq-kiosk "$version" "queue system for citizen offices: ticket kiosk"
expect_depends qml6-module-qtquick qml6-module-qtquick-layouts qml6-module-qtquick-window \
  qml6-module-qtqml-workerscript qml6-module-qtqml-models libcups2 libqrencode4 libqt6quick6 libqt6qml6 \
  libqt6websockets6 libqt6network6 'libstdc\+\+6' libc6
dpkg-deb --control "$deb" "$work/control"
expected_conffiles=$'/etc/civiq/kiosk.toml\n/etc/xdg/autostart/civiq-kiosk.desktop'
[ "$(cat "$work/control/conffiles")" = "$expected_conffiles" ] && pass "conffiles: kiosk.toml, autostart entry" ||
  fail "conffiles is '$(cat "$work/control/conffiles")'"
for script in preinst postinst prerm postrm; do
  [ -e "$work/control/$script" ] && fail "unexpected maintainer script $script (the server's belong to civiq-server)"
done

# --- 3. extract; the packaged files ---------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
"$python" - "$root/etc/civiq/kiosk.toml" <<'PY' && pass "kiosk.toml: documented defaults" || fail "kiosk.toml (above)"
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    config = tomllib.load(f)
expected = {
    ("server", "url"): "http://127.0.0.1:8080", ("server", "token_file"): "/etc/civiq/kiosk.token",
    ("kiosk", "language"): "de", ("kiosk", "offline_after_s"): 5, ("kiosk", "idle_timeout_s"): 60,
    ("kiosk", "confirmation_s"): 15, ("kiosk", "report_every_s"): 60, ("kiosk", "state_dir"): "",
    ("kiosk", "staff_keys"): "Ctrl+Alt+S", ("kiosk", "staff_pin_hash"): "",
    ("printer", "queue"): "", ("printer", "cups_server"): "", ("printer", "paper_width_mm"): 80,
    ("printer", "dpi"): 203, ("printer", "roll_length_m"): 0, ("printer", "paper_low_m"): 0,
}
bad = [f"{t}.{k} = {config.get(t, {}).get(k)!r}, expected {v!r}" for (t, k), v in expected.items()
       if config.get(t, {}).get(k) != v]
bad += [f"undocumented key {t}.{k}" for t, table in config.items() for k in table if (t, k) not in expected]
for line in bad:
    print("   " + line, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

expect_session_start kiosk

# --- 4. run the packaged kiosk --------------------------------------------------------------
# With the packaged configuration (token file and state directory in the scratch dir), offscreen,
# windowed, against a port nothing listens on: it must accept the file, load its QML and show its
# touch screen (its log line), and keep running.
printf 'test-kiosk-token\n' > "$work/kiosk.token"
sed -e "s|^token_file = .*|token_file = \"$work/kiosk.token\"|" \
    -e "s|^state_dir = \"\"|state_dir = \"$work/state\"|" "$root/etc/civiq/kiosk.toml" > "$work/kiosk.toml"
run_until_logged "$work/kiosk.log" 'civiq-kiosk: touch screen for http://127.0.0.1:9' \
  "packaged civiq-kiosk takes its packaged kiosk.toml and shows its touch screen offscreen" \
  env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" "$root/usr/bin/civiq-kiosk" \
  --config "$work/kiosk.toml" --server http://127.0.0.1:9 --windowed

finish package_kiosk_deb
