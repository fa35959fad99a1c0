/**
 * `npm run demo` (issue 6): a demo PBX, a demo CRM and Chromium with the
 * extension already set up. With a display the person clicks around until
 * Ctrl-C; without one (or with --headless) it runs a short tour and ends by
 * itself. See scripts/demo/README.md.
 */
import path from 'node:path';
import { launchAgentBrowser } from './agent-browser.ts';
import { startCustomerPhones } from './customer-phones.ts';
import { runInteractive } from './interactive.ts';
import { detail, step, timed } from './log.ts';
import { rerunInNetns, shouldUseNetns } from './netns.ts';
import { startPbx, startWeb } from './pbx.ts';
import { OUTPUT_DIR } from './screenshots.ts';
import { setUpAgent } from './setup-agent.ts';
import { ensureSystemPackages } from './system.ts';
import { interrupted, stopAll, stopOnSignals } from './teardown.ts';
import { runTour } from './tour.ts';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || process.env.SWITCHBOARD_DEMO_HEADLESS === '1' || !hasDisplay;

async function demo(): Promise<void> {
  const pbx = await timed('Demo PBX: Kamailio on 127.0.0.1', startPbx);
  detail(`${pbx.wssUrl} (self-signed certificate, trusted by this Chromium only); agent 1001`);
  const web = await timed('Demo CRM: web server', startWeb);
  detail(`${web.origin}/crm/index.html`);
  // The customers' phones come up while the agent's browser is set up: neither needs the other until the first call.
  const customersReady = timed('Customers: register their phones, to answer every call', () => startCustomerPhones(pbx, web));
  customersReady.catch(() => undefined); // awaited below; this only keeps Node from calling it unhandled meanwhile
  const agent = await timed(`Chromium with the extension (${headless ? 'headless' : 'a window'})`, () => launchAgentBrowser({ spki: pbx.certSpki, headless }));
  const popup = await setUpAgent(agent, pbx, web.origin);
  const customers = await customersReady;
  if (!headless) return runInteractive(agent, popup, web);

  const t0 = Date.now();
  const shots = await runTour(agent, popup, web, customers);
  step(`Tour done in ${((Date.now() - t0) / 1000).toFixed(1)} s. Screenshots in ${path.relative(process.cwd(), OUTPUT_DIR) || OUTPUT_DIR}/:`);
  for (const shot of shots) detail(path.basename(shot));
}

async function main(): Promise<number> {
  // Checked (and installed) before entering the namespace, which has no network for apt.
  const missing = process.env.SWITCHBOARD_NETNS === '1' ? null : ensureSystemPackages();
  if (missing !== null) {
    console.error(missing);
    return 1;
  }
  if (shouldUseNetns(headless)) return rerunInNetns();
  const stopped = () => step('Stopped: Kamailio, the browsers and the web server are gone.');
  stopOnSignals((signal) => step(`${signal}: stopping…`), stopped);
  try {
    await demo();
    return 0;
  } catch (error) {
    if (interrupted()) return 130;
    console.error(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    if (!interrupted()) {
      await stopAll();
      stopped();
    }
  }
}

process.exitCode = await main();
