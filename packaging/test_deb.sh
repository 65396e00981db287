#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# SC2015: `check && pass || fail` is intended (pass never fails); SC2016: stub bodies are literal.
# shellcheck disable=SC2015,SC2016
# package_deb: builds the .debs from an already built tree and checks civiq-server's
# (civiq-display's: test_display_deb.sh).
#   packaging/test_deb.sh BUILD_DIR VERSION        (env: CPACK, PYTHON; ctest sets both)
# 1. cpack -G DEB (into a scratch dir, the build tree stays clean)
# 2. dpkg-deb --contents / --field / --info / --control: files, owners, modes, version, Depends,
#    conffiles, maintainer scripts' syntax; postinst must not enable or start the service
# 2b. postinst/prerm/postrm run with a PATH of logging stubs only and /var/lib/civiq moved into
#    the scratch dir: first install (user, 0750 dir, database as civiq, unit not enabled),
#    upgrade (user and database left alone, enabled unit stays enabled), remove and purge
#    (database kept). No user is created and nothing on the host is touched.
# 3. dpkg-deb -x into a scratch root; the packaged branch.toml has the production defaults
# 4. runs the packaged civiq-server on 127.0.0.1:<free port> with the packaged config and web root,
#    checks /api/v1/health and /t/<token>, uses the packaged civiq-admin on its database while it
#    runs (init, user add, device enroll, online backup), stops it with SIGTERM (exit 0)
# 5. the unit's key settings; systemd-analyze verify and security, if systemd-analyze exists
set -euo pipefail

