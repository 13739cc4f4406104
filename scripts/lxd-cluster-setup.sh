#!/usr/bin/env bash
# Starts a two-member LXD cluster on this machine for the cluster tests, beside the main daemon.
# Safe to run again: a cluster whose two members are online is left as it is.
#
#   sudo scripts/lxd-cluster-setup.sh        start (and on first use create) the cluster
#   sudo scripts/lxd-cluster-teardown.sh     stop it and delete its directories
#
# Each member is its own daemon with its own LXD_DIR, unix socket and loopback address, so the
# main daemon (/var/lib/lxd) is never touched:
#
#   member1  LXD_DIR=/var/lib/lxd-c1  https://127.0.0.11:8443
#   member2  LXD_DIR=/var/lib/lxd-c2  https://127.0.0.12:8443
#
# Both members get a `dir` storage pool `default` in the default profile and no network, and the
# busybox test image is copied from the main daemon (run scripts/lxd-setup.sh first).
set -euo pipefail

IMAGE_ALIAS=${LXD_TEST_IMAGE_ALIAS:-lxdjava-busybox}
C1_DIR=/var/lib/lxd-c1
C2_DIR=/var/lib/lxd-c2
C1_ADDRESS=127.0.0.11:8443
C2_ADDRESS=127.0.0.12:8443
LOG_DIR=/var/log/lxd

log() { printf 'lxd-cluster-setup: %s\n' "$*" >&2; }
fail() { log "error: $*"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (the LXD daemons need root)"
command -v lxd >/dev/null || fail "lxd is not installed: run scripts/lxd-setup.sh first"

# Runs lxc against one member; LXD_DIR selects the member's unix socket.
member_lxc() {
  local dir=$1
  shift
  LXD_DIR=$dir timeout 60 lxc "$@"
}

answers() {
  member_lxc "$1" info >/dev/null 2>&1
}

start_member() {
  local dir=$1 name=$2
  if answers "$dir"; then
    return 0
  fi
  mkdir -p "$dir" "$LOG_DIR"
  chmod 711 "$dir"
  log "starting $name (LXD_DIR=$dir, log: $LOG_DIR/$name.log)"
  # A new session keeps the daemon alive after this script ends, as for the main daemon.
  LXD_DIR=$dir setsid lxd --group root --logfile "$LOG_DIR/$name.log" </dev/null >/dev/null 2>&1 &
  LXD_DIR=$dir lxd waitready --timeout 60 || fail "$name did not become ready; see $LOG_DIR/$name.log"
}

is_clustered() {
  member_lxc "$1" cluster list --format csv >/dev/null 2>&1
}

init_member1() {
  if is_clustered "$C1_DIR"; then
    return 0
  fi
  log "initialising member1 as a new cluster"
  LXD_DIR=$C1_DIR lxd init --preseed <<PRESEED
config:
  core.https_address: $C1_ADDRESS
  cluster.https_address: $C1_ADDRESS
cluster:
  server_name: member1
  enabled: true
storage_pools:
- name: default
  driver: dir
profiles:
- name: default
  devices:
    root:
      path: /
      pool: default
      type: disk
PRESEED
}

join_member2() {
  if is_clustered "$C2_DIR"; then
    return 0
  fi
  log "joining member2 to the cluster"
  # A token left from an interrupted join would block a new one for the same name.
  member_lxc "$C1_DIR" cluster revoke-token member2 >/dev/null 2>&1 || true
  local token
  token=$(member_lxc "$C1_DIR" cluster add member2 --quiet)
  [ -n "$token" ] || fail "member1 issued no join token"
  LXD_DIR=$C2_DIR lxd init --preseed <<PRESEED
config: {}
cluster:
  enabled: true
  server_name: member2
  server_address: $C2_ADDRESS
  cluster_token: $token
  member_config:
  - entity: storage-pool
    name: default
    key: source
    value: ""
PRESEED
}

copy_image() {
  if member_lxc "$C1_DIR" image show "$IMAGE_ALIAS" >/dev/null 2>&1; then
    return 0
  fi
  lxc image show "$IMAGE_ALIAS" >/dev/null 2>&1 \
    || fail "the main daemon has no image '$IMAGE_ALIAS': run scripts/lxd-setup.sh first"
  log "copying image '$IMAGE_ALIAS' from the main daemon"
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  lxc image export "$IMAGE_ALIAS" "$work/image" >/dev/null
  member_lxc "$C1_DIR" image import "$work"/image* --alias "$IMAGE_ALIAS" >/dev/null
}

check_cluster() {
  # Members restarted after a stop report OFFLINE until their next heartbeat (about 10 s).
  local online tries=0
  while true; do
    online=$(member_lxc "$C1_DIR" cluster list --format csv | grep -c ',ONLINE,' || true)
    [ "$online" = 2 ] || [ "$tries" -ge 60 ] && break
    tries=$((tries + 1))
    sleep 1
  done
  [ "$online" = 2 ] || fail "expected 2 online members, found $online: $(member_lxc "$C1_DIR" cluster list --format csv)"
}

start_member "$C1_DIR" member1
init_member1
start_member "$C2_DIR" member2
join_member2
copy_image
check_cluster
log "ready: member1 $C1_DIR/unix.socket ($C1_ADDRESS), member2 $C2_DIR/unix.socket ($C2_ADDRESS)"
