/** The demo PBX (the lab's Kamailio on loopback) and the web server for the demo CRM and the customers' phone page. */
import { fileURLToPath } from 'node:url';
import { startKamailio, type KamailioHandle } from '../../test/lab/kamailio.ts';
import { startStaticServer, type StaticServer } from '../../test/lab/static-server.ts';
import { CUSTOMERS } from './customers.ts';
import { onStop } from './teardown.ts';

export const DEMO_CRM_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

export async function startPbx(): Promise<KamailioHandle> {
  const pbx = await startKamailio({ users: Object.fromEntries(CUSTOMERS.map((c) => [c.number, c.password])) });
  onStop('Kamailio', () => pbx.stop());
  return pbx;
}

/** Serves /crm/ (demo/) plus the lab's /party/ and /sip.js/ on http://127.0.0.1:PORT. */
export async function startWeb(): Promise<StaticServer> {
  const web = await startStaticServer({ mounts: { '/crm/': DEMO_CRM_DIR } });
  onStop('the web server', () => web.stop());
  return web;
}