build_dir=$(cd "${1:?usage: test_deb.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: test_deb.sh BUILD_DIR VERSION}
cpack=${CPACK:-cpack}
python=${PYTHON:-python3}

work=$(mktemp -d "${TMPDIR:-/tmp}/civiq-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=packaging/deb_test_lib.sh
. "$(dirname "$0")/deb_test_lib.sh"

# --- 1. build the package -------------------------------------------------------------------
build_debs
expect_deb civiq-server "$version"

# --- 2. archive metadata ----------------------------------------------------------------------
read_contents
expect_entries \
  "-rwxr-xr-x usr/bin/civiq-server" \
  "-rwxr-xr-x usr/bin/civiq-admin" \
  "-rw-r--r-- etc/civiq/branch.toml" \
  "-rw-r--r-- lib/systemd/system/civiq-server.service" \
  "-rw-r--r-- usr/share/civiq/mobile-ticket-web/index.html" \
  "-rw-r--r-- usr/share/civiq/mobile-ticket-web/index.html.gz" \
  "-rw-r--r-- usr/share/civiq/mobile-ticket-web/static/app.js" \
  "-rw-r--r-- usr/share/civiq/mobile-ticket-web/static/app.js.gz" \
  "-rw-r--r-- usr/share/civiq/manage-web/index.html" \
  "-rw-r--r-- usr/share/civiq/manage-web/static/app.js" \
  "-rw-r--r-- usr/share/civiq/manage-web/static/i18n/de.json" \
  "-rw-r--r-- usr/share/civiq/manage-web/static/i18n/en.json" \
  "-rw-r--r-- usr/share/civiq/branch.example.toml" \
  "-rw-r--r-- usr/share/doc/civiq-server/install.md" \
  "-rw-r--r-- usr/share/doc/civiq-server/examples/nginx-live-ticket.conf" \
  "-rw-r--r-- usr/share/doc/civiq-server/copyright"
for lang in de en pl cs; do
  has_entry -rw-r--r-- "usr/share/civiq/mobile-ticket-web/static/i18n/$lang.json" || fail "missing i18n/$lang.json"
done
if awk '{ print $NF }' "$work/contents" | grep -E '^\./(usr/local|home|root|tmp|var)(/|$)'; then
  fail "files outside Debian's paths (above); /var/lib/civiq is made by postinst, not shipped"
fi
if grep -E 'display' "$work/contents"; then fail "the display's files (above) belong to civiq-display"; fi
if grep -E 'booking-web' "$work/contents"; then fail "the booking pages (above) belong to civiq-central"; fi

expect_fields civiq-server "$version" "queue system for citizen offices: branch server"
expect_depends adduser libsqlite3-0 libsodium23 'libboost-json1\.81\.0' 'libboost-url1\.81\.0' 'libstdc\+\+6' libc6
dpkg-deb --info "$deb" > "$work/info"
for script in postinst prerm postrm conffiles; do
  grep -Eq "^ +[0-9]+ bytes, +[0-9]+ lines +\*? *$script( |$)" "$work/info" || fail "control member $script missing"
done
dpkg-deb --control "$deb" "$work/control"
[ "$(cat "$work/control/conffiles")" = /etc/civiq/branch.toml ] && pass "conffiles: /etc/civiq/branch.toml" ||
  fail "conffiles is '$(cat "$work/control/conffiles")'"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "$script is not executable"
  if sh -n "$work/control/$script"; then pass "$script: sh syntax"; else fail "$script: sh syntax"; fi
done
# First install must neither enable nor start the service (the admin edits branch.toml first).
if grep -vE '^[[:space:]]*(#|echo )' "$work/control/postinst" |
   grep -E 'deb-systemd-invoke +(start|restart)|systemctl .*(enable|start)'; then
  fail "postinst must not enable or start the service (lines above)"
fi

# --- 2b. maintainer scripts, with every command they call stubbed ------------------------------
# PATH holds only logging stubs, so nothing on the host is created, enabled or started (a command
# without a stub fails as "not found"). Paths under /var/lib/civiq point into the scratch dir;
# runuser runs the packaged civiq-admin as the test's own user.
root="$work/root"
dpkg-deb -x "$deb" "$root"
make_stubs
state="$work/fake/var/lib/civiq"
for script in postinst prerm postrm; do
  sed "s|/var/lib/civiq|$state|g; s|/usr/bin/civiq-admin|$root/usr/bin/civiq-admin|g" "$work/control/$script" > "$work/$script"
done

if run_script postinst configure; then
  called "adduser --system --group --quiet --home $state --no-create-home --gecos civiq branch server civiq" || fail "postinst (fresh): no adduser --system --group civiq"
  called "install -d -o civiq -g civiq -m 0750 $state" || fail "postinst (fresh): $state not made civiq:civiq 0750"
  called "runuser -u civiq -- sh -c" || fail "postinst (fresh): database not initialised as civiq"
  [ -s "$state/branch.db" ] || fail "postinst (fresh): no database at /var/lib/civiq/branch.db"
  called "deb-systemd-helper update-state civiq-server.service" || fail "postinst (fresh): unit state not recorded"
  called "deb-systemd-helper enable" && fail "postinst (fresh): enables the service before the config is edited"
  grep -q "systemctl enable --now civiq-server" "$work/script.out" || fail "postinst (fresh): no hint to enable the service"
  pass "postinst configure (first install, stubbed): user, 0750 state dir, database, unit not enabled"
else
  fail "postinst configure (first install) failed"
fi
if STUB_ENV="STUB_USER=1 STUB_ENABLED=1" run_script postinst configure 0.0.9-1; then
  called adduser && fail "postinst (upgrade): adduser for an existing user"
  called runuser && fail "postinst (upgrade): touched the existing database"
  called "deb-systemd-helper enable civiq-server.service" || fail "postinst (upgrade): an enabled service must stay enabled"
  pass "postinst configure (upgrade, stubbed): keeps user, database and enabled state"
else
  fail "postinst configure (upgrade) failed"
fi
if run_script prerm remove && run_script postrm remove && run_script postrm purge; then
  called "deb-systemd-helper purge civiq-server.service" || fail "postrm purge: unit state not purged"
  [ -s "$state/branch.db" ] || fail "postrm purge removed the database"
  pass "prerm/postrm remove and purge (stubbed): database kept"
else
  fail "prerm/postrm failed"
fi

# --- 3. extract; the packaged config --------------------------------------------------------
"$python" - "$root/etc/civiq/branch.toml" <<'EOF' && pass "branch.toml: production defaults" || fail "branch.toml (above)"
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    config = tomllib.load(f)
expected = {("server", "database"): "/var/lib/civiq/branch.db", ("server", "listen"): "127.0.0.1:8080",
            ("server", "web_root"): "/usr/share/civiq/mobile-ticket-web",
            ("server", "manage_root"): "/usr/share/civiq/manage-web", ("queue", "enforce_opening_hours"): True}
bad = [f"{t}.{k} = {config.get(t, {}).get(k)!r}, expected {v!r}" for (t, k), v in expected.items()
       if config.get(t, {}).get(k) != v]
if config.get("hours", {}).get("always_open"):
    bad.append("hours.always_open must not be set in production")
if not any(day in config.get("hours", {}) for day in ("monday", "tuesday", "wednesday", "thursday", "friday")):
    bad.append("no opening hours")
if "EDIT ME" not in open(sys.argv[1], encoding="utf-8").read():
    bad.append("office values are not marked EDIT ME")
for line in bad:
    print("   " + line, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

# --- 4. run the packaged server -------------------------------------------------------------
"$python" - "$root" "$work" <<'EOF' && pass "packaged server and admin tool work" || fail "packaged server (above)"
import json, os, re, select, signal, sqlite3, subprocess, sys, time, urllib.request

root, work = sys.argv[1:3]
db = os.path.join(work, "branch.db")
web_root = os.path.join(root, "usr/share/civiq/mobile-ticket-web")
manage_root = os.path.join(root, "usr/share/civiq/manage-web")
admin = os.path.join(root, "usr/bin/civiq-admin")

def run_admin(*args, stdin=""):
    result = subprocess.run([admin, "--db", db, *args], input=stdin, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        sys.exit(f"   civiq-admin {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout

run_admin("init")  # as postinst does, before the first start
server = subprocess.Popen(
    [os.path.join(root, "usr/bin/civiq-server"), "--config", os.path.join(root, "etc/civiq/branch.toml"),
     "--listen", "127.0.0.1:0", "--db", db, "--web-root", web_root, "--manage-root", manage_root],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
output = []

def read_until(pattern, seconds):
    """Bounded read loop on the server's output: returns the first match, or exits."""
    deadline = time.monotonic() + seconds
    buffer = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([server.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(server.stdout.fileno(), 4096)
        if not chunk:
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            output.append(line.decode(errors="replace"))
            if match := re.search(pattern, output[-1]):
                return match
    server.kill()
    sys.exit("   no line matching %r within %ss; server said:\n%s" % (pattern, seconds, "\n".join(output)))

try:
    port = int(read_until(r"listening on http://127\.0\.0\.1:(\d+)", 60).group(1))
    base = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy: 127.0.0.1 only

    with opener.open(base + "/api/v1/health", timeout=10) as reply:
        health = json.load(reply)
    if health.get("status") != "ok" or health.get("office_id") != "edit-me":
        sys.exit(f"   unexpected health reply {health}")

    # The live ticket and the manager's dashboard are the packaged pages.
    for path, folder in (("/t/anything", web_root), ("/manage", manage_root)):
        with opener.open(base + path, timeout=10) as reply:
            page, content_type = reply.read(), reply.headers.get("Content-Type", "")
        with open(os.path.join(folder, "index.html"), "rb") as f:
            packaged = f.read()
        if not content_type.startswith("text/html") or page != packaged:
            sys.exit(f"   {path} is not the packaged {folder}/index.html ({content_type}, {len(page)} bytes)")

    # The admin's first steps from docs/install.md, while the server runs.
    run_admin("user", "add", "anna", "--role", "clerk", stdin="a-long-test-password\n")
    token = run_admin("device", "enroll", "kiosk-eingang", "--kind", "kiosk").strip()
    if not re.fullmatch(r"[A-Za-z0-9_\-]{20,}", token):
        sys.exit(f"   device enroll printed {token!r}, expected one token")
    backup = os.path.join(work, "backup.db")
    run_admin("backup", backup)
    copy = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    check = copy.execute("PRAGMA integrity_check").fetchone()[0]
    users = copy.execute("SELECT count(*) FROM users WHERE name = 'anna'").fetchone()[0]
    devices = copy.execute("SELECT count(*) FROM devices WHERE name = 'kiosk-eingang'").fetchone()[0]
    copy.close()
    if check != "ok" or users != 1 or devices != 1:
        sys.exit(f"   backup: integrity {check}, users {users}, devices {devices}")

    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        sys.exit("   the server did not stop within 30 s of SIGTERM")
    output.extend(server.stdout.read().decode(errors="replace").splitlines())
    if code != 0:
        sys.exit(f"   exit code {code} after SIGTERM; server said:\n" + "\n".join(output))
finally:
    if server.poll() is None:
        server.kill()
        server.wait()
EOF

# --- 5. the systemd unit --------------------------------------------------------------------
unit="$root/lib/systemd/system/civiq-server.service"
for key in 'User=civiq' 'Group=civiq' 'StateDirectory=civiq' 'ExecStart=/usr/bin/civiq-server --config /etc/civiq/branch.toml' \
           'Restart=on-failure' 'NoNewPrivileges=yes' 'ProtectSystem=strict' 'ProtectHome=yes' 'PrivateTmp=yes' \
           'StandardOutput=journal' 'WantedBy=multi-user.target'; do
  grep -qxF "$key" "$unit" || fail "unit lacks $key"
done
verify_unit "$unit" "$root/usr/bin/civiq-server"
if command -v systemd-analyze >/dev/null; then
  # The sandbox stays tight: exposure is 1.2 today ("OK"); fail above 2.0 (--threshold counts tenths).
  if systemd-analyze security --offline=yes --threshold=20 "$work/unit/civiq-server.service" > "$work/security.log" 2>&1; then
    pass "systemd-analyze security: $(grep -o 'exposure level.*' "$work/security.log")"
  else
    cat "$work/security.log" >&2
    fail "systemd-analyze security: exposure above 2.0 (or --offline unsupported)"
  fi
fi

finish package_deb
