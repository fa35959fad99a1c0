/**
 * Issue 5 end to end: the agent's record after real calls through Kamailio:
 * recent calls in the popup, the missed-call badge, the wrap-up, the history
 * page with search and CSV export, and nothing lost across a worker stop or
 * an extension reload in the middle of a call.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useLab } from './support/lab-hooks.ts';
import type { Locator, Page } from 'playwright-core';
import { dialFromPopup, openParty, startAgent, waitForCall } from './support/agent.ts';
import { eventually, launchExtension, type ExtensionHandle } from './support/extension.ts';
import { openPopup, waitForRegistration } from './support/popup-page.ts';
import { seedRecords, storedRecords } from './support/extension-db.ts';
import { realisticCalls } from '../../src/shared/db/fixtures.ts';
import type { CallRecord } from '../../src/shared/db/records.ts';
import { openOptions } from './support/options-page.ts';

const lab = useLab();

async function openHistory(ext: ExtensionHandle): Promise<Page> {
  const page = await ext.openPage('src/history/index.html');
  await page.getByRole('heading', { name: 'Call history' }).waitFor();
  return page;
}

async function historyRows(page: Page): Promise<Array<{ outcome: string; text: string; duration: string }>> {
  const rows = page.getByTestId('history-row');
  const out: Array<{ outcome: string; text: string; duration: string }> = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({
      outcome: (await row.getAttribute('data-outcome')) ?? '',
      text: await row.innerText(),
      duration: await row.getByTestId('history-duration').innerText(),
    });
  }
  return out;
}

async function badgeText(ext: ExtensionHandle): Promise<string> {
  const sw = await ext.worker();
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

/** Writes records straight into the extension's database (a history of 60 calls would take minutes of real calls). */
async function seedCalls(page: Page, n: number): Promise<CallRecord[]> {
  const rows = realisticCalls(n, { seed: 11, now: Date.now() });
  await seedRecords(page, 'calls', rows);
  return rows;
}

/** How many records a store of the extension's database holds. */
async function stored(page: Page, store: 'calls' | 'audit'): Promise<number> {
  return (await storedRecords(page, store)).length;
}

/** The audit log's messages, older and newer than `cutoff`. */
async function auditMessages(page: Page, cutoff: number): Promise<{ old: string[]; recent: string[] }> {
  const entries = await storedRecords<{ at: number; message: string }>(page, 'audit');
  return { old: entries.filter((e) => e.at < cutoff).map((e) => e.message), recent: entries.filter((e) => e.at >= cutoff).map((e) => e.message) };
}

