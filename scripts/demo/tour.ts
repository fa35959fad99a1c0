/**
 * The headless tour (no display: a server, CI): one real call from the demo
 * CRM through the demo PBX to a customer and back, every step printed as it
 * happens, screenshots of what the agent would see.
 */
import type { Page } from 'playwright-core';
import type { StaticServer } from '../../test/lab/static-server.ts';
import type { AgentBrowser } from './agent-browser.ts';
import { waitForLinkStyle, hoverText } from './crm-page.ts';
import type { CustomerPhones } from './customer-phones.ts';
import { detail, step, timed } from './log.ts';
import { liveCall, twoWayAudio, until } from './phone.ts';
import { screenshot } from './screenshots.ts';

const JANE = '+12127364190';
const OLIVER = '+442079460958';

export async function runTour(agent: AgentBrowser, popup: Page, web: StaticServer, customers: CustomerPhones): Promise<string[]> {
  const shots: string[] = [];
  const jane = customers.party(JANE);
  shots.push(await screenshot(popup, '01-popup-available'));

  const crm = await agent.context.newPage();
  await timed('CRM: open the contact list', async () => {
    await crm.goto(`${web.origin}/crm/index.html`);
    await crm.bringToFront();
    await waitForLinkStyle(crm, crm.locator('tr[data-contact="jane"] td.phone'), '(212) 736-4190');
  });
  const cell = crm.locator('tr[data-contact="jane"] td.phone');
  const point = await timed('CRM: point at Jane Doe’s number, (212) 736-4190', () => hoverText(crm, cell, '(212) 736-4190'));
  detail(point.button ? 'the number lights up and the call button appears next to it' : 'WARNING: no hover tint or call button appeared (see src/content/pointer.ts)');
  shots.push(await screenshot(crm, '02-crm-hover'));

  await timed('CRM: click the number (a real mouse click)', async () => {
    await crm.mouse.click(point.x, point.y);
    await jane.waitForEvent('incoming');
    detail('the PBX rang Jane Doe (+12127364190); she answers');
  });
  // The "Calling…" note the page shows next to the number stays 4 s; the INVITE arrives well within that.
  shots.push(await screenshot(crm, '03-crm-calling'));
  const call = await timed('Talk: wait for the call to connect', async () => {
    await jane.waitForEvent('sessionState', 10_000, { state: 'Established' });
    await popup.getByTestId('call-state').filter({ hasText: /^Connected/ }).waitFor();
    return liveCall(agent);
  });
  await timed('Talk: wait for audio both ways', async () => {
    const media = await twoWayAudio(agent, call.id, jane);
    detail(`agent sent ${media.agent.packetsSent} and received ${media.agent.packetsReceived} RTP packets`);
  });
  shots.push(await screenshot(popup, '04-popup-in-call'));

  await timed('Hold', async () => {
    await popup.getByRole('button', { name: 'Hold', exact: true }).click();
    await jane.waitForEvent('reinvite');
    await popup.getByTestId('call-state').filter({ hasText: /^On hold/ }).waitFor();
  });
  await timed('Resume, and audio flows both ways again', async () => {
    await popup.getByRole('button', { name: 'Resume', exact: true }).click();
    await jane.waitForEvent('reinvite');
    await popup.getByTestId('call-state').filter({ hasText: /^Connected/ }).waitFor();
    await twoWayAudio(agent, call.id, jane);
  });
  await timed('Hang up', async () => {
    await popup.getByRole('button', { name: 'Hang up' }).click();
    await jane.waitForEvent('bye');
  });
  await timed('Wrap-up: disposition and notes', async () => {
    const wrap = popup.getByTestId('wrap-up');
    await wrap.waitFor();
    await popup.getByLabel('Disposition').selectOption('Interested');
    await popup.getByLabel('Notes').fill('Wants a quote for 40 containers; send it by Friday.');
    shots.push(await screenshot(popup, '05-wrap-up'));
    await popup.getByRole('button', { name: 'Save wrap-up' }).click();
    await wrap.waitFor({ state: 'detached' });
  });

  shots.push(...(await consoleCall(agent, popup, web, customers)));

  await timed('History: open the call history page', async () => {
    const history = await agent.openPage('src/history/index.html');
    await history.getByRole('heading', { name: 'Call history' }).waitFor();
    await history.getByTestId('history-row').nth(1).waitFor();
    shots.push(await screenshot(history, '07-history'));
  });
  return shots;
}

/** The agent console page asks for a call over crm-agent-phone; the customer hangs up; the page hears every event. */
async function consoleCall(agent: AgentBrowser, popup: Page, web: StaticServer, customers: CustomerPhones): Promise<string[]> {
  const oliver = customers.party(OLIVER);
  const page = await agent.context.newPage();
  type Received = Array<{ type: string }>;
  const received = () => page.evaluate(() => (window as unknown as { received: Received }).received.map((m) => m.type));
  await timed('Agent console: the CRM’s own Call button (crm-agent-phone protocol)', async () => {
    await page.goto(`${web.origin}/crm/console.html`);
    await page.bringToFront();
    // (The content script starts before the page's own scripts: its end of the channel is already up.)
    await page.getByRole('button', { name: 'Call Oliver' }).click();
    await oliver.waitForEvent('sessionState', 10_000, { state: 'Established' });
    await until(received, (r) => r.includes('CALL_ANSWERED'), 'CALL_ANSWERED on the page');
  });
  const call = await liveCall(agent);
  await timed('Talk to Oliver Bennett (London), who then hangs up', async () => {
    await twoWayAudio(agent, call.id, oliver);
    await oliver.hangup();
    await until(received, (r) => r.includes('CALL_ENDED'), 'CALL_ENDED on the page');
  });
  await timed('Wrap-up: the page hears it too', async () => {
    await popup.getByTestId('wrap-up').waitFor();
    await popup.getByLabel('Disposition').selectOption('Call back');
    await popup.getByRole('button', { name: 'Save wrap-up' }).click();
    await until(received, (r) => r.includes('CALL_WRAPUP'), 'CALL_WRAPUP on the page');
    step(`  the page received: ${(await received()).join(', ')}`);
  });
  return [await screenshot(page, '06-crm-agent-console')];
}
