/**
 * Issue 4 end to end: click-to-call on fixture pages (test/fixtures/click-to-call)
 * through the built extension and a real Kamailio, with SIP.js parties as the
 * numbers being called. Kamailio knows the parties by their E.164 numbers, so
 * "the far end receives the INVITE for the right number" is literal.
 */
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { SECOND_SITE } from '../lab/browser.ts';
import { startKamailio, type KamailioHandle } from '../lab/kamailio.ts';
import type { Party } from '../lab/party-client.ts';
import { startStaticServer, type StaticServer } from '../lab/static-server.ts';
import { eventually, EXTENSION_ORIGIN } from './support/extension.ts';
import { calls, openParty, startAgent, waitForCall, type Agent } from './support/agent.ts';
import { openOptions } from './support/options-page.ts';
import { storedRecords } from './support/extension-db.ts';
import { linkInk, textSpot, waitForLinkStyle, waitForPlainText } from './support/page-text.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/click-to-call/', import.meta.url));
const PREACT = path.dirname(path.dirname(createRequire(import.meta.url).resolve('preact')));

/** The far ends, registered under the numbers the fixtures show. */
const NEW_YORK = '+12127364190';
const LONDON = '+442079460958';

let pbx: KamailioHandle;
let web: StaticServer;
let agent: Agent;
let newYork: Party;
let london: Party;

beforeAll(async () => {
  pbx = await startKamailio({ users: { [NEW_YORK]: 'secretny', [LONDON]: 'secretldn' } });
  web = await startStaticServer({ mounts: { '/fixtures/': FIXTURES, '/preact/': PREACT } });
  agent = await startAgent(pbx, () => undefined);
  newYork = await openParty(agent.ext, pbx, web, NEW_YORK);
  london = await openParty(agent.ext, pbx, web, LONDON);
}, 90_000);

afterEach((context) => {
  if (context.task.result?.state === 'fail' && agent) console.log(agent.ext.logs.slice(-60).join('\n'));
});

afterAll(async () => {
  await agent?.ext.close();
  await web?.stop();
  await pbx?.stop();
});

/** Every test leaves the phone idle: no call may leak into the next. */
async function noLiveCalls(): Promise<void> {
  await eventually(() => calls(agent.ext), (list) => list.every((c) => c.phase === 'ended'), 'all calls to end');
}

/** The far end got an INVITE for `number`; it declines, so the agent's phone is free again. */
async function expectInviteFor(party: Party, number: string): Promise<void> {
  const incoming = await party.waitForIncoming();
  // The registrar rewrote the request URI to the party's contact; To keeps what was dialled.
  expect(incoming.headers.to?.[0]).toContain(`sip:${number}@`);
  await party.reject(603);
  await noLiveCalls();
}

async function openFixture(name: string, origin = web.origin): Promise<Page> {
  const page = await agent.ext.context.newPage();
  await page.goto(`${origin}/fixtures/${name}`);
  await page.bringToFront();
  return page;
}

/** What the content scripts of the page's frames found, asked as the popup asks. */
async function pageNumbers(page: Page): Promise<Array<{ text: string; e164: string; ext?: string }>> {
  await page.bringToFront();
  const r = (await agent.popup.evaluate(() => chrome.runtime.sendMessage({ target: 'background', type: 'ui/pageNumbers', payload: {} }))) as {
    ok: boolean;
    value: { numbers: Array<{ text: string; e164: string }> };
  };
  expect(r.ok).toBe(true);
  return r.value.numbers;
}

async function waitForNumbers(page: Page, wanted: string[]): Promise<Array<{ text: string; e164: string }>> {
  return eventually(
    () => pageNumbers(page),
    (numbers) => wanted.every((w) => numbers.some((n) => n.e164 === w)),
    `numbers ${wanted.join(', ')} to be found`,
  );
}

/** The numbers of every call in the extension's call record. */
async function recordedNumbers(): Promise<string[]> {
  return (await storedRecords<{ remoteE164: string }>(agent.popup, 'calls')).map((c) => c.remoteE164);
}

/** A real (trusted) mouse click on the middle of `text`. */
async function clickText(element: Locator, text: string): Promise<void> {
  await element.click({ position: (await textSpot(element, text)).inElement });
}

