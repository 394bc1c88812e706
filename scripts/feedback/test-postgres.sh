#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the feedback store's tests, on 127.0.0.1 and a free port.
#   scripts/feedback/test-postgres.sh start DIR   initdb into DIR, start the server, print its URL
#   scripts/feedback/test-postgres.sh stop DIR    stop it and remove DIR
# Uses Debian's packaged binaries (`apt-get install postgresql`); PostgreSQL refuses to run as
# root, so as root the cluster runs as the `postgres` user that the package creates.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a directory for the cluster}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U feedback --auth=trust -E UTF8 --no-locale >"$dir/initdb.log"
    port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=on" start >/dev/null
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U feedback feedback_test
    echo "postgres://feedback@127.0.0.1:$port/feedback_test"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
