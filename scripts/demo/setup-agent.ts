/**
 * Gets the agent's extension ready the way a person would: allow the
 * microphone on the first-run page, fill the account on the options page by
 * its labels (test/e2e/support/options-page.ts), test the connection, trust
 * the demo CRM's site, then go Available from the popup.
 */
import type { Page } from 'playwright-core';
import type { KamailioHandle } from '../../test/lab/kamailio.ts';
import { EXTENSION_ORIGIN } from '../../test/e2e/support/extension.ts';
import { fillAccount, save, testConnection } from '../../test/e2e/support/options-page.ts';
import { chooseStatus, waitForRegistration } from '../../test/e2e/support/popup-page.ts';
import type { AgentBrowser } from './agent-browser.ts';
import { AGENT_USER } from './customers.ts';
import { detail, timed } from './log.ts';

const MIC_PAGE = `${EXTENSION_ORIGIN}/src/permission/`;

/** The first-run tab the extension opens on install (src/background/mic-page.ts): press Allow. */
export async function allowMicrophone(agent: AgentBrowser): Promise<void> {
  const page =
    agent.context.pages().find((p) => p.url().startsWith(MIC_PAGE)) ??
    (await agent.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(MIC_PAGE), timeout: 15_000 }));
  await page.getByRole('button', { name: 'Allow microphone' }).click();
  await page.getByText('The microphone is ready').waitFor();
  await page.close();
}

export async function configureAccount(agent: AgentBrowser, pbx: KamailioHandle, crmOrigin: string): Promise<void> {
  const options = await agent.openPage('src/options/index.html');
  await options.getByLabel('WebSocket server URL').waitFor();
  await fillAccount(options, {
    serverUrl: pbx.wssUrl,
    sipAddress: AGENT_USER,
    sipDomain: pbx.domain,
    password: pbx.users[AGENT_USER] ?? '',
    displayName: 'Demo Agent',
    defaultCountry: 'US',
  });
  const saved = await save(options);
  if (!saved.includes('Saved')) throw new Error(`the options page did not save: ${saved}`);
  detail(`account ${AGENT_USER}@${pbx.domain} on ${pbx.wssUrl}: ${saved.trim()}`);
  const test = await testConnection(options);
  detail(`Test connection: ${test.text.trim()}`);
  if (test.code !== 'registered') throw new Error(`Test connection did not register (${test.code})`);

  // Trusted: the agent console's CALL_REQUESTs dial without a confirmation window.
  await options.getByLabel('Add a site').last().fill(crmOrigin);
  await options.getByLabel('Add a site').last().press('Enter');
  await options.getByRole('list', { name: 'Trusted sites' }).getByText(crmOrigin).waitFor();
  detail(`trusted site: ${crmOrigin}`);
  await options.close();
}

/** The popup, as a tab the size of the real one. */
export async function openPopup(agent: AgentBrowser): Promise<Page> {
  const popup = await agent.openPage('src/popup/index.html');
  await popup.setViewportSize({ width: 340, height: 640 });
  await popup.getByRole('heading', { name: 'Switchboard' }).waitFor();
  return popup;
}

export async function goAvailable(popup: Page): Promise<void> {
  await chooseStatus(popup, 'Available');
  await waitForRegistration(popup, 'Registered, receiving calls');
}

export async function setUpAgent(agent: AgentBrowser, pbx: KamailioHandle, crmOrigin: string): Promise<Page> {
  await timed('First run: allow the microphone', () => allowMicrophone(agent));
  await timed('Options page: connect to the demo PBX', () => configureAccount(agent, pbx, crmOrigin));
  const popup = await openPopup(agent);
  await timed('Popup: status Available', () => goAvailable(popup));
  return popup;
}
