/**
 * Issue 6, accessibility: the options page, the popup, the wrap-up and the
 * history page work by keyboard alone, with focus that can be seen. Every
 * step here is a key press or typing (nothing is clicked; nothing is focused
 * by script), against a real Kamailio and a real second party. At each focus
 * stop the test checks the ring is drawn (:focus-visible, an outline or
 * box-shadow, 3:1 against its background, not cut off) and the control has
 * an accessible name; each page's whole Tab cycle comes back round (no trap)
 * in reading order. A ringing call is announced to screen readers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLab } from './support/lab-hooks.ts';
import { seriousViolations } from './support/axe.ts';
import { calls, mediaStats, openParty, waitForCall } from './support/agent.ts';
import { eventually, launchExtension, type ExtensionHandle } from './support/extension.ts';
import { configureAccount, openOptions } from './support/options-page.ts';
import { openPopup, waitForRegistration } from './support/popup-page.ts';
import { describeStop, expectVisibleFocus, focused, liveRegions, outOfReadingOrder, tabCycle, tabTo, type FocusStop } from './support/focus.ts';

const lab = useLab();

/** Presses `key` and checks where focus lands: visible, and on the control named `name`. */
async function press(page: Page, key: string, name: string | RegExp, where = key): Promise<FocusStop> {
  await page.keyboard.press(key);
  return expectFocusOn(page, name, where);
}

async function expectFocusOn(page: Page, name: string | RegExp, where: string): Promise<FocusStop> {
  const stop = await focused(page);
  expectVisibleFocus(stop, where);
  if (typeof name === 'string') expect(stop.name, `${where}: focus on`).toBe(name);
  else expect(stop.name, `${where}: focus on`).toMatch(name);
  return stop;
}

/** Focus settles (a view re-rendered, a form appeared) on a visible, named control: polled, since it follows a broadcast. */
async function focusSettlesOn(page: Page, name: string | RegExp, where: string): Promise<FocusStop> {
  await expect
    .poll(async () => (await focused(page))?.name ?? describeStop(null), { timeout: 15_000, message: `${where}: focus moves to "${String(name)}"` })
    .toMatch(typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : name);
  return expectFocusOn(page, name, where);
}

