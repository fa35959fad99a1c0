// `npm run bench`: the phone and history benchmarks (vitest, real Chromium and
// Kamailio), then the content-script benchmark when present. As root it runs
// in a private network namespace like the end-to-end suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('../..', import.meta.url).pathname;
const steps = [['npx', 'vitest', 'run', '-c', 'test/bench/vitest.config.ts', ...process.argv.slice(2)]];
// With arguments (a file or -t filter) only the vitest benchmarks run.
if (process.argv.length <= 2 && existsSync(`${root}/test/bench/content-bench.mjs`)) steps.push(['node', 'test/bench/content-bench.mjs']);

let status = 0;
for (const step of steps) {
  let command = step;
  if (process.getuid?.() === 0 && process.env.SWITCHBOARD_NETNS !== '1') {
    const quoted = step.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    command = ['unshare', '--net', '--', 'sh', '-c', `ip link set lo up && SWITCHBOARD_NETNS=1 exec ${quoted}`];
  }
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', cwd: root });
  status ||= result.status ?? 1;
}
process.exit(status);
