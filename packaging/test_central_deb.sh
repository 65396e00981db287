#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# SC2015: `check && pass || fail` is intended (pass never fails).
# shellcheck disable=SC2015
# package_central_deb: builds the .debs from an already built tree and checks civiq-central's.
#   packaging/test_central_deb.sh BUILD_DIR VERSION        (env: CPACK, PYTHON; ctest sets both)
# 1. cpack -G DEB gives civiq-central beside the others
# 2. dpkg-deb: its files (binary, county.toml, unit, docs) and nothing of the branch; Depends from
#    shlibdeps (libpqxx, libcurl); conffiles; maintainer scripts' syntax
# 2b. postinst with every command stubbed: the system user civiq-central, county.toml 0640 for
#    it, the unit registered but not enabled; on upgrade the user is left alone
# 3. the packaged county.toml is read by the packaged binary, which serves its offices from a
#    private PostgreSQL cluster (tests/e2e/postgres_fixture.py) and the packaged booking pages, and
#    stops cleanly on SIGTERM
# 4. the unit runs as civiq-central with the packaged config; systemd-analyze verify if present
set -euo pipefail

build_dir=$(cd "${1:?usage: test_central_deb.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: test_central_deb.sh BUILD_DIR VERSION}
cpack=${CPACK:-cpack}
python=${PYTHON:-python3}
source_dir=$(cd "$(dirname "$0")/.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/civiq-central-deb-test.XXXXXX")
cluster_pid=""
trap '[ -z "$cluster_pid" ] || kill -TERM "$cluster_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
# shellcheck source=packaging/deb_test_lib.sh
. "$(dirname "$0")/deb_test_lib.sh"

# --- 1. build the packages ------------------------------------------------------------------
build_debs
expect_deb civiq-central "$version"

# --- 2. archive metadata ----------------------------------------------------------------------
read_contents
expect_entries \
  "-rwxr-xr-x usr/bin/civiq-central" \
  "-rw-r--r-- etc/civiq/county.toml" \
  "-rw-r--r-- lib/systemd/system/civiq-central.service" \
  "-rw-r--r-- usr/share/doc/civiq-central/install.md" \
  "-rw-r--r-- usr/share/doc/civiq-central/booking-api.md" \
  "-rw-r--r-- usr/share/doc/civiq-central/copyright" \
  "-rw-r--r-- usr/share/civiq/booking-web/index.html" \
  "-rw-r--r-- usr/share/civiq/booking-web/index.html.gz" \
  "-rw-r--r-- usr/share/civiq/booking-web/static/app.js" \
  "-rw-r--r-- usr/share/civiq/booking-web/static/pow.js"
for lang in de en pl cs; do
  has_entry -rw-r--r-- "usr/share/civiq/booking-web/static/i18n/$lang.json" || fail "missing i18n/$lang.json"
done
if grep -E 'civiq-server|civiq-admin|branch\.toml|mobile-ticket-web|/var/' "$work/contents"; then
  fail "files of other packages or state (above) in the central package"
fi
expect_fields civiq-central "$version" "queue system for citizen offices: central booking"
expect_depends adduser 'libpqxx-6\.4' libcurl4 'libstdc\+\+6' libc6
[ "$(field Recommends)" = "postgresql (>= 15)" ] && pass "Recommends: postgresql (>= 15)" ||
  fail "Recommends is '$(field Recommends)'"
dpkg-deb --control "$deb" "$work/control"
[ "$(cat "$work/control/conffiles")" = "/etc/civiq/county.toml" ] && pass "conffiles: county.toml" ||
  fail "conffiles is '$(cat "$work/control/conffiles")'"
for script in postinst prerm postrm; do
  sh -n "$work/control/$script" && pass "$script: valid sh" || fail "$script: syntax"
done

# --- 2b. maintainer scripts, with every command they call stubbed ------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
make_stubs
for script in postinst prerm postrm; do
  sed "s|/etc/civiq/county.toml|$root/etc/civiq/county.toml|g" "$work/control/$script" > "$work/$script"
done
if run_script postinst configure; then
  called "adduser --system --group --quiet --no-create-home --home /nonexistent --gecos civiq central booking civiq-central" ||
    fail "postinst (fresh): no system user civiq-central"
  called "chgrp civiq-central $root/etc/civiq/county.toml" && called "chmod 0640 $root/etc/civiq/county.toml" ||
    fail "postinst (fresh): county.toml not made readable for civiq-central only"
  called "deb-systemd-helper update-state civiq-central.service" || fail "postinst (fresh): unit state not recorded"
  called "deb-systemd-helper enable" && fail "postinst (fresh): enables the service before the database exists"
  grep -q "systemctl enable --now civiq-central" "$work/script.out" || fail "postinst (fresh): no hint to enable it"
  pass "postinst configure (first install, stubbed): user, config 0640, unit not enabled"
else
  fail "postinst configure (first install) failed"
fi
if STUB_ENV="STUB_USER=1 STUB_ENABLED=1" run_script postinst configure 0.0.9-1; then
  called adduser && fail "postinst (upgrade): adduser for an existing user"
  called "deb-systemd-helper enable civiq-central.service" || fail "postinst (upgrade): an enabled service must stay enabled"
  pass "postinst configure (upgrade, stubbed): keeps the user and the enabled state"
else
  fail "postinst configure (upgrade) failed"
fi
run_script prerm remove && run_script postrm purge && pass "prerm remove, postrm purge (stubbed)" ||
  fail "prerm/postrm failed"

# --- 3. the packaged binary with the packaged county.toml ------------------------------------
"$python" "$source_dir/tests/e2e/postgres_fixture.py" civiq_central "$work/postgres.info" > "$work/postgres.log" 2>&1 &
cluster_pid=$!
timeout 60 sh -c "until [ -s '$work/postgres.info' ]; do kill -0 $cluster_pid || exit 1; sleep 0.1; done" ||
  { cat "$work/postgres.log" >&2; fail "the private PostgreSQL cluster did not start"; finish package_central_deb; }
served="packaged civiq-central serves the packaged offices and stops cleanly"
"$python" - "$root" "$(cat "$work/postgres.info")" <<'PY' && pass "$served" || fail "$served (above)"
import json, os, re, select, subprocess, sys, time, urllib.request

root, database = sys.argv[1:3]
central = subprocess.Popen([os.path.join(root, "usr/bin/civiq-central"), "--config",
                            os.path.join(root, "etc/civiq/county.toml"), "--database", database,
                            "--listen", "127.0.0.1:0", "--web-root", os.path.join(root, "usr/share/civiq/booking-web")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
deadline, seen = time.monotonic() + 60, b""
while (match := re.search(rb"listening on http://127\.0\.0\.1:(\d+)", seen)) is None:
    ready, _, _ = select.select([central.stdout], [], [], max(0.0, deadline - time.monotonic()))
    chunk = os.read(central.stdout.fileno(), 4096) if ready else b""
    if not chunk:
        central.kill()
        sys.exit(f"   no listening line: {seen.decode(errors='replace')}")
    seen += chunk
port = int(match.group(1))
offices = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/booking/offices", timeout=10))["offices"]
names = [office["id"] for office in offices]
page = urllib.request.urlopen(f"http://127.0.0.1:{port}/booking/", timeout=10).read().decode()
central.terminate()
code = central.wait(timeout=30)
if names != ["loebau", "weisswasser", "zittau", "niesky", "goerlitz"] or code != 0:
    sys.exit(f"   offices {names}, exit {code}")
if '/booking/static/app.js' not in page:
    sys.exit("   GET /booking/ did not answer the packaged booking page")
PY

# --- 4. the unit ----------------------------------------------------------------------------------
unit="$root/lib/systemd/system/civiq-central.service"
for key in 'User=civiq-central' 'ExecStart=/usr/bin/civiq-central --config /etc/civiq/county.toml' \
           'Restart=on-failure' 'ProtectSystem=strict' 'NoNewPrivileges=yes'; do
  grep -qxF "$key" "$unit" && pass "unit: $key" || fail "unit lacks $key"
done
verify_unit "$unit" "$root/usr/bin/civiq-central"

finish package_central_deb
