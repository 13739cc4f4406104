#!/usr/bin/env bash
# Installs, starts and prepares a local LXD 5.0 daemon for the integration tests.
# Safe to run again: every step checks the current state first.
#
#   sudo scripts/lxd-setup.sh            install if needed, start, prepare, remove leftovers
#   LXD_SETUP_SKIP_INSTALL=1 ...         fail instead of installing missing packages
#   LXD_SETUP_SKIP_CLEANUP=1 ...         keep test resources (while another test run is active)
#
# What it prepares: a `dir` storage pool named `default` used by the default profile, a
# bridge without IP addresses, and a busybox image under the alias below. Leftover test
# resources (names starting with the test prefix) from an interrupted run are deleted.
set -euo pipefail

IMAGE_ALIAS=${LXD_TEST_IMAGE_ALIAS:-lxdjava-busybox}
BRIDGE=${LXD_TEST_BRIDGE:-lxdjtbr0}
TEST_PREFIX=lxdjt-
LXD_LOG=${LXD_LOG:-/var/log/lxd/lxd.log}

log() { printf 'lxd-setup: %s\n' "$*" >&2; }
fail() { log "error: $*"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (the LXD daemon and its socket need root)"

install_packages() {
  local missing=()
  for cmd in lxd lxc busybox iptables; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "${LXD_SETUP_SKIP_INSTALL:-0}" = 1 ] && fail "missing commands: ${missing[*]}"
  log "installing lxd lxd-client iptables busybox-static (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q lxd lxd-client iptables busybox-static >/dev/null
}

daemon_answers() {
  timeout 10 lxc info >/dev/null 2>&1
}

start_daemon() {
  if daemon_answers; then
    log "daemon already answers"
    return 0
  fi
  mkdir -p "$(dirname "$LXD_LOG")"
  log "starting lxd (log: $LXD_LOG)"
  # A new session keeps the daemon alive after this script and its caller end.
  setsid lxd --group root --logfile "$LXD_LOG" </dev/null >/dev/null 2>&1 &
  lxd waitready --timeout 60 || fail "lxd did not become ready within 60 s; see $LXD_LOG"
  daemon_answers || fail "lxd started but 'lxc info' fails; see $LXD_LOG"
}

prepare_storage() {
  if ! lxc storage show default >/dev/null 2>&1; then
    log "creating dir storage pool 'default'"
    lxc storage create default dir >/dev/null
  fi
  if ! lxc profile device get default root pool >/dev/null 2>&1; then
    log "adding root disk on pool 'default' to the default profile"
    lxc profile device add default root disk path=/ pool=default >/dev/null
  fi
}

prepare_bridge() {
  if ! lxc network show "$BRIDGE" >/dev/null 2>&1; then
    log "creating bridge $BRIDGE without IP addresses"
    lxc network create "$BRIDGE" ipv4.address=none ipv6.address=none >/dev/null
  fi
}

import_image() {
  if lxc image show "$IMAGE_ALIAS" >/dev/null 2>&1; then
    return 0
  fi
  log "building busybox image '$IMAGE_ALIAS'"
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  local rootfs=$work/rootfs
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,root,run,var/log,home}
  chmod 1777 "$rootfs/tmp"
  cp "$(readlink -f "$(command -v busybox)")" "$rootfs/bin/busybox"
  local applet
  for applet in $("$rootfs/bin/busybox" --list-full); do
    [ "$applet" = bin/busybox ] && continue
    [ -e "$rootfs/$applet" ] || ln -s /bin/busybox "$rootfs/$applet"
  done
  ln -sf /bin/busybox "$rootfs/sbin/init"
  cat >"$rootfs/etc/inittab" <<'INITTAB'
::sysinit:/bin/mount -t tmpfs tmpfs /run
::respawn:/bin/sleep 2147483647
::ctrlaltdel:/sbin/reboot
::shutdown:/bin/sync
INITTAB
  printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/home/user:/bin/sh\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nuser:x:1000:\n' >"$rootfs/etc/group"
  mkdir -p "$rootfs/home/user"
  chown 1000:1000 "$rootfs/home/user"
  cat >"$work/metadata.yaml" <<META