describe('finding numbers', () => {
  it('finds numbers in tables, text, open shadow roots and both kinds of iframes, and nothing else', async () => {
    const page = await openFixture('crm.html');
    // (With full-width digits on a Japanese line, Arabic-Indic ones on an Arabic line.)
    const numbers = await waitForNumbers(page, [NEW_YORK, LONDON, '+33123456789', '+14155552671', '+17185550141', '+19175550142', '+19175550143', '+81312345678', '+971501234567']);
    const found = numbers.map((n) => n.e164);
    // IDs, dates, amounts, IPs; inputs, textareas, editable areas, hidden elements, scripts and SVG: never.
    for (const wrong of ['+12127364191', '+12127364192', '+16465550134', '+16465550135', '+16465550136', '+16465550137', '+16465550138', '+16465550139', '+16465550140', '+16465550144', '+16465550145', '+16465550146', '+16465550147']) {
      expect(found).not.toContain(wrong);
    }
    expect(numbers.find((n) => n.e164 === NEW_YORK)?.text).toBe('+1 212-736-4190');
    await page.close();
  });

  it('changes none of the page’s nodes, its layout or its form fields', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK]);
    await waitForLinkStyle(page, page.locator('tr[data-lead="1"] .phone'), '+1 212-736-4190');
    const after = await page.evaluate(() => ({
      same: document.body.innerHTML === (window as unknown as { initialBody: string }).initialBody,
      layout: JSON.stringify([document.getElementById('leads')!.getBoundingClientRect(), document.body.scrollHeight]),
      initialLayout: (window as unknown as { initialLayout: string }).initialLayout,
      input: (document.getElementById('phone-input') as HTMLInputElement).value,
      textarea: (document.getElementById('phone-textarea') as HTMLTextAreaElement).value,
      editable: document.getElementById('phone-editable')!.innerHTML,
      globals: Object.keys(window).filter((k) => /switchboard/i.test(k)),
    }));
    expect(after).toMatchObject({
      same: true,
      layout: after.initialLayout,
      input: '+1 646-555-0134',
      textarea: 'Notes: call +1 646-555-0135',
      editable: 'Editable +1 646-555-0136',
      globals: [],
    });
    await page.close();
  });

  it('keeps up with a framework that re-renders, adds and removes rows, without breaking it', async () => {
    const page = await openFixture('framework.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.waitForFunction(() => (window as unknown as { contactsReady?: boolean }).contactsReady === true);
    await waitForNumbers(page, [NEW_YORK, LONDON, '+16465550150']);

    type Contacts = { add(r: unknown): void; removeFirst(): void; rename(id: number, phone: string): void; tick(): void; shown(): string[] };
    await page.evaluate(() => {
      const c = (window as unknown as { contacts: Contacts }).contacts;
      c.add({ id: 4, name: 'Katherine Johnson', phone: '+1 757-555-0151' });
      c.removeFirst();
      c.rename(3, '+1 646-555-0152');
      for (let i = 0; i < 5; i++) c.tick();
    });
    // The page's own updates show exactly as the framework rendered them.
    await page.waitForFunction(() => (window as unknown as { contacts: Contacts }).contacts.shown().join('|') === 'Alan Turing +44 20 7946 0958|Grace Hopper +1 646-555-0152|Katherine Johnson +1 757-555-0151');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Contacts (5 updates)');

    const numbers = await waitForNumbers(page, ['+17575550151', '+16465550152']);
    expect(numbers.map((n) => n.e164)).not.toContain(NEW_YORK);
    expect(numbers.map((n) => n.e164)).not.toContain('+16465550150');

    // A number the framework added after detection is callable with one click.
    await clickText(page.locator('li[data-id="2"] .phone'), '+44 20 7946 0958');
    await expectInviteFor(london, LONDON);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a panel the page shows by its hidden attribute, and lets go of a note the page makes editable', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK, '+16465550148']);
    await page.evaluate(() => {
      document.getElementById('hidden-attr')!.hidden = false;
      document.getElementById('note-view')!.contentEditable = 'true';
    });
    await eventually(
      () => pageNumbers(page),
      (numbers) => numbers.some((n) => n.e164 === '+16465550137') && !numbers.some((n) => n.e164 === '+16465550148'),
      'the shown number found and the editable one gone',
    );
    // The shown number calls; a click in the note now places the caret and dials nothing: the
    // call record holds the call clicked after it, and none to the note's number.
    await clickText(page.locator('#hidden-attr'), '+1 646-555-0137');
    await waitForCall(agent.ext, (c) => c.remoteNumber === '+16465550137', 'the call from the shown panel');
    await noLiveCalls();
    await clickText(page.locator('#note-view .phone'), '+1 646-555-0148');
    await clickText(page.locator('tr[data-lead="1"] .phone'), '+1 212-736-4190');
    await expectInviteFor(newYork, NEW_YORK);
    const recorded = await eventually(() => recordedNumbers(), (numbers) => numbers.includes(NEW_YORK), 'the New York call recorded');
    expect(recorded).not.toContain('+16465550148');
    await page.close();
  });
});

