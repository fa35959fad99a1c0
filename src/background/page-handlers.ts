import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Handlers, MessageContext } from '../shared/messaging/listen';
import { toContent } from '../shared/messaging/to-content';
import { toOffscreen } from '../shared/messaging/channels';
import { t } from '../shared/i18n';
import { planDial } from '../shared/phone/dial-plan';
import type { BackgroundResponses, BackgroundSpec } from '../shared/protocol/background-api';
import type { PageNumber, SiteLists } from '../shared/protocol/page-protocol';
import { err, ok, type Result } from '../shared/result';
import { placeCall } from './dialing';
import { offscreenExists } from './offscreen-document';
import { postToPage } from './page-events';
import { decidePageRequest, requestKey } from './page/consent';
import { openConsentWindow, pendingFor, peekConsent, publicConsent, saveConsent, takeConsent, dropExpiredConsents } from './page/consents';
import { dialForPage } from './page/dial-for-page';
import { failedMessage } from './page/page-call';
import { allFrames, forgetFrame, framesOf, registerFrame } from './page/frames';
import { CLICK_RULE, PAGE_REQUEST_RULE } from './page/rate-limit';
import { firstSighting, withinRate } from './page/rate-limits';
import { loadSites, updateSites } from './page/site-lists';
import { webOrigin, withSite } from './page/site-origin';
import { targetTab } from './page/target-tab';
import { loadState } from './store';

type PageMessages =
  | 'content/getPageConfig'
  | 'content/dialNumber'
  | 'content/pageCallRequest'
  | 'content/warmUp'
  | 'ui/pageNumbers'
  | 'ui/getSites'
  | 'ui/setSiteDetection'
  | 'ui/setSiteTrusted'
  | 'ui/consentAnswer'
  | 'ui/pendingConsent';

/** At most this many numbers in the popup's list. */
const MAX_LISTED = 200;

/** Where a content script's message came from, as Chrome says (never as the page says). */
function pageOf(ctx: MessageContext): { origin: string; tabId: number; frameId: number; url: string } | null {
  const origin = webOrigin(ctx.url);
  if (origin === null || ctx.url === undefined || ctx.tabId === undefined || ctx.frameId === undefined) return null;
  return { origin, tabId: ctx.tabId, frameId: ctx.frameId, url: ctx.url };
}

async function tabTitle(tabId: number): Promise<string> {
  const tab = await chrome.tabs.get(tabId).catch(() => undefined);
  return (tab?.title ?? '').slice(0, 512);
}

