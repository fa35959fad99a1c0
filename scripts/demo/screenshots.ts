/** Where the tour writes its screenshots: demo-output/ (gitignored), or $SWITCHBOARD_DEMO_OUT. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { detail } from './log.ts';

export const OUTPUT_DIR = path.resolve(process.env.SWITCHBOARD_DEMO_OUT ?? fileURLToPath(new URL('../../demo-output/', import.meta.url)));

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  detail(`screenshot ${path.relative(process.cwd(), file) || file}`);
  return file;
}
