// Runs the end-to-end suite. As root it re-runs itself inside a private
// network namespace (LAB.md): loopback is then the only interface, so WebRTC
// media stays on 127.0.0.1 and no test traffic can leave the machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
if (!existsSync(`${root}/dist/manifest.json`)) {
  console.error('dist/ is missing: run `npm run build` first (npm test does).');
  process.exit(1);
}

const vitest = ['npx', 'vitest', 'run', '-c', 'test/e2e/vitest.config.ts', ...args];
let command = vitest;
if (process.getuid?.() === 0 && process.env.SWITCHBOARD_NETNS !== '1' && process.env.SWITCHBOARD_NO_NETNS !== '1') {
  const quoted = vitest.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  command = ['unshare', '--net', '--', 'sh', '-c', `ip link set lo up && SWITCHBOARD_NETNS=1 exec ${quoted}`];
}
const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
