/**
 * Phone latencies (issues 2 and 3): extension start, registration,
 * re-registration after a PBX restart, and for calls: the agent's Call action
 * to the INVITE at the far end, INVITE to established, answer to two-way audio.
 */
import { afterAll, beforeAll, it } from 'vitest';
import { startKamailio, type KamailioHandle } from '../lab/kamailio.ts';
import { startStaticServer, type StaticServer } from '../lab/static-server.ts';
import { calls, mediaStats, openParty, waitForCall } from '../e2e/support/agent.ts';
import { eventually, launchExtension } from '../e2e/support/extension.ts';
import { configureAccount } from '../e2e/support/options-page.ts';
import { chooseStatus, openPopup, waitForRegistration } from '../e2e/support/popup-page.ts';
import { report } from './stats.ts';

const RUNS = Number(process.env.SWITCHBOARD_BENCH_RUNS ?? 5);
const CALLS = Number(process.env.SWITCHBOARD_BENCH_CALLS ?? 7);

let pbx: KamailioHandle;
let web: StaticServer;
beforeAll(async () => {
  pbx = await startKamailio();
  web = await startStaticServer();
});
afterAll(async () => {
  await web?.stop();
  await pbx?.stop();
});

it('registration figures', async () => {
  const ready: number[] = [];
  const register: number[] = [];
  const reRegister: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const ext = await launchExtension({ spki: pbx.certSpki });
    ready.push(performance.now() - t0);
    await configureAccount(ext, { serverUrl: pbx.wssUrl, sipAddress: '1001', sipDomain: pbx.domain, password: 'secret1001' });
    const popup = await openPopup(ext);
    const t1 = performance.now();
    await chooseStatus(popup, 'Available');
    await waitForRegistration(popup, 'Registered, receiving calls');
    register.push(performance.now() - t1);
    await pbx.kill();
    await waitForRegistration(popup, 'Reconnecting…');
    const t2 = performance.now();
    await pbx.start();
    await waitForRegistration(popup, 'Registered, receiving calls', 90_000);
    reRegister.push(performance.now() - t2);
    await ext.close();
  }
  report('registration (wss, Kamailio on loopback)', [
    ['browser launch → extension worker running', ready],
    ['status Available → registered (creates the phone)', register],
    ['PBX back after an outage → registered again', reRegister],
  ]);
});

it('call latencies', async () => {
  const ext = await launchExtension({ spki: pbx.certSpki });
  await configureAccount(ext, { serverUrl: pbx.wsUrl, sipAddress: '1001', sipDomain: pbx.domain, password: 'secret1001' });
  const popup = await openPopup(ext);
  await chooseStatus(popup, 'Available');
  await waitForRegistration(popup, 'Registered, receiving calls');
  const party = await openParty(ext, pbx, web, '1002');
  await party.configure({ autoAnswer: true });

  const toInvite: number[] = [];
  const toEstablished: number[] = [];
  const toAudio: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    await popup.getByLabel('Number to call').fill('1002');
    // The Call action, stamped in the popup at the click (wall clock shared by both pages).
    const clickedAt = await popup.evaluate(() => {
      const t = Date.now();
      document.querySelector<HTMLButtonElement>('form.dialpad button[type=submit]')?.click();
      return t;
    });
    const incoming = await party.waitForEvent('incoming');
    const inviteAt = Number(incoming.wall);
    const call = await waitForCall(ext, (c) => c.phase === 'connected', 'the call to connect');
    const answeredAt = (await calls(ext)).find((c) => c.id === call.id) as unknown as { answeredAt: number };
    const audioAt = await eventually(
      async () => {
        const [mine, theirs] = await Promise.all([mediaStats(ext, call.id), party.stats()]);
        return mine.packetsReceived > 0 && theirs.packetsReceived > 0 ? Date.now() : 0;
      },
      (t) => t > 0,
      'audio both ways',
    );
    toInvite.push(inviteAt - clickedAt);
    toEstablished.push(answeredAt.answeredAt - inviteAt);
    toAudio.push(audioAt - answeredAt.answeredAt);
    await popup.getByRole('button', { name: 'Hang up' }).click();
    await party.waitForEvent('bye');
    await popup.getByTestId('wrap-up').waitFor();
    await popup.getByRole('button', { name: 'Later' }).click();
  }
  report('calls (ws, microphone warmed when the dialpad opened; first call included)', [
    ['Call action → INVITE at the far end', toInvite],
    ['INVITE → established (far end answers at once)', toEstablished],
    ['answer → two-way audio (polled every ~20 ms)', toAudio],
  ]);
  await ext.close();
});
