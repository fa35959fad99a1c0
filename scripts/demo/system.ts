/**
 * The system packages the demo needs: Chromium, and Kamailio with its
 * WebSocket and TLS modules. The same path as the tests
 * (scripts/setup-lab.sh): installed when run as root, otherwise the demo
 * says exactly what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../../test/lab/browser.ts';

const SETUP = fileURLToPath(new URL('../setup-lab.sh', import.meta.url));
const INSTALL_HINT =
  'The demo needs Chromium and Kamailio (with its WebSocket and TLS modules).\n' +
  `On Debian or Ubuntu: sudo bash ${SETUP}\n` +
  'i.e. apt-get install chromium kamailio kamailio-websocket-modules kamailio-tls-modules openssl iproute2 util-linux';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v "$1" >/dev/null`, 'sh', command]).status === 0;
}

/** Returns an error message when something is missing and could not be installed, else null. */
export function ensureSystemPackages(): string | null {
  if (has('dpkg-query')) {
    // setup-lab.sh does nothing when all is there, installs as root, and names what is missing otherwise.
    const result = spawnSync('bash', [SETUP], { stdio: 'inherit' });
    if (result.status !== 0) return INSTALL_HINT;
  }
  const kamailio = process.env.KAMAILIO_BIN ?? 'kamailio';
  const missing = [existsSync(CHROMIUM_PATH) ? null : `Chromium (${CHROMIUM_PATH}; set CHROMIUM_PATH for another)`, has(kamailio) ? null : 'kamailio'].filter(
    (m): m is string => m !== null,
  );
  return missing.length === 0 ? null : `Missing: ${missing.join(', ')}.\n${INSTALL_HINT}`;
}
