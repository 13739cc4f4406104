#!/usr/bin/env bash
# Stops the two-member test cluster that scripts/lxd-cluster-setup.sh started and deletes its
# directories, instances and images included. The main daemon (/var/lib/lxd) is not touched.
set -euo pipefail

log() { printf 'lxd-cluster-teardown: %s\n' "$*" >&2; }

[ "$(id -u)" = 0 ] || { log "error: run as root"; exit 1; }

stop_member() {
  local dir=$1 name=$2
  [ -d "$dir" ] || return 0
  if LXD_DIR=$dir timeout 10 lxc info >/dev/null 2>&1; then
    log "stopping $name and its instances"
    LXD_DIR=$dir timeout 120 lxd shutdown || log "$name did not shut down cleanly"
  fi
  # The daemon mounts tmpfs folders (shmounts, devlxd) and instance storage inside its LXD_DIR.
  local mount
  for mount in $(awk -v dir="$dir/" 'index($2, dir) == 1 {print $2}' /proc/mounts | sort -r); do
    umount -l "$mount" || log "cannot unmount $mount"
  done
  if awk -v dir="$dir/" 'index($2, dir) == 1 {found=1} END {exit !found}' /proc/mounts; then
    log "error: $dir still has mounts; not deleting it"
    return 1
  fi
  log "deleting $dir"
  rm -rf --one-file-system "$dir"
}

# member2 first, so member1 (the database leader) outlives its peer.
stop_member /var/lib/lxd-c2 member2
stop_member /var/lib/lxd-c1 member1
log "done"