describe('calling from a page', () => {
  it('draws numbers as links wherever the agent scrolls, clipped by scrolling panels; the call button next to a hovered number calls it', async () => {
    const page = await openFixture('long.html');
    const panel = page.locator('#panel');
    await waitForLinkStyle(page, page.locator('#panel-0 .phone'), '+1 646-555-1000');

    // Inside the panel: scrolled with the wheel, the rows now on show are drawn, and the
    // rows scrolled out of it are not drawn outside it (over the text above the panel).
    const box = (await panel.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 3000);
    await eventually(() => panel.evaluate((el) => el.scrollTop), (top) => top >= 2900, 'the panel to scroll');
    const shown = await panel.evaluate((el) => Math.ceil(el.scrollTop / 20) + 2);
    await waitForLinkStyle(page, page.locator(`#panel-${shown} .phone`), `+1 646-555-${1000 + shown}`);
    const hidden = shown - 8;
    expect(await linkInk(page, page.locator(`#panel-${hidden} .phone`), `+1 646-555-${1000 + hidden}`)).toEqual({ line: 0, tint: 0 });

    // Far down the page.
    const far = page.locator('#far .phone');
    await far.scrollIntoViewIfNeeded();
    await waitForLinkStyle(page, far, '+1 212-736-4190');
    // A number in a fixed box stays drawn where it is shown, however far the page scrolled.
    await waitForLinkStyle(page, page.locator('#fixed .phone'), '+1 646-555-0199');

    // Pointing at the number tints it and shows the call button just after it; a real click on the button calls.
    const spot = await textSpot(far, '+1 212-736-4190');
    await page.mouse.move(spot.page.x, spot.page.y);
    await eventually(() => linkInk(page, far, '+1 212-736-4190'), (ink) => ink.tint > 10, 'the hover tint');
    const end = await far.evaluate((el) => el.getBoundingClientRect().right);
    // buttonPosition (hit-test.ts): 4 px after the number, 22 px wide, centred on its line.
    await page.mouse.move(end + 4 + 11, spot.page.y);
    await page.mouse.click(end + 4 + 11, spot.page.y);
    await expectInviteFor(newYork, NEW_YORK);
    await page.close();
  });

  it('on a long page, a number the first read has not reached yet calls on the first click', async () => {
    const page = await openFixture('big-list.html');
    const last = page.locator('#last .phone');
    await last.scrollIntoViewIfNeeded();
    await clickText(last, '+1 212-736-4190');
    await expectInviteFor(newYork, NEW_YORK);
    // The click came before the content script had read the whole page (it reads the
    // end last): the number was read when the agent clicked it, not found by the walk.
    const read = await page.waitForFunction(() => {
      const done = performance.getEntriesByName('switchboard:scan-done')[0];
      return done ? { clickedAt: (window as unknown as { lastClickAt: number }).lastClickAt, readAt: done.startTime } : null;
    });
    const { clickedAt, readAt } = (await read.jsonValue())!;
    expect(clickedAt, 'the page is too short for this machine: the whole page was read before the click').toBeLessThan(readAt);
    await page.close();
  });

  it('a number on screen while the page is still loading calls', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const script = `${web.origin}/fixtures/held.js`;
    await agent.ext.context.route(script, async (route) => {
      await held;
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    const page = await agent.ext.context.newPage();
    await page.goto(`${web.origin}/fixtures/slow.html`, { waitUntil: 'commit' });
    await page.bringToFront();
    const phone = page.locator('#lead-phone .phone');
    await phone.waitFor();
    await clickText(phone, '+1 212-736-4190');
    await expectInviteFor(newYork, NEW_YORK);
    // All of it while the page was still being parsed.
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    release();
    await page.locator('#rest').waitFor();
    await agent.ext.context.unroute(script);
    await page.close();
  });

  it('one trusted click on a number calls it; the row’s own click handler runs only off the number', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK]);
    const row = page.locator('tr[data-lead="1"]');

    await row.locator('.name').click();
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(1);

    await clickText(row.locator('.phone'), '+1 212-736-4190');
    await expectInviteFor(newYork, NEW_YORK);
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(1);
    await page.close();
  });

  it('calls numbers inside an open shadow root and inside same- and other-origin iframes', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, ['+17185550141', '+19175550143']);
    // Inside the shadow root the number is drawn as a link too.
    await waitForLinkStyle(page, page.locator('lead-card .card-phone'), '+1 718-555-0141');

    // Each of these is a lab user only in the sense of the dial plan: the PBX answers 404, which is enough
    // to prove what was dialled; the New York party proves the real path once more from a frame.
    await clickText(page.locator('lead-card .card-phone'), '+1 718-555-0141');
    await waitForCall(agent.ext, (c) => c.remoteNumber === '+17185550141', 'the call from the shadow root');
    await noLiveCalls();

    const other = page.frameLocator('#other-frame');
    await clickText(other.locator('#frame-phone'), '+1 917-555-0143');
    await waitForCall(agent.ext, (c) => c.remoteNumber === '+19175550143', 'the call from the other-origin frame');
    await noLiveCalls();

    const same = page.frameLocator('#same-frame');
    await clickText(same.locator('#frame-phone'), '+1 917-555-0142');
    await waitForCall(agent.ext, (c) => c.remoteNumber === '+19175550142', 'the call from the same-origin frame');
    await noLiveCalls();
    await page.close();
  });

  it('tel:, callto: and phone sip: links call through the extension; other sip: links and page links are left alone', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK]);
    await page.locator('#tel-link').click();
    await expectInviteFor(london, LONDON);
    await page.locator('#sip-phone').click();
    await expectInviteFor(newYork, NEW_YORK);
    await page.locator('#callto-link').click();
    await waitForCall(agent.ext, (c) => c.remoteNumber === '+33123456789', 'the callto: call');
    await noLiveCalls();
    await page.locator('#page-link').click();
    expect(await page.evaluate(() => (window as unknown as { linkClicks: number }).linkClicks)).toBe(1);
    const before = (await calls(agent.ext)).length;
    await page.locator('#sip-user').dispatchEvent('click');
    expect((await calls(agent.ext)).length).toBe(before);
    await page.close();
  });

  it('synthetic clicks dial nothing', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK]);
    const before = (await calls(agent.ext)).length;
    await page.evaluate(() => {
      const cell = document.querySelector('tr[data-lead="1"] .phone')!;
      const range = document.createRange();
      range.selectNodeContents(cell);
      const r = range.getBoundingClientRect();
      cell.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: r.left + 10, clientY: r.top + r.height / 2 }));
      (cell as HTMLElement).click();
      const link = document.getElementById('tel-link')!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
    });
    // The page's own click listeners did run (the row counted the synthetic clicks)...
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(2);
    // ...and, once the worker has answered something after them, still no call.
    await pageNumbers(page);
    expect((await calls(agent.ext)).length).toBe(before);
    await page.close();
  });

  it('the context menu and the shortcut call the selected text', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK]);
    const sw = await agent.ext.worker();
    type Events = { contextMenu(info: unknown, tab: unknown): Promise<void>; callSelection(): Promise<void> };

    const tab = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]);
    await sw.evaluate(
      ([t]) =>
        (globalThis as unknown as { switchboardEvents: Events }).switchboardEvents.contextMenu(
          { menuItemId: 'call-selection', selectionText: 'Mobile: +44 20 7946 0958 (after 5pm)', editable: false, pageUrl: (t as chrome.tabs.Tab).url },
          t,
        ),
      [tab] as const,
    );
    await expectInviteFor(london, LONDON);

    await page.evaluate(() => {
      const cell = document.querySelector('tr[data-lead="1"] .phone')!;
      const range = document.createRange();
      range.selectNodeContents(cell);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await sw.evaluate(() => (globalThis as unknown as { switchboardEvents: Events }).switchboardEvents.callSelection());
    await expectInviteFor(newYork, NEW_YORK);
    await page.close();
  });

  it('lists the page’s numbers in the popup, callable with Enter, and the switch turns detection off for the site', async () => {
    const page = await openFixture('crm.html');
    await waitForNumbers(page, [NEW_YORK]);
    await page.bringToFront();
    await agent.popup.reload();
    const list = agent.popup.getByTestId('page-tools');
    const button = list.getByRole('button', { name: 'Call +1 212-736-4190' });
    await button.focus();
    await agent.popup.keyboard.press('Enter');
    await expectInviteFor(newYork, NEW_YORK);

    await list.getByRole('checkbox', { name: /Detect numbers on 127\.0\.0\.1/ }).uncheck();
    await waitForPlainText(page, page.locator('tr[data-lead="1"] .phone'), '+1 212-736-4190');
    const before = (await calls(agent.ext)).length;
    await clickText(page.locator('tr[data-lead="1"] .phone'), '+1 212-736-4190');
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(1);
    expect((await calls(agent.ext)).length).toBe(before);

    // The options page lists the site, and removing it there turns detection back on.
    const options = await openOptions(agent.ext);
    const off = options.getByRole('list', { name: 'Sites where number detection is off' });
    await off.getByRole('button', { name: `Remove ${web.origin}` }).click();
    await expect.poll(() => off.getByRole('listitem').count()).toBe(0);
    await options.close();
    await page.reload();
    await waitForLinkStyle(page, page.locator('tr[data-lead="1"] .phone'), '+1 212-736-4190');
    await page.close();
  });
});