architecture: $(uname -m)
creation_date: $(date +%s)
properties:
  os: busybox
  release: static
  description: busybox (static) test image
templates: {}
META
  tar -C "$work" -czf "$work/image.tar.gz" metadata.yaml rootfs
  lxc image import "$work/image.tar.gz" --alias "$IMAGE_ALIAS" >/dev/null
  log "imported image '$IMAGE_ALIAS'"
}

# Deletes test resources of an interrupted run. Only names that start with the test prefix.
remove_leftovers() {
  local project name
  local projects
  projects=$(lxc project list --format csv | cut -d, -f1 | sed 's/ (current)$//')
  for project in $projects; do
    for name in $(lxc list --project "$project" --format csv -c n); do
      case "$name" in
        "$TEST_PREFIX"*) log "deleting leftover instance $project/$name"; lxc delete --project "$project" --force "$name" ;;
      esac
    done
  done
  for project in $projects; do
    case "$project" in
      "$TEST_PREFIX"*)
        # A project without its own images, volumes or profiles lists the default project's:
        # delete only what the project itself owns.
        if [ "$(lxc project get "$project" features.images)" = true ]; then
          for name in $(lxc image list --project "$project" --format csv -c f); do
            lxc image delete --project "$project" "$name" || true
          done
        fi
        if [ "$(lxc project get "$project" features.storage.volumes)" = true ]; then
          for name in $(lxc storage volume list default --project "$project" --format csv -c tn 2>/dev/null | awk -F, '$1=="custom"{print $2}'); do
            lxc storage volume delete --project "$project" default "$name" || true
          done
        fi
        if [ "$(lxc project get "$project" features.profiles)" = true ]; then
          for name in $(lxc profile list --project "$project" --format csv | cut -d, -f1); do
            [ "$name" = default ] || lxc profile delete --project "$project" "$name" || true
          done
        fi
        log "deleting leftover project $project"
        lxc project delete "$project" || true ;;
    esac
  done
  for name in $(lxc storage volume list default --format csv -c tn 2>/dev/null | awk -F, '$1=="custom"{print $2}'); do
    case "$name" in "$TEST_PREFIX"*) log "deleting leftover volume $name"; lxc storage volume delete default "$name" || true ;; esac
  done
  for name in $(lxc profile list --format csv | cut -d, -f1); do
    case "$name" in "$TEST_PREFIX"*) log "deleting leftover profile $name"; lxc profile delete "$name" || true ;; esac
  done
  for name in $(lxc network list --format csv | cut -d, -f1); do
    case "$name" in "$TEST_PREFIX"*) log "deleting leftover network $name"; lxc network delete "$name" || true ;; esac
  done
  for name in $(lxc storage list --format csv | cut -d, -f1); do
    case "$name" in "$TEST_PREFIX"*) log "deleting leftover storage pool $name"; lxc storage delete "$name" || true ;; esac
  done
  # Trusted client certificates: the CSV has type, name, common name, short fingerprint, dates.
  local fingerprint
  lxc config trust list --format csv | while IFS=, read -r _ name _ fingerprint _; do
    case "$name" in "$TEST_PREFIX"*) log "removing leftover trusted certificate $name"; lxc config trust remove "$fingerprint" || true ;; esac
  done
}

install_packages
start_daemon
prepare_storage
prepare_bridge
if [ "${LXD_SETUP_SKIP_CLEANUP:-0}" = 1 ]; then
  log "keeping test resources (LXD_SETUP_SKIP_CLEANUP=1)"
else
  remove_leftovers
fi
import_image
log "ready: socket $(ls /var/lib/lxd/unix.socket), image alias '$IMAGE_ALIAS', bridge '$BRIDGE'"
