#!/usr/bin/env bash
# A nightly backup of the Kuvend database (docs/operations.md, "Backups"):
#   deploy/backup.sh [backup folder]        default /var/backups/kuvend
# cron (as root, or a user in the docker group), every night at 02:30:
#   30 2 * * * /opt/kuvend/deploy/backup.sh /var/backups/kuvend >>/var/log/kuvend-backup.log 2>&1
#
# - A dump is written to a hidden temporary file in the backup folder, checked with
#   pg_restore --list, and only then renamed to kuvend-<UTC time>.dump (mv within one
#   file system is atomic): a failed or interrupted run leaves no partial dump behind,
#   and the temporary file is removed.
# - umask 077: the folder and the dumps are readable by their owner only.
# - Custom format (pg_dump -Fc): compressed, restored with pg_restore (one table at a time if need be).
# - Dumps older than KEEP_DAYS (default 14) are deleted after a successful dump, never before.
#
# PG_DUMP (a command line that writes a custom-format dump to stdout) and PG_RESTORE (one
# that reads a dump on stdin and fails if it is unreadable, e.g. "pg_restore --list") may
# replace the defaults, which run pg_dump and pg_restore --list in the db container of this
# compose project (no PostgreSQL client needed on the host, and the versions match).
set -euo pipefail
umask 077

here="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-${BACKUP_DIR:-/var/backups/kuvend}}"
keep_days="${KEEP_DAYS:-14}"
owner="${POSTGRES_OWNER:-kuvend_owner}"
[[ "$keep_days" =~ ^[0-9]+$ ]] || { echo "backup.sh: KEEP_DAYS must be a whole number of days" >&2; exit 2; }

if [ -n "${PG_DUMP:-}" ]; then
  dump() { bash -c "$PG_DUMP"; }
else
  dump() { docker compose --project-directory "$here" exec -T db pg_dump -Fc -U "$owner" -d kuvend; }
fi
if [ -n "${PG_RESTORE:-}" ]; then
  check() { bash -c "$PG_RESTORE" >/dev/null; }
else
  check() { docker compose --project-directory "$here" exec -T db pg_restore --list >/dev/null; }
fi

mkdir -p "$dir"
chmod 700 "$dir"
tmp="$(mktemp "$dir/.kuvend-XXXXXX.partial")"
trap 'rm -f "$tmp"' EXIT

dump >"$tmp"
check <"$tmp"
final="$dir/kuvend-$(date -u +%Y%m%dT%H%M%SZ).dump"
mv -f "$tmp" "$final"
trap - EXIT

find "$dir" -maxdepth 1 -type f -name 'kuvend-*.dump' -mtime "+$keep_days" -delete
echo "backup.sh: $final ($(wc -c <"$final") bytes)"
