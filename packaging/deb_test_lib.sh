# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 civiq contributors
# Shared by the package tests (test_deb.sh, test_display_deb.sh); sourced, not run.
# Expects: $work (scratch dir), $build_dir, $cpack. Sets and uses: failures, $deb, $work/contents.
# SC2015: `check && pass || fail` is intended (pass never fails).
# SC2154: the variables above come from the sourcing script.
# shellcheck disable=SC2015,SC2154 shell=bash

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# build_debs: cpack -G DEB from the built tree into $work/out (the build tree stays clean).
build_debs() {
  (cd "$build_dir" && "$cpack" -G DEB --config CPackConfig.cmake -B "$work/out") > "$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
  }
}

# expect_deb PACKAGE VERSION: the one PACKAGE_VERSION-1_<arch>.deb that build_debs made, into $deb;
# exits when there is not exactly one.
expect_deb() {
  local found
  shopt -s nullglob
  found=("$work"/out/"$1"_"$2"-1_*.deb)
  shopt -u nullglob
  if [ ${#found[@]} -ne 1 ]; then
    cat "$work/cpack.log" >&2
    echo "FAIL: expected one $1_$2-1_<arch>.deb, found: $(ls "$work/out")" >&2
    exit 1
  fi
  deb=${found[0]}
  pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
}

# run_until_logged LOG PATTERN WHAT COMMAND...: starts COMMAND (output into LOG) and waits, at most
# 60 s, for a line matching PATTERN while it keeps running (read with tail -f: no sleeping), then
# stops it with SIGTERM. Passes or fails WHAT. $started_pid is the running program, for an EXIT trap.
run_until_logged() {
  local log=$1 pattern=$2 what=$3 code
  shift 3
  "$@" > "$log" 2>&1 &
  started_pid=$!
  if timeout 60 grep -m1 -q "$pattern" <(tail -n +1 -f "$log" --pid="$started_pid") &&
     kill -0 "$started_pid" 2>/dev/null; then
    kill -TERM "$started_pid"
    wait "$started_pid" 2>/dev/null || true
    pass "$what"
  else
    wait "$started_pid" && code=0 || code=$?
    cat "$log" >&2
    fail "$what (it did not; exit code $code)"
  fi
  started_pid=""
}

# read_contents: the archive's file list of $deb into $work/contents.
read_contents() { dpkg-deb --contents "$deb" > "$work/contents"; }

has_entry() {  # has_entry MODE PATH: "-rwxr-xr-x root/root ... ./PATH"
  awk -v mode="$1" -v path="./$2" '$1 == mode && $2 == "root/root" && $NF == path { found = 1 } END { exit !found }' \
    "$work/contents"
}

# expect_entries "MODE PATH"...: each file is in the archive with that mode, owned by root.
expect_entries() {
  local entry
  for entry in "$@"; do
    # shellcheck disable=SC2086
    if has_entry $entry; then pass "contains ${entry#* } (${entry%% *} root/root)"; else fail "missing ${entry#* } (${entry%% *} root/root)"; fi
  done
  if awk '$2 != "root/root"' "$work/contents" | grep -q .; then fail "entries not owned by root/root"; fi
}

field() { dpkg-deb --field "$deb" "$1"; }

# expect_fields PACKAGE VERSION SUMMARY: control fields every package must have right.
expect_fields() {
  [ "$(field Package)" = "$1" ] && pass "Package: $1" || fail "Package is '$(field Package)'"
  [ "$(field Version)" = "$2-1" ] && pass "Version: $2-1" || fail "Version is '$(field Version)', expected $2-1"
  [ "$(field Description | head -1)" = "$3" ] && pass "Description: summary" ||
    fail "Description's first line is '$(field Description | head -1)'"
}

# expect_depends REGEX...: each names a package in Depends (regex, so escape + and .).
expect_depends() {
  local depends dep
  depends=$(field Depends)
  echo "   Depends: $depends"
  for dep in "$@"; do
    if grep -Eq "(^|, )${dep}( |,|$)" <<<"$depends"; then pass "Depends on ${dep//\\/}"; else fail "Depends lacks ${dep//\\/}"; fi
  done
}

# expect_session_start APP: the extracted package under $root starts civiq-APP with the desktop
# session, as the display and the kiosk do: an XDG autostart entry that steps aside for the user
# unit (desktop-file-validate where installed), and a systemd user unit that runs it with
# /etc/civiq/APP.toml and restarts it (systemd-analyze verify where installed).
expect_session_start() {
  local app=$1 desktop unit key
  desktop="$root/etc/xdg/autostart/civiq-$app.desktop"
  for key in 'Type=Application' "TryExec=civiq-$app" 'NoDisplay=true'; do
    grep -qxF "$key" "$desktop" || fail "autostart entry lacks $key"
  done
  grep -q "^Exec=.*exec civiq-$app\"\$" "$desktop" || fail "autostart entry does not start civiq-$app"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" > "$work/desktop.log" 2>&1 && pass "desktop-file-validate" ||
      { cat "$work/desktop.log" >&2; fail "desktop-file-validate"; }
  else
    echo "skip: desktop-file-validate not found (package desktop-file-utils)"
  fi

  unit="$root/usr/lib/systemd/user/civiq-$app.service"
  for key in "ExecStart=/usr/bin/civiq-$app --config /etc/civiq/$app.toml" 'Restart=always' \
             'After=graphical-session.target' 'PartOf=graphical-session.target' 'WantedBy=graphical-session.target'; do
    grep -qxF "$key" "$unit" || fail "user unit lacks $key"
  done
  verify_unit "$unit" "$root/usr/bin/civiq-$app" --user
}

# verify_unit FILE BINARY [--user]: systemd-analyze verify, with ExecStart pointed at the extracted
# BINARY (verify checks that it exists). It exits 0 on unknown keys and only prints them, so any
# output is a failure. Skipped where systemd-analyze is missing. The checked copy is left in
# $work/unit for further checks.
verify_unit() {
  local unit=$1 binary=$2 user=${3:-} name
  name=$(basename "$unit")
  if ! command -v systemd-analyze >/dev/null; then
    echo "skip: systemd-analyze not found, $name not verified"
    return 0
  fi
  mkdir -p "$work/unit" "$work/run"
  sed "s|^ExecStart=/usr/bin/$(basename "$binary") |ExecStart=$binary |" "$unit" > "$work/unit/$name"
  # --user wants a runtime dir of its own (CI has no user session).
  # shellcheck disable=SC2086  # $user is empty or --user
  if XDG_RUNTIME_DIR="$work/run" systemd-analyze verify $user --man=no "$work/unit/$name" > "$work/verify.log" 2>&1 &&
     ! [ -s "$work/verify.log" ]; then
    pass "systemd-analyze verify $user"
  else
    cat "$work/verify.log" >&2
    fail "systemd-analyze verify $user"
  fi
}

# finish NAME: the summary line and the exit status.
finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$1: $failures check(s) failed" >&2
    exit 1
  fi
  echo "$1: all checks passed"
}

# make_stubs: logging stubs, in $work/stubs, of every command the maintainer scripts call, so that
# running them creates, enables or starts nothing on the host (a command without a stub fails as
# "not found"). Each call is logged in $work/calls. runuser runs its command as the test's own user.
make_stubs() {
  stubs="$work/stubs"
  mkdir -p "$stubs"
  for command in adduser dpkg-statoverride deb-systemd-invoke systemctl chgrp chmod; do
    printf '#!/bin/sh\necho "%s $*" >> "%s/calls"\n' "$command" "$work" > "$stubs/$command"
  done
  # dpkg-statoverride --list: no override (exit 1); getent: STUB_USER=1 means the civiq user exists;
  # deb-systemd-helper debian-installed / was-enabled: STUB_ENABLED=1 means the admin had enabled it.
  echo 'exit 1' >> "$stubs/dpkg-statoverride"
  printf '#!/bin/sh\necho "getent $*" >> "%s/calls"\n[ "$STUB_USER" = 1 ] || exit 2\n' "$work" > "$stubs/getent"
  printf '#!/bin/sh\necho "deb-systemd-helper $*" >> "%s/calls"\ncase " $* " in\n  *" debian-installed "*|*" was-enabled "*) [ "$STUB_ENABLED" = 1 ] ;;\nesac\n' \
    "$work" > "$stubs/deb-systemd-helper"
  printf '#!/bin/sh\necho "install $*" >> "%s/calls"\nfor last; do :; done\nexec /bin/mkdir -p "$last"\n' "$work" > "$stubs/install"
  printf '#!/bin/sh\necho "runuser $*" >> "%s/calls"\nwhile [ "$1" != "--" ]; do shift; done\nshift\nPATH=/usr/bin:/bin exec "$@"\n' "$work" > "$stubs/runuser"
  chmod +x "$stubs"/*
}

run_script() {  # run_script SCRIPT ARGS...: with the stubs only, log in $work/calls
  local script=$1
  shift
  rm -f "$work/calls"
  # shellcheck disable=SC2086  # STUB_ENV holds NAME=VALUE words for env
  env -i PATH="$stubs" ${STUB_ENV:-} /bin/sh "$work/$script" "$@" > "$work/script.out" 2>&1 ||
    { cat "$work/script.out" >&2; return 1; }
  touch "$work/calls"
}
called() { grep -qF -- "$1" "$work/calls"; }
