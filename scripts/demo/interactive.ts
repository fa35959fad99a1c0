/** With a display: the person clicks around; the demo stays up until Ctrl-C or the window is closed. */
import type { Page } from 'playwright-core';
import type { StaticServer } from '../../test/lab/static-server.ts';
import type { AgentBrowser } from './agent-browser.ts';
import { CUSTOMERS } from './customers.ts';
import { step } from './log.ts';
import { interrupted } from './teardown.ts';

export async function runInteractive(agent: AgentBrowser, popup: Page, web: StaticServer): Promise<void> {
  const crm = await agent.context.newPage();
  await crm.goto(`${web.origin}/crm/index.html`);
  await popup.close();
  await crm.bringToFront();
  step('Ready. In the Chromium window:');
  console.log(`
  · Point at a phone number on the demo CRM and click it: the customer answers and you hear a beep.
  · The Switchboard toolbar button (pin it from the puzzle-piece menu) opens the popup: hold, mute, keypad, hang up, wrap-up.
  · ${web.origin}/crm/lead.html: a lead page with numbers in several formats.
  · ${web.origin}/crm/console.html: a page that asks for calls over the crm-agent-phone protocol.
  · Customers who answer: ${CUSTOMERS.map((c) => `${c.name} (${c.city}) ${c.number}`).join(', ')}.

  Ctrl-C here, or closing the browser, stops everything.
`);
  // Resolves when the person closes the browser; Ctrl-C is handled by main.ts.
  await new Promise<void>((resolve) => agent.context.once('close', () => resolve()));
  if (!interrupted()) step('The browser was closed.');
}