/** Answers the page's next confirm() dialog, and tells what it asked. */
function answerConfirm(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

/**
 * Presses `button` twice: Cancel on the question it asks (the `calls` stored
 * must stay as they are), then OK. Resolves with the question.
 */
async function cancelThenConfirm(page: Page, button: Locator, calls: number): Promise<string> {
  const cancelled = answerConfirm(page, false);
  await button.click();
  const question = await cancelled;
  expect(await stored(page, 'calls'), 'after Cancel').toBe(calls);
  const confirmed = answerConfirm(page, true);
  await button.click();
  expect(await confirmed).toBe(question);
  return question;
}

function seconds(mmss: string): number {
  const [m, s] = mmss.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
}

describe('the agent’s record', () => {
  it('files answered, missed, declined and failed calls with their outcome and duration, with a wrap-up after the call', async () => {
    const { ext, popup } = await startAgent(lab.pbx, lab.track);
    const party = await openParty(ext, lab.pbx, lab.web, '1002');

    // Answered: talk for a couple of seconds of real audio, then hang up.
    await dialFromPopup(popup, '1002');
    await party.waitForIncoming();
    const answeredAt = Date.now();
    await party.answer();
    await party.waitForStats((s) => s.packetsReceived > 100);
    await popup.getByRole('button', { name: 'Hang up' }).click();
    const talked = (Date.now() - answeredAt) / 1000;
    await party.waitForEvent('bye');

    // The wrap-up opens focused: choose with the keyboard, Enter saves.
    const wrap = popup.getByTestId('wrap-up');
    await wrap.waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('wrapup-disposition');
    await popup.getByLabel('Notes').fill('Wants a demo, "Tuesday", 10:00');
    await popup.getByLabel('Disposition').selectOption('Interested');
    await popup.getByLabel('Disposition').press('Enter');
    await wrap.waitFor({ state: 'detached' });

    // Missed, while the popup is closed: the badge counts it.
    await popup.close();
    const missed = await party.call('1001');
    await waitForCall(ext, (c) => c.phase === 'incoming', 'the call to ring');
    await party.hangup(missed.sessionId);
    await eventually(() => badgeText(ext), (t) => t === '1', 'the missed-call count on the badge');

    // Opening the popup is looking: the count clears.
    const popup2 = await openPopup(ext);
    await eventually(() => badgeText(ext), (t) => t !== '1', 'the badge count to clear');

    // Declined.
    await party.call('1001');
    await popup2.getByRole('button', { name: 'Decline' }).click();
    await party.waitForEvent('callFailed', 10_000, { code: 486 });

    // Failed: a number the PBX does not know.
    await dialFromPopup(popup2, '1999');
    await popup2.getByTestId('call-ended').filter({ hasText: 'number not found' }).waitFor();
    await popup2.getByTestId('wrap-up').waitFor();
    await popup2.getByRole('button', { name: 'Later' }).click();

    const recent = popup2.getByTestId('recent-calls');
    await recent.locator('li[data-outcome]').nth(3).waitFor();
    const outcomes = await recent.locator('li[data-outcome]').evaluateAll((items) => items.map((li) => li.getAttribute('data-outcome')));
    expect(outcomes.slice(0, 4)).toEqual(['failed', 'declined', 'missed', 'answered']);

    const history = await openHistory(ext);
    await history.getByTestId('history-row').nth(3).waitFor();
    const rows = await historyRows(history);
    expect(rows.map((r) => r.outcome)).toEqual(['failed', 'declined', 'missed', 'answered']);
    const answered = rows[3]!;
    expect(seconds(answered.duration)).toBeGreaterThanOrEqual(1);
    expect(seconds(answered.duration)).toBeLessThanOrEqual(Math.ceil(talked) + 1);
    expect(answered.text).toContain('Interested');
    expect(answered.text).toContain('Wants a demo');
    expect(rows[0]!.text).toContain('number not found');

    // Search by number, filter by outcome.
    await history.getByLabel('Search by number or name').fill('1999');
    await expect.poll(async () => (await historyRows(history)).map((r) => r.outcome)).toEqual(['failed']);
    await history.getByLabel('Search by number or name').fill('');
    await history.getByLabel('Outcome').selectOption('missed');
    await expect.poll(async () => (await historyRows(history)).map((r) => r.outcome)).toEqual(['missed']);
    await history.getByLabel('Outcome').selectOption('');

    // Edit a wrap-up later.
    await history.getByRole('button', { name: /^Edit wrap-up of call with 1999/ }).click();
    await history.getByRole('combobox', { name: 'Disposition' }).last().selectOption('Wrong number');
    await history.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await historyRows(history))[0]?.text ?? '').toContain('Wrong number');

    // CSV export of everything, with the quoted notes intact.
    const [download] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter((l) => l !== '').length).toBe(5);
    expect(csv).toContain('"Wants a demo, ""Tuesday"", 10:00"');
  });

  it('shows fifty calls at a time, and deletes the selected calls or all of them only once the agent confirms', async () => {
    const { ext } = await startAgent(lab.pbx, lab.track);
    const history = await openHistory(ext);
    await seedCalls(history, 60);
    await history.reload();
    const rows = history.getByTestId('history-row');
    const showMore = history.getByRole('button', { name: 'Show more' });
    await rows.nth(49).waitFor();
    expect(await rows.count()).toBe(50);
    await showMore.click();
    await rows.nth(59).waitFor();
    expect(await rows.count()).toBe(60);
    await showMore.waitFor({ state: 'detached' });

    // Two selected: Cancel keeps them, OK deletes exactly those two.
    const first = await rows.nth(0).innerText();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const deleteSelected = history.getByRole('button', { name: 'Delete selected' });
    expect(await cancelThenConfirm(history, deleteSelected, 60)).toBe('Delete 2 calls from the history?');
    await expect.poll(() => history.getByTestId('history-message').textContent()).toBe('Deleted 2.');
    expect(await stored(history, 'calls')).toBe(58);
    // (The list is read again after the message shows: polled.)
    await expect.poll(() => rows.nth(0).innerText()).not.toBe(first);
    expect(await deleteSelected.isDisabled()).toBe(true);

    // Clear all: the same, for everything, the audit log included.
    expect(await stored(history, 'audit')).toBeGreaterThan(0);
    const clearAll = history.getByRole('button', { name: 'Clear all' });
    expect(await cancelThenConfirm(history, clearAll, 58)).toBe('Delete the whole call history and audit log? This cannot be undone.');
    await expect.poll(() => history.getByTestId('history-message').textContent()).toBe('The history is empty.');
    await history.getByText('No calls match.').waitFor();
    expect(await rows.count()).toBe(0);
    expect(await stored(history, 'calls')).toBe(0);
    expect(await stored(history, 'audit')).toBe(0);
    // The popup's recent calls show the same empty record.
    const popup = await openPopup(ext);
    await popup.getByTestId('recent-calls').waitFor();
    expect(await popup.getByTestId('recent-calls').locator('li[data-outcome]').count()).toBe(0);
  });

  it('a wrap-up saved for a call deleted meanwhile in another tab says so, in words', async () => {
    const { ext } = await startAgent(lab.pbx, lab.track);
    const first = await openHistory(ext);
    await seedCalls(first, 3);
    await first.reload();
    const row = first.getByTestId('history-row').first();
    await row.waitFor();
    await row.getByRole('button', { name: /^Edit wrap-up of call with/ }).click();

    // Meanwhile, another history tab deletes that very call.
    const second = await openHistory(ext);
    await second.getByTestId('history-row').first().getByRole('checkbox').check();
    const confirmed = answerConfirm(second, true);
    await second.getByRole('button', { name: 'Delete selected' }).click();
    await confirmed;
    await second.getByTestId('history-message').filter({ hasText: 'Deleted 1.' }).waitFor();

    await row.getByRole('combobox', { name: 'Disposition' }).selectOption('Interested');
    await row.getByRole('button', { name: 'Save', exact: true }).click();
    await row.getByRole('alert').filter({ hasText: 'This call is no longer in the history: it was deleted meanwhile' }).waitFor();
    expect(await stored(first, 'calls')).toBe(2);
  });

  it('forgets calls and audit entries older than the days the agent keeps, as soon as that is saved', async () => {
    const { ext } = await startAgent(lab.pbx, lab.track);
    const history = await openHistory(ext);
    const now = Date.now();
    const cutoff = now - 30 * 86_400_000;
    const calls = await seedCalls(history, 60);
    const recent = calls.filter((c) => c.startedAt >= cutoff).length;
    expect(recent, 'the seeded year has calls on both sides of 30 days').toBeGreaterThan(0);
    expect(recent).toBeLessThan(60);
    await seedRecords(history, 'audit', [
      { at: now - 90 * 86_400_000, kind: 'status', message: 'Status set to Available', data: {} },
      { at: now - 86_400_000, kind: 'status', message: 'Status set to Away', data: {} },
    ]);

    const options = await openOptions(ext);
    await options.getByLabel('Keep calls for (days, empty for ever)').fill('30');
    await options.getByRole('button', { name: 'Save call settings' }).click();
    await options.getByTestId('prefs-result').filter({ hasText: 'saved' }).waitFor();

    await eventually(() => stored(history, 'calls'), (n) => n === recent, `${recent} calls of the last 30 days to remain`);
    await history.reload();
    await history.getByTestId('history-row').nth(recent - 1).waitFor();
    expect(await history.getByTestId('history-row').count()).toBe(recent);
    // The 90-day-old entry went; yesterday's stayed.
    const messages = await eventually(() => auditMessages(history, cutoff), (m) => !m.old.includes('Status set to Available'), 'the 90-day-old audit entry to go');
    expect(messages.old).toEqual([]);
    expect(messages.recent).toContain('Status set to Away');
  });

  it('loses nothing when the service worker stops between calls', async () => {
    const { ext, popup } = await startAgent(lab.pbx, lab.track);
    const party = await openParty(ext, lab.pbx, lab.web, '1002');
    await party.configure({ autoAnswer: true });
    await dialFromPopup(popup, '1002');
    await waitForCall(ext, (c) => c.phase === 'connected', 'the first call');
    await popup.getByRole('button', { name: 'Hang up' }).click();
    await popup.getByTestId('wrap-up').waitFor();
    await popup.close();

    await ext.stopServiceWorker();

    const popup2 = await openPopup(ext);
    await popup2.getByRole('button', { name: 'Later' }).click();
    await dialFromPopup(popup2, '1002');
    await waitForCall(ext, (c) => c.phase === 'connected', 'the second call');
    await popup2.getByRole('button', { name: 'Hang up' }).click();
    const history = await openHistory(ext);
    await history.getByTestId('history-row').nth(1).waitFor();
    expect((await historyRows(history)).map((r) => r.outcome)).toEqual(['answered', 'answered']);
  });

  it('marks a call cut off when the phone document dies as interrupted, and the phone comes back', async () => {
    const { ext, popup } = await startAgent(lab.pbx, lab.track);
    const party = await openParty(ext, lab.pbx, lab.web, '1002');
    await party.configure({ autoAnswer: true });
    await dialFromPopup(popup, '1002');
    const call = await waitForCall(ext, (c) => c.phase === 'connected', 'the call');
    // What an extension reload or a renderer crash does to the phone: its
    // document is gone, mid-call, without a chance to write anything.
    const sw = await ext.worker();
    await sw.evaluate(() => chrome.offscreen.closeDocument());
    // The worker brings the phone back; its first act is to file the cut-off call.
    const history = await openHistory(ext);
    await eventually(
      async () => {
        await history.reload();
        await history.getByTestId('history-row').first().waitFor();
        return (await historyRows(history)).map((r) => r.outcome);
      },
      (outcomes) => outcomes.length === 1 && outcomes[0] === 'interrupted',
      'the cut-off call to be filed as interrupted',
    );
    await eventually(() => ext.askOffscreen<{ ok: boolean; value?: { registration: string; calls: unknown[] } }>('offscreen/getState'), (r) => r?.value?.registration === 'registered', 'the phone to be registered again');
    expect(call.id).toBeTruthy();
  });

  it('after a browser crash mid-call, the restarted browser files the call as interrupted and is Available again', async () => {
    const { ext, popup } = await startAgent(lab.pbx, lab.track);
    const party = await openParty(ext, lab.pbx, lab.web, '1002');
    await party.configure({ autoAnswer: true });
    await dialFromPopup(popup, '1002');
    await waitForCall(ext, (c) => c.phase === 'connected', 'the call');
    await ext.crash();

    const relaunched = await launchExtension({ spki: lab.pbx.certSpki, profileDir: ext.profileDir });
    lab.track(relaunched);
    const popup2 = await openPopup(relaunched);
    // The status survived the restart and registration came back by itself.
    await waitForRegistration(popup2, 'Registered, receiving calls');
    expect(await popup2.getByRole('radio', { name: /^Available/ }).isChecked()).toBe(true);
    const history = await openHistory(relaunched);
    await history.getByTestId('history-row').first().waitFor();
    expect((await historyRows(history)).map((r) => r.outcome)).toEqual(['interrupted']);
  });
});