function displayNumber(e164: string | null, dial: string): string {
  if (e164 === null) return dial;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Tells every frame showing `origin` its new setting, so a switch in the popup acts at once. */
async function reconfigure(origin: string, sites: SiteLists): Promise<void> {
  const { settings } = await loadState();
  const enabled = !sites.detectionOff.includes(origin);
  const frames = (await allFrames()).filter((f) => f.origin === origin);
  await Promise.all(
    frames.map(async (f) => {
      const r = await toContent(f.tabId, f.frameId, 'content/configure', { enabled, defaultCountry: settings.defaultCountry });
      if (!r.ok) await forgetFrame(f.tabId, f.frameId);
    }),
  );
}

async function listTabNumbers(tabId: number): Promise<PageNumber[]> {
  const frames = await framesOf(tabId);
  const ids = frames.length > 0 ? frames.map((f) => f.frameId) : [0];
  const answers = await Promise.all(
    ids.map(async (frameId) => {
      const r = await toContent(tabId, frameId, 'content/listNumbers', {});
      if (!r.ok) await forgetFrame(tabId, frameId);
      return r.ok ? r.value : [];
    }),
  );
  const seen = new Set<string>();
  const numbers: PageNumber[] = [];
  for (const n of answers.flat()) {
    const key = `${n.e164};${n.ext ?? ''}`;
    if (seen.has(key) || numbers.length >= MAX_LISTED) continue;
    seen.add(key);
    numbers.push(n);
  }
  return numbers;
}

/**
 * Click-to-call and the CRM page protocol (issue 4): the worker's side of
 * what content scripts relay from pages, and the views' per-site controls.
 * Everything a content script says is untrusted: the page's origin comes from
 * Chrome's sender, numbers go through the dial plan, and a page's request
 * dials only for a trusted site or after the agent said "Call".
 */
export const pageHandlers: Pick<Handlers<BackgroundSpec, BackgroundResponses>, PageMessages> = {
  'content/getPageConfig': async (_payload, ctx) => {
    const page = pageOf(ctx);
    const [{ settings }, sites] = await Promise.all([loadState(), loadSites()]);
    if (page !== null) await registerFrame({ tabId: page.tabId, frameId: page.frameId, origin: page.origin, at: Date.now() });
    return ok({ enabled: page !== null && !sites.detectionOff.includes(page.origin), defaultCountry: settings.defaultCountry });
  },

  'content/dialNumber': async ({ number, source }, ctx) => {
    const page = pageOf(ctx);
    if (page === null) return err('forbidden', t('errPageOnlyWeb'));
    const sites = await loadSites();
    if (sites.detectionOff.includes(page.origin)) return err('detection-off', t('errDetectionOff'));
    if (!(await withinRate('click', page.origin, CLICK_RULE))) return err('rate-limited', t('errClickRate'));
    return placeCall(number, undefined, {
      source,
      related: null,
      page: { url: page.url.slice(0, 2048), title: await tabTitle(page.tabId), origin: page.origin },
      requestId: null,
    });
  },

  'content/pageCallRequest': async ({ request, pageTitle }, ctx) => {
    const page = pageOf(ctx);
    if (page === null) return ok({ outcome: 'refused', reason: t('pageRefusedNotWeb') });
    const [{ settings, prefs }, sites] = await Promise.all([loadState(), loadSites()]);
    const trusted = sites.trusted.includes(page.origin);
    const duplicate = !(await firstSighting(requestKey(page.origin, request)));
    const decision = decidePageRequest({
      trusted,
      duplicate,
      withinRate: duplicate || (await withinRate('request', page.origin, PAGE_REQUEST_RULE)),
      planned: planDial(request.number, { ...prefs.dialPlan, defaultCountry: settings.defaultCountry }),
      pendingForOrigin: !trusted && (await pendingFor(page.origin)),
    });
    const related =
      request.relatedType != null && request.relatedId != null ? { type: request.relatedType, id: String(request.relatedId).slice(0, 128) } : null;
    const requestId = request.requestId ?? null;
    switch (decision.kind) {
      case 'refuse':
        if (decision.tellPage) await postToPage(page, failedMessage(decision.reason, requestId, Date.now()));
        return ok({ outcome: 'refused', reason: decision.reason });
      case 'dial':
        return dialForPage({ ...page, pageUrl: page.url, pageTitle, requestId, related, number: request.number });
      case 'ask': {
        await dropExpiredConsents();
        const planned = planDial(request.number, { ...prefs.dialPlan, defaultCountry: settings.defaultCountry });
        const consent = await saveConsent({
          origin: page.origin,
          number: planned.ok ? planned.dial : request.number,
          display: planned.ok ? displayNumber(planned.e164, planned.dial) : request.number,
          pageTitle: pageTitle.slice(0, 200),
          tabId: page.tabId,
          frameId: page.frameId,
          pageUrl: page.url,
          related,
          requestId,
          requested: request.number,
        });
        await openConsentWindow(consent.key);
        return ok({ outcome: 'awaiting-consent' });
      }
    }
  },

  'content/warmUp': async () => {
    const { status } = await loadState();
    if (status === 'offline' || !(await offscreenExists())) return ok(null);
    return toOffscreen('offscreen/warmUp', {});
  },

  'ui/pageNumbers': async () => {
    const tab = await targetTab();
    const origin = webOrigin(tab?.url);
    if (tab?.id === undefined || origin === null) return ok({ origin: null, numbers: [], enabled: false });
    const sites = await loadSites();
    const enabled = !sites.detectionOff.includes(origin);
    return ok({ origin, enabled, numbers: enabled ? await listTabNumbers(tab.id) : [] });
  },

  'ui/getSites': async () => ok(await loadSites()),

  'ui/setSiteDetection': async ({ origin, enabled }) => {
    if (webOrigin(origin) !== origin) return err('bad-origin', t('errBadOrigin', origin.slice(0, 80)));
    const sites = await updateSites((s) => ({ ...s, detectionOff: withSite(s.detectionOff, origin, !enabled) }));
    await reconfigure(origin, sites);
    return ok(sites);
  },

  'ui/setSiteTrusted': async ({ origin, trusted }) => {
    if (webOrigin(origin) !== origin) return err('bad-origin', t('errBadOrigin', origin.slice(0, 80)));
    return ok(await updateSites((s) => ({ ...s, trusted: withSite(s.trusted, origin, trusted) })));
  },

  'ui/consentAnswer': async ({ key, answer }): Promise<Result<null>> => {
    const consent = await takeConsent(key);
    if (consent === null) return err('expired', t('consentExpired'));
    if (answer === 'ignore') return ok(null);
    if (answer === 'always') await updateSites((s) => ({ ...s, trusted: withSite(s.trusted, consent.origin, true) }));
    const placed = await dialForPage({ ...consent, number: consent.requested });
    if (placed.ok && placed.value.outcome === 'refused') return err('not-placed', placed.value.reason);
    return placed.ok ? ok(null) : placed;
  },

  'ui/pendingConsent': async ({ key }) => {
    const consent = await peekConsent(key);
    return ok(consent === null ? null : publicConsent(consent));
  },
};
