#!/usr/bin/env bash
# Installs what the end-to-end tests and the demo PBX need on Debian/Ubuntu:
# Chromium, and Kamailio with its WebSocket and TLS modules. Does nothing when
# they are already there. Needs root to install.
set -euo pipefail
pkgs=(chromium kamailio kamailio-websocket-modules kamailio-tls-modules openssl iproute2 util-linux)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${missing[*]}. Install them as root: sudo $0" >&2
  exit 1
fi
echo "setup-lab: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
