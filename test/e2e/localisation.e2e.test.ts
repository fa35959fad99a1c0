/**
 * Issue 6, localisation: in a French browser every page speaks French,
 * including the words the offscreen document makes (it has no chrome.i18n and
 * takes the catalogue the worker names), the worker's (tooltip, wrap-up
 * defaults) and the manifest's. Chromium's `--lang` picks the extension's
 * catalogue even where its own French UI pack is not installed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLab } from './support/lab-hooks.ts';
import { eventually, launchExtension, type ExtensionHandle } from './support/extension.ts';

const lab = useLab();

type Messages = Record<string, { message: string }>;
const catalogue = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
const english = catalogue('en');
const french = catalogue('fr');
/** French writes a no-break space before these; the tests type plain text. */
const nbsp = (text: string) => text.replace(/ ([:;?!])/g, '\u00a0$1');

/** English sentences on the page that French should have replaced (whole messages of two words or more, without placeholders). */
async function englishLeftovers(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return Object.entries(english)
    .filter(([key, e]) => !e.message.includes('$') && e.message.includes(' ') && french[key]?.message !== e.message)
    .map(([, e]) => e.message)
    .filter((m) => text.includes(m));
}

async function start(): Promise<ExtensionHandle> {
  return lab.track(await launchExtension({ spki: lab.pbx.certSpki, extraArgs: ['--lang=fr'] }));
}

async function fillAccount(page: Page, password: string): Promise<void> {
  await page.getByLabel('URL du serveur WebSocket').fill(lab.pbx.wsUrl);
  await page.getByLabel('Adresse SIP ou poste').fill('1001');
  await page.getByLabel('Domaine SIP').fill(lab.pbx.domain);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByLabel('Nom affiché').fill('Agent Un');
}

describe('localisation', () => {
  it('shows the options page, the popup, a call’s end, the wrap-up and the history in French', async () => {
    const ext = await start();
    const sw = await ext.worker();

    // The manifest's words, as Chrome resolved them.
    const { description, commands } = await sw.evaluate(async () => ({
      description: (await chrome.management.getSelf()).description,
      commands: await chrome.commands.getAll(),
    }));
    expect(description).toBe(nbsp('Votre navigateur devient votre téléphone : appelez n’importe quel numéro depuis n’importe quelle page via le PBX de votre entreprise, avec statut, clavier et historique des appels.'));
    expect(commands.find((c) => c.name === 'hang-up')?.description).toBe('Raccrocher (ou refuser un appel entrant)');

    // Settings: static title and lang, labels, validation from the worker, Test connection from the offscreen document.
    const options = await ext.openPage('src/options/index.html');
    await options.getByRole('heading', { name: 'Paramètres de Switchboard' }).waitFor();
    expect(await options.title()).toBe('Paramètres de Switchboard');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    await options.getByRole('heading', { name: 'Appels', exact: true }).waitFor();
    expect(await options.getByLabel('Pays par défaut des numéros de téléphone').locator('option[value="DE"]').innerText()).toBe('Allemagne (DE)');

    await fillAccount(options, 'wrong-password');
    await options.getByLabel('URL du serveur WebSocket').fill('http://pbx.example.com');
    await options.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await options.getByTestId('save-result').filter({ hasText: nbsp('Non enregistré : corrigez les champs signalés en rouge.') }).waitFor();
    await options.getByText('L’adresse doit commencer par wss:// (WebSocket sécurisé).').waitFor();

    await options.getByLabel('URL du serveur WebSocket').fill(lab.pbx.wsUrl);
    await options.getByRole('button', { name: 'Tester la connexion' }).click();
    const refused = options.getByTestId('test-result');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.getAttribute('data-code')).toBe('auth-refused');
    expect(await refused.innerText()).toContain('Le PBX a refusé le mot de passe de 1001');

    await options.getByLabel('Mot de passe').fill(lab.pbx.users['1001'] ?? '');
    await options.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await options.getByTestId('save-result').filter({ hasText: 'Enregistré.' }).waitFor();
    expect(await englishLeftovers(options)).toEqual([]);

    // The popup: status, registration, the tooltip, the dial preview.
    const popup = await ext.openPage('src/popup/index.html');
    await popup.getByRole('group', { name: 'Statut' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    await popup.getByRole('radio', { name: /^Disponible/ }).check();
    await popup.getByTestId('registration').filter({ hasText: 'Enregistré, reçoit les appels' }).waitFor({ timeout: 45_000 });
    await eventually(() => sw.evaluate(() => chrome.action.getTitle({})), (title) => title === nbsp(`Disponible : 1001@${lab.pbx.domain}`), 'the French tooltip');

    const dial = popup.getByLabel('Numéro à appeler');
    await dial.fill('(212) 736-4190 ext. 12');
    await popup.getByTestId('dial-preview').filter({ hasText: 'Composera +12127364190, puis 12' }).waitFor();
    expect(await englishLeftovers(popup)).toEqual([]);

    // A call the PBX cannot route: its end is put into words in the offscreen document.
    await dial.fill('1999');
    await dial.press('Enter');
    await popup.getByTestId('call-ended').filter({ hasText: nbsp('Terminé : numéro introuvable') }).waitFor();
    const wrapUp = popup.getByTestId('wrap-up');
    await wrapUp.getByRole('heading', { name: nbsp('Post-appel : 1999') }).waitFor();
    // The default dispositions are the worker's, in the agent's language.
    expect(await wrapUp.getByLabel('Qualification').locator('option').allInnerTexts()).toEqual(['(aucune)', 'Intéressé', 'À rappeler', 'Pas intéressé', 'Faux numéro', 'Messagerie vocale']);
    await wrapUp.getByRole('button', { name: 'Plus tard' }).click();
    await popup.getByRole('heading', { name: 'Appels récents' }).waitFor();
    expect(await englishLeftovers(popup)).toEqual([]);

    // History: title, column words, the outcome and a French date.
    const history = await ext.openPage('src/history/index.html');
    await history.getByRole('heading', { name: 'Historique des appels' }).waitFor();
    expect(await history.title()).toBe(nbsp('Switchboard : historique des appels'));
    const row = history.getByTestId('history-row').first();
    await row.waitFor();
    expect(await row.getByTestId('history-outcome').innerText()).toContain(nbsp('Échec · Terminé : numéro introuvable'));
    expect(await row.locator('td').nth(1).innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(await englishLeftovers(history)).toEqual([]);

    // The microphone page a fresh install opens.
    const mic = await ext.openPage('src/permission/index.html?reason=first-run');
    await mic.getByRole('button', { name: 'Autoriser le micro' }).waitFor();
    expect(await mic.title()).toBe(nbsp('Switchboard : micro'));
    expect(await englishLeftovers(mic)).toEqual([]);
  });
});