describe('the crm-agent-phone page protocol', () => {
  type Received = Array<Record<string, unknown>>;
  const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received }).received);

  it('a trusted CRM page’s CALL_REQUEST dials at once and the page hears its call’s events with its requestId', async () => {
    const options = await openOptions(agent.ext);
    await options.getByLabel('Add a site').last().fill(web.origin);
    await options.getByLabel('Add a site').last().press('Enter');
    await options.getByRole('list', { name: 'Trusted sites' }).getByText(web.origin).waitFor();
    await options.close();

    const page = await openFixture('protocol.html');
    // The number drawn as a link means the content script is up, and so is its end of the channel.
    await waitForLinkStyle(page, page.locator('#lead-phone'), '+1 212-736-4190');
    await page.evaluate(() => (window as unknown as { clickToCall(...a: unknown[]): boolean }).clickToCall('+1 212-736-4190', 'lead', 123, 'req-42'));
    await newYork.waitForIncoming();
    await newYork.answer();
    await eventually(() => received(page), (r) => r.some((m) => m.type === 'CALL_ANSWERED'), 'CALL_ANSWERED on the page');
    await newYork.hangup();
    const events = await eventually(() => received(page), (r) => r.some((m) => m.type === 'CALL_ENDED'), 'CALL_ENDED on the page');
    expect(events).toEqual([
      { type: 'CALL_STARTED', number: '+1 212-736-4190', direction: 'outbound', timestamp: expect.any(Number), requestId: 'req-42' },
      { type: 'CALL_ANSWERED', number: '+1 212-736-4190', timestamp: expect.any(Number), requestId: 'req-42' },
      { type: 'CALL_ENDED', duration_seconds: expect.any(Number), timestamp: expect.any(Number), requestId: 'req-42' },
    ]);
    await noLiveCalls();

    // The agent wraps the call up in the popup; the page gets it to save on its lead (issue 5).
    await agent.popup.getByTestId('wrap-up').waitFor();
    await agent.popup.getByLabel('Disposition').selectOption('Interested');
    await agent.popup.getByLabel('Notes').fill('Call back Tuesday, "after 10"');
    await agent.popup.getByRole('button', { name: 'Save wrap-up' }).click();
    const wrapped = await eventually(() => received(page), (r) => r.some((m) => m.type === 'CALL_WRAPUP'), 'CALL_WRAPUP on the page');
    expect(wrapped.at(-1)).toEqual({ type: 'CALL_WRAPUP', disposition: 'Interested', notes: 'Call back Tuesday, "after 10"', timestamp: expect.any(Number), requestId: 'req-42' });
    // The call record keeps the related entity from the request.
    const history = await agent.ext.openPage('src/history/index.html');
    await history.getByTestId('history-row').filter({ hasText: 'lead 123' }).first().waitFor();
    await history.close();

    // The call record keeps the related entity and the page (issue 5 reads it).
    // A call the agent makes from the popup is none of the page's business.
    const count = (await received(page)).length;
    await agent.popup.getByLabel('Number to call').fill('+1 212-736-4190');
    await agent.popup.getByLabel('Number to call').press('Enter');
    await expectInviteFor(newYork, NEW_YORK);
    expect((await received(page)).length).toBe(count);
    await page.close();
  });

  /**
   * The protocol fixture on a site the agent has not trusted: localhost (or
   * another name for the fixtures' server), another origin than the trusted
   * 127.0.0.1. Each site has its own budget of requests.
   */
  async function untrustedPage(host = 'localhost'): Promise<Page> {
    const page = await openFixture('protocol.html', web.origin.replace('127.0.0.1', host));
    await waitForLinkStyle(page, page.locator('#lead-phone'), '+1 212-736-4190');
    return page;
  }

  /** The page asks for a call; resolves with the consent window that opens for it. */
  async function askConsent(page: Page): Promise<Page> {
    const host = new URL(page.url()).host.replace(/[.]/g, '\\.');
    const consentWindows = () => agent.ext.context.pages().filter((p) => p.url().startsWith(`${EXTENSION_ORIGIN}/src/consent/`));
    const before = consentWindows().length;
    await page.evaluate(() => (window as unknown as { clickToCall(...a: unknown[]): boolean }).clickToCall('+1 212-736-4190', 'lead', 7, `req-${Math.random()}`));
    const [window] = await eventually(async () => consentWindows().slice(before), (w) => w.length === 1, 'the consent window');
    await window!.getByRole('heading', { name: new RegExp(`${host} wants to call \\+1 212 736 4190`) }).waitFor();
    return window!;
  }

  /**
   * Presses a key that closes the consent window (Enter on a button, Escape),
   * and waits for it to close. The window may close between the key going
   * down and coming up: Playwright then reports the key's release to a page
   * that is gone, which is not a failure (seen once in a clean-clone run).
   */
  async function pressToClose(window: Page, key: string): Promise<void> {
    const closed = window.waitForEvent('close');
    await window.keyboard.press(key).catch((error: unknown) => {
      if (!window.isClosed()) throw error;
    });
    await closed;
  }

  /** The call the agent consented to reaches New York, the page hears it answered, and it ends. */
  async function expectConsentedCall(page: Page): Promise<void> {
    await newYork.waitForIncoming();
    await newYork.answer();
    await eventually(() => received(page), (r) => r.some((m) => m.type === 'CALL_ANSWERED'), 'CALL_ANSWERED on the consented page');
    await newYork.hangup();
    await noLiveCalls();
    await page.close();
  }

  it('an untrusted site’s request waits for the agent: Ignore dials nothing, Call dials', async () => {
    const page = await untrustedPage();
    const consent = () => askConsent(page);

    const first = await consent();
    // Waiting for the agent: nothing dialled.
    expect((await calls(agent.ext)).filter((c) => c.phase !== 'ended')).toEqual([]);
    const closed = first.waitForEvent('close');
    await first.getByRole('button', { name: 'Ignore' }).click();
    await closed;
    expect((await calls(agent.ext)).filter((c) => c.phase !== 'ended')).toEqual([]);
    expect(await received(page)).toEqual([]);

    const second = await consent();
    await second.getByRole('button', { name: 'Call', exact: true }).click();
    await expectConsentedCall(page);
  });

  it('by keyboard: the consent window opens on Ignore, so Enter or Escape dials nothing; Shift+Tab and Enter call', async () => {
    const page = await untrustedPage(SECOND_SITE);
    const focusedButton = (w: Page) => w.evaluate(() => document.activeElement?.textContent ?? '');

    // An agent typing Enter into a form as the window pops up ignores the request.
    const first = await askConsent(page);
    await expect.poll(() => focusedButton(first)).toBe('Ignore');
    await pressToClose(first, 'Enter');
    const second = await askConsent(page);
    await expect.poll(() => focusedButton(second)).toBe('Ignore');
    await pressToClose(second, 'Escape');
    expect((await calls(agent.ext)).filter((c) => c.phase !== 'ended')).toEqual([]);
    expect(await received(page)).toEqual([]);

    // Call, one Shift+Tab away once it is armed.
    const third = await askConsent(page);
    await third.getByRole('button', { name: 'Call', exact: true }).and(third.locator(':enabled')).waitFor();
    await third.keyboard.press('Shift+Tab');
    expect(await focusedButton(third)).toBe('Call');
    expect(await third.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await pressToClose(third, 'Enter');
    await expectConsentedCall(page);
  });
});
