#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# SC2015: `check && pass || fail` is intended (pass never fails).
# shellcheck disable=SC2015
# package_counter_deb: builds the .debs from an already built tree (with the Qt apps) and checks
# civiq-counter's.
#   packaging/test_counter_deb.sh BUILD_DIR VERSION        (env: CPACK, PYTHON; ctest sets both)
# 1. cpack -G DEB gives civiq-counter beside the others
# 2. dpkg-deb: the counter client's files (binary, conffile, menu entry, docs), nothing of the
#    server; Depends from shlibdeps (Qt Widgets); conffiles; no maintainer scripts
# 3. dpkg-deb -x: counter.toml is accepted by the packaged binary; desktop-file-validate if installed
# 4. runs the packaged civiq-counter with the packaged counter.toml, offscreen, against an
#    unreachable server: it must come up with its sign-in and keep running until SIGTERM
set -euo pipefail

build_dir=$(cd "${1:?usage: test_counter_deb.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: test_counter_deb.sh BUILD_DIR VERSION}
cpack=${CPACK:-cpack}

work=$(mktemp -d "${TMPDIR:-/tmp}/civiq-counter-deb-test.XXXXXX")
started_pid=""
trap '[ -z "$started_pid" ] || kill "$started_pid" 2>/dev/null; rm -rf "$work"' EXIT
# shellcheck source=packaging/deb_test_lib.sh
. "$(dirname "$0")/deb_test_lib.sh"

# --- 1. build the packages ------------------------------------------------------------------
build_debs
expect_deb civiq-counter "$version"

# --- 2. archive metadata ----------------------------------------------------------------------
read_contents
expect_entries \
  "-rwxr-xr-x usr/bin/civiq-counter" \
  "-rw-r--r-- etc/civiq/counter.toml" \
  "-rw-r--r-- usr/share/applications/civiq-counter.desktop" \
  "-rw-r--r-- usr/share/doc/civiq-counter/install.md" \
  "-rw-r--r-- usr/share/doc/civiq-counter/copyright"
if grep -E 'civiq-server|civiq-admin|civiq-display|branch\.toml|mobile-ticket-web|/var/' "$work/contents"; then
  fail "files of other packages or state (above) in the counter package"
fi
expect_fields civiq-counter "$version" "queue system for citizen offices: counter client"
expect_depends libqt6widgets6 libqt6websockets6 libqt6network6 libqt6multimedia6 'libstdc\+\+6' libc6
dpkg-deb --control "$deb" "$work/control"
[ "$(cat "$work/control/conffiles")" = "/etc/civiq/counter.toml" ] && pass "conffiles: counter.toml" ||
  fail "conffiles is '$(cat "$work/control/conffiles")'"
for script in preinst postinst prerm postrm; do
  [ -e "$work/control/$script" ] && fail "unexpected maintainer script $script"
done

# --- 3. extract; the packaged files ---------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/civiq-counter.desktop"
for key in 'Type=Application' 'TryExec=civiq-counter' 'Exec=civiq-counter'; do
  grep -qxF "$key" "$desktop" && pass "menu entry: $key" || fail "menu entry lacks $key"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" > "$work/desktop.log" 2>&1 && pass "desktop-file-validate" ||
    { cat "$work/desktop.log" >&2; fail "desktop-file-validate"; }
else
  echo "skip: desktop-file-validate not found (package desktop-file-utils)"
fi

# --- 4. run the packaged counter client ------------------------------------------------------
# The packaged configuration, offscreen, against a port nothing listens on: the file must be
# accepted and the sign-in come up (its log line), and the program keep running.
run_until_logged "$work/counter.log" 'civiq-counter: sign-in at http://127.0.0.1:9' \
  "packaged civiq-counter takes its packaged counter.toml and shows the sign-in offscreen" \
  env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" XDG_CONFIG_HOME="$work/config" "$root/usr/bin/civiq-counter" \
  --config "$root/etc/civiq/counter.toml" --server http://127.0.0.1:9

finish package_counter_deb
