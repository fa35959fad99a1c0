/** Drives the extension's own options page the way an admin would: by the fields' visible labels. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionHandle } from './extension.ts';

export interface AccountForm {
  serverUrl: string;
  sipAddress: string;
  sipDomain?: string;
  authUser?: string;
  password?: string;
  displayName?: string;
  defaultCountry?: string;
}

export async function openOptions(ext: ExtensionHandle): Promise<Page> {
  const page = await ext.openPage('src/options/index.html');
  await page.getByLabel('WebSocket server URL').waitFor();
  return page;
}

export async function fillAccount(page: Page, form: AccountForm): Promise<void> {
  await page.getByLabel('WebSocket server URL').fill(form.serverUrl);
  await page.getByLabel('SIP address or extension').fill(form.sipAddress);
  await page.getByLabel('SIP domain').fill(form.sipDomain ?? '');
  await page.getByLabel('Authorization user (optional)').fill(form.authUser ?? '');
  if (form.password !== undefined) await page.getByLabel('Password').fill(form.password);
  await page.getByLabel('Display name').fill(form.displayName ?? '');
  if (form.defaultCountry !== undefined) await page.getByLabel('Default country for phone numbers').selectOption(form.defaultCountry);
}

export async function save(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const result = page.getByTestId('save-result');
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

/** Presses "Test connection" and returns the outcome's code and words. */
export async function testConnection(page: Page): Promise<{ code: string; text: string; helpUrl: string | null }> {
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('test-result');
  await result.waitFor({ timeout: 30_000 });
  const link = result.getByRole('link');
  return {
    code: (await result.getAttribute('data-code')) ?? '',
    text: (await result.textContent()) ?? '',
    helpUrl: (await link.count()) > 0 ? await link.getAttribute('href') : null,
  };
}

/** Configures and saves an account through the options page, checking it saved. */
export async function configureAccount(ext: ExtensionHandle, form: AccountForm): Promise<void> {
  const page = await openOptions(ext);
  await fillAccount(page, form);
  expect(await save(page)).toContain('Saved');
  await page.close();
}
