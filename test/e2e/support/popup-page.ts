/** The toolbar popup, opened as a tab (LAB.md: it renders the same). */
import type { Page } from 'playwright-core';
import type { ExtensionHandle } from './extension.ts';

export async function openPopup(ext: ExtensionHandle): Promise<Page> {
  const page = await ext.openPage('src/popup/index.html');
  await page.getByRole('heading', { name: 'Switchboard' }).waitFor();
  return page;
}

export async function chooseStatus(popup: Page, status: 'Available' | 'Away' | 'Offline'): Promise<void> {
  await popup.getByRole('radio', { name: new RegExp(`^${status}`) }).check();
}

export function registrationText(popup: Page): Promise<string> {
  return popup.getByTestId('registration').innerText();
}

/** Waits until the popup's registration line reads `words` (it is updated by broadcast). */
export async function waitForRegistration(popup: Page, words: string | RegExp, timeoutMs = 45_000): Promise<void> {
  await popup.getByTestId('registration').filter({ hasText: words }).waitFor({ timeout: timeoutMs });
}