/** `want` appear in `stops` in this order (other stops may come between). */
function expectInOrder(stops: readonly FocusStop[], want: ReadonlyArray<string | RegExp>, where: string): void {
  const names = stops.map((s) => s.name);
  let from = 0;
  for (const w of want) {
    const at = names.findIndex((n, i) => i >= from && (typeof w === 'string' ? n === w : w.test(n)));
    expect(at, `${where}: "${String(w)}" after "${String(want[want.indexOf(w) - 1] ?? '(start)')}" in the Tab order ${JSON.stringify(names)}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

/**
 * An agent set up without a pointer in the popup: the account saved through
 * the options page (its keyboard path is the first test's), then Available
 * chosen with the arrow keys. A click anywhere would turn off the focus ring
 * of focus moved by script afterwards, as browsers do for mouse users.
 */
async function keyboardAgent(): Promise<{ ext: ExtensionHandle; popup: Page }> {
  const ext = lab.track(await launchExtension({ spki: lab.pbx.certSpki }));
  await configureAccount(ext, { serverUrl: lab.pbx.wsUrl, sipAddress: '1001', sipDomain: lab.pbx.domain, password: lab.pbx.users['1001'] ?? '', displayName: 'Agent 1001' });
  const popup = await openPopup(ext);
  await focusSettlesOn(popup, 'Number to call', 'the popup opens');
  await tabTo(popup, { role: 'radio', name: /^Offline/ }, { back: true });
  await press(popup, 'ArrowUp', /^Away/);
  await press(popup, 'ArrowUp', /^Available/);
  await waitForRegistration(popup, 'Registered, receiving calls');
  return { ext, popup };
}

/** Resolves after the page's next frame, by when Preact has run the effects of what it last rendered. */
function afterNextFrame(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** Replaces the focused field's text, as a person would: select all, delete, type. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

describe('keyboard only, with visible focus', () => {
  it('options: the account is filled in and saved, call settings and site lists changed, by keyboard', async () => {
    const ext = lab.track(await launchExtension({ spki: lab.pbx.certSpki }));
    const options = await openOptions(ext);

    // The first Tab enters the form; the account's fields follow in order, each with its hint read out.
    const url = await press(options, 'Tab', 'WebSocket server URL', 'first Tab');
    expect(url.description).toBe('From your PBX administrator, e.g. wss://pbx.example.com:8089/ws');
    await options.keyboard.type(lab.pbx.wsUrl);
    await press(options, 'Tab', 'SIP address or extension');
    await options.keyboard.type('1001');
    await press(options, 'Tab', 'SIP domain');
    await options.keyboard.type(lab.pbx.domain);
    await press(options, 'Tab', 'Authorization user (optional)');
    expect((await press(options, 'Tab', 'Password')).description).toBe('Your SIP password, stored only in this browser.');
    await options.keyboard.type(lab.pbx.users['1001'] ?? '');
    await press(options, 'Tab', 'Display name');
    await options.keyboard.type('Agent 1001');
    await press(options, 'Tab', 'Default country for phone numbers');
    await press(options, 'Tab', 'Save');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('save-result').textContent()).toContain('Saved');
    await expectFocusOn(options, 'Save', 'after saving');

    // A call setting: reach the checkbox, Space ticks it, Enter on its form's button saves.
    await tabTo(options, { role: 'checkbox', name: 'Answer calls automatically' });
    await options.keyboard.press('Space');
    await tabTo(options, { name: 'Save call settings' });
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('prefs-result').textContent()).toBe('Call settings saved.');

    // A site where number detection is off: typed and added with Enter, then removed with its own button.
    await tabTo(options, { name: 'Add a site' });
    await options.keyboard.type('crm.example.com');
    await options.keyboard.press('Enter');
    const remove = options.getByRole('button', { name: 'Remove https://crm.example.com' });
    await remove.waitFor();
    await tabTo(options, { name: 'Remove https://crm.example.com' }, { back: true });
    await options.keyboard.press('Enter');
    await remove.waitFor({ state: 'detached' });
    // Focus does not fall back to the top of the page with the button it was on: the list's field takes it.
    await focusSettlesOn(options, 'Add a site', 'after removing the only site');

    // The whole page: every control in reading order, and Tab comes back round.
    const cycle = await tabCycle(options);
    expect(outOfReadingOrder(cycle), 'options Tab order follows reading order').toEqual([]);
    expectInOrder(
      cycle,
      ['WebSocket server URL', 'Display name', 'Default country for phone numbers', 'Save', 'Test connection', 'Answer calls automatically', 'Save call settings', 'Add a site', 'Add a site', 'Export audit log (CSV)'],
      'options',
    );
    expect(cycle.find((s) => s.name === 'Outside-line prefix')?.description).toBe('Digits your PBX needs before outside numbers, e.g. 9. Leave empty if none.');

    // Saved for real: a fresh page shows them.
    await options.reload();
    await options.getByLabel('WebSocket server URL').waitFor();
    expect(await options.getByLabel('WebSocket server URL').inputValue()).toBe(new URL(lab.pbx.wsUrl).href);
    expect(await options.getByLabel('Answer calls automatically').isChecked()).toBe(true);
  });

  it('popup: status, dialling, mute, hold, tones, hang up and the wrap-up, by keyboard', async () => {
    // The popup opens ready to dial; Shift+Tab reaches the status, arrows choose, and the choice applies at once.
    const { ext, popup } = await keyboardAgent();
    expect(await popup.getByRole('radio', { name: /^Available/ }).isChecked()).toBe(true);

    // The idle popup: status, the number, the dialpad, recent calls, settings, in that order.
    await popup.getByRole('button', { name: 'All calls' }).waitFor();
    const idle = await tabCycle(popup);
    expect(outOfReadingOrder(idle), 'popup Tab order follows reading order').toEqual([]);
    expectInOrder(idle, [/^Available/, 'Number to call', '1', '2', '3', '0', '#', 'All calls', 'Settings'], 'idle popup');

    // Dial: type the number, Enter calls.
    const party = await openParty(ext, lab.pbx, lab.web, '1002');
    await party.configure({ autoAnswer: true });
    await tabTo(popup, { name: 'Number to call' });
    await popup.keyboard.type('1002');
    await popup.keyboard.press('Enter');
    // The number field goes away with the dialpad; focus goes to the call, not to the top of the page.
    await focusSettlesOn(popup, 'Current call', 'the call starts');
    const call = await waitForCall(ext, (c) => c.phase === 'connected', 'the call to be answered');
    await popup.getByTestId('call-state').filter({ hasText: /^Connected/ }).waitFor();

    // The call's first control is the next stop.
    await press(popup, 'Tab', 'Mute', 'Tab from the call');

    // In a call: status, the call's controls, Settings; and Tab comes back round (to Mute).
    const inCall = await tabCycle(popup);
    expect(outOfReadingOrder(inCall), 'in-call Tab order follows reading order').toEqual([]);
    expectInOrder(inCall, [/^Available/, 'Mute', 'Hold', 'Keypad', 'Transfer', 'Hang up', 'Settings'], 'popup in a call');

    // Space and Enter press them.
    await expectFocusOn(popup, 'Mute', 'after the Tab cycle');
    await popup.keyboard.press('Space');
    await waitForCall(ext, (c) => c.id === call.id && c.muted, 'the call to be muted');
    await focusSettlesOn(popup, 'Unmute', 'after muting');
    await popup.keyboard.press('Space');
    await waitForCall(ext, (c) => c.id === call.id && !c.muted, 'the call to be unmuted');

    await press(popup, 'Tab', 'Hold');
    await popup.keyboard.press('Enter');
    const hold = await party.waitForEvent('reinvite');
    expect(hold.offerDirection).toBe('sendonly');
    await focusSettlesOn(popup, 'Resume', 'after hold');
    await popup.keyboard.press('Enter');
    await waitForCall(ext, (c) => c.id === call.id && !c.onHold, 'the call to be resumed');

    await press(popup, 'Tab', 'Keypad');
    await popup.keyboard.press('Enter');
    await press(popup, 'Tab', 'Transfer');
    await press(popup, 'Tab', 'Tone 1');
    await tabTo(popup, { name: 'Tone 5' });
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await mediaStats(ext, call.id)).dtmfTonesSent, { timeout: 10_000 }).toContain('5');

    // Transfer opens with its number field focused; Cancel closes it and focus goes back to Transfer.
    await tabTo(popup, { name: 'Transfer' }, { back: true });
    await popup.keyboard.press('Enter');
    await focusSettlesOn(popup, 'Transfer to', 'the transfer box opens');
    await press(popup, 'Tab', 'Cancel');
    await popup.keyboard.press('Enter');
    await focusSettlesOn(popup, 'Transfer', 'the transfer box closes');
    // Escape in an open panel closes the panel; it does not hang up on the customer.
    await popup.keyboard.press('Enter');
    await focusSettlesOn(popup, 'Transfer to', 'the transfer box opens again');
    await popup.keyboard.press('Escape');
    await focusSettlesOn(popup, 'Transfer', 'Escape closes the transfer box');
    await tabTo(popup, { name: 'Keypad' }, { back: true });
    await popup.keyboard.press('Enter');
    await press(popup, 'Tab', 'Transfer');
    await press(popup, 'Tab', 'Tone 1');
    await popup.keyboard.press('Escape');
    await focusSettlesOn(popup, 'Keypad', 'Escape closes the keypad');
    expect(await popup.getByRole('group', { name: 'Send tones' }).count()).toBe(0);
    expect((await calls(ext)).find((c) => c.id === call.id)?.phase).toBe('connected');

    await tabTo(popup, { name: 'Hang up' });
    await popup.keyboard.press('Enter');
    await party.waitForEvent('bye');

    // The wrap-up takes focus: an arrow picks the disposition, Tab to the notes, Tab to Save, Enter.
    await popup.getByTestId('wrap-up').waitFor();
    await focusSettlesOn(popup, 'Disposition', 'the wrap-up opens');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.getByLabel('Disposition').inputValue()).toBe('Interested');
    await press(popup, 'Tab', 'Notes');
    await popup.keyboard.type('Wants a demo on Tuesday');
    await press(popup, 'Tab', 'Save wrap-up');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('wrap-up').waitFor({ state: 'detached' });
    // Ready for the next call: focus goes back to the number, not to the top of the page.
    await focusSettlesOn(popup, 'Number to call', 'after the wrap-up');

    // The call is in Recent calls, and its Call back is a stop whose ring the scrolling list does not cut off.
    await popup.getByRole('button', { name: 'Call back 1002' }).waitFor();
    const after = await tabCycle(popup);
    expect(outOfReadingOrder(after), 'popup Tab order with a recent call').toEqual([]);
    expectInOrder(after, [/^Available/, 'Number to call', 'All calls', 'Call back 1002', 'Settings'], 'popup with a recent call');
    expect(await seriousViolations(popup), 'popup with a recent call').toEqual([]);

    const history = await ext.openPage('src/history/index.html');
    await history.getByTestId('history-row').first().waitFor();
    const row = await history.getByTestId('history-row').first().innerText();
    expect(row).toContain('Interested');
    expect(row).toContain('Wants a demo on Tuesday');
  });

  it('a ringing call is announced to screen readers and answered by keyboard; history searched and a wrap-up edited by keyboard', async () => {
    const { ext, popup } = await keyboardAgent();
    const party = await openParty(ext, lab.pbx, lab.web, '1002');

    const before = await liveRegions(popup);
    expect(before.map((r) => r.text).join(' | ')).not.toContain('1002');
    const ringing = await party.call('1001');
    await waitForCall(ext, (c) => c.phase === 'incoming', 'the call to ring');
    // Announced: an alert (assertive, read out as it appears) that names the caller.
    await expect
      .poll(async () => (await liveRegions(popup)).filter((r) => r.text.includes('1002')), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.objectContaining({ role: 'alert', live: 'assertive' })]));

    // Focus goes to Answer; Space answers.
    await focusSettlesOn(popup, 'Answer', 'the call rings');
    await popup.keyboard.press('Space');
    const call = await waitForCall(ext, (c) => c.phase === 'connected', 'the call to be answered');
    await party.waitForEvent('callAccepted', 10_000, { session: ringing.sessionId });
    // Answer goes away with the ringing call; focus goes to the call.
    await focusSettlesOn(popup, 'Current call', 'the call is answered');

    // In the call, Hang up is reached by Tab.
    await tabTo(popup, { name: 'Hang up' });
    await popup.keyboard.press('Enter');
    await party.waitForEvent('bye');
    await waitForCall(ext, (c) => c.id === call.id && c.phase === 'ended', 'the call to end');

    // The wrap-up can be left for later by keyboard.
    await popup.getByTestId('wrap-up').waitFor();
    await focusSettlesOn(popup, 'Disposition', 'the wrap-up opens');
    await tabTo(popup, { name: 'Later' });
    await popup.keyboard.press('Enter');
    await popup.getByTestId('wrap-up').waitFor({ state: 'detached' });
    await focusSettlesOn(popup, 'Number to call', 'after Later');

    // A call that rings while the agent is typing a number leaves the keyboard with them
    // (a space must not answer it); it is still announced, and Shift+Tab reaches Decline.
    await popup.keyboard.type('19');
    await party.call('1001');
    await popup.getByRole('alert').filter({ hasText: '1002' }).waitFor();
    await afterNextFrame(popup);
    await expectFocusOn(popup, 'Number to call', 'a call rings while the agent types');
    await popup.keyboard.type('9');
    expect(await popup.getByLabel('Number to call').inputValue()).toBe('199');
    await press(popup, 'Shift+Tab', 'Decline');
    await popup.keyboard.press('Enter');
    await party.waitForEvent('callFailed', 10_000, { code: 486 });
    await focusSettlesOn(popup, 'Number to call', 'after declining');

    // Escape clears the field; a call to a number the PBX does not know, so history has more to search.
    await popup.keyboard.press('Escape');
    expect(await popup.getByLabel('Number to call').inputValue()).toBe('');
    await popup.keyboard.type('1999');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('call-ended').filter({ hasText: 'number not found' }).waitFor();
    await popup.getByTestId('wrap-up').waitFor();
    await focusSettlesOn(popup, 'Disposition', 'the second wrap-up opens');

    // History: the whole page by Tab, search by typing, edit a wrap-up and save it.
    const history = await ext.openPage('src/history/index.html');
    await history.getByTestId('history-row').nth(2).waitFor();
    const cycle = await tabCycle(history);
    expect(outOfReadingOrder(cycle), 'history Tab order follows reading order').toEqual([]);
    expectInOrder(cycle, ['Search by number or name', 'Direction', 'Outcome', 'Disposition', 'From', 'To', 'Export CSV', 'Clear all', /^Select call with 1999/, /^Edit wrap-up of call with 1999/, /^Call back 1999/, /^Select call with 1002/], 'history');

    await tabTo(history, { name: 'Search by number or name' });
    await history.keyboard.type('1999');
    await expect.poll(() => history.getByTestId('history-row').count()).toBe(1);
    await retype(history, '1002');
    await expect.poll(async () => (await history.getByTestId('history-row').allInnerTexts()).join('\n')).not.toContain('1999');
    await expect.poll(() => history.getByTestId('history-row').count()).toBe(2);

    await tabTo(history, { name: /^Edit wrap-up of call with 1002/ });
    await history.keyboard.press('Enter');
    // The editor takes focus where the button was.
    await focusSettlesOn(history, 'Disposition', 'the wrap-up editor opens');
    await history.keyboard.press('ArrowDown');
    await history.keyboard.press('ArrowDown');
    await press(history, 'Tab', 'Notes');
    await history.keyboard.type('Call back on Monday');
    await press(history, 'Tab', 'Save');
    await history.keyboard.press('Enter');
    await expect.poll(() => history.getByTestId('history-row').first().innerText()).toContain('Call back · Call back on Monday');
    // Focus returns to the row's Edit button, not to the top of the page.
    await focusSettlesOn(history, /^Edit wrap-up of call with 1002/, 'after saving the wrap-up');
    const inEditedRow = await history.evaluate(() => document.activeElement?.closest('tr') === document.querySelector('[data-testid="history-row"]'));
    expect(inEditedRow, 'focus is on the edited row’s Edit').toBe(true);
  });

  it('microphone page: focus starts on Allow microphone, then moves to setting up the account, each a press of Enter', async () => {
    const ext = lab.track(await launchExtension({ spki: lab.pbx.certSpki }));
    // The page the extension opens itself when installed (opening another one
    // could race with it: the extension reuses an open microphone tab).
    const isMicPage = (p: Page) => p.url().includes('/src/permission/index.html');
    const mic = ext.context.pages().find(isMicPage) ?? (await ext.context.waitForEvent('page', { predicate: isMicPage }));
    await mic.getByRole('button', { name: 'Allow microphone' }).waitFor();
    await focusSettlesOn(mic, 'Allow microphone', 'the microphone page opens');
    await mic.keyboard.press('Enter');
    await mic.getByText('The microphone is ready. You can close this tab.').waitFor();
    // Not left on the button that has just gone.
    await focusSettlesOn(mic, 'Set up your PBX account', 'the microphone is allowed');
    await mic.keyboard.press('Enter');
    const options = await eventually(async () => ext.context.pages().find((p) => p.url().includes('/src/options/')), (p) => p !== undefined, 'the options page to open');
    await options!.getByRole('heading', { level: 1 }).waitFor();
  });
});
