#!/bin/sh
# Runs a command in a private network namespace whose only interface is an
# up loopback, so WebRTC media between lab browsers stays on 127.0.0.1
# (needs root, or unprivileged user namespaces with `unshare -rn`).
#   test/lab/run-in-netns.sh npx vitest run -c test/lab/vitest.config.ts
set -e
[ "$#" -gt 0 ] || { echo "usage: $0 command [args...]" >&2; exit 2; }
exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
