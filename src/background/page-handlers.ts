import type { Handlers } from '../shared/messaging/listen';
import type { BackgroundResponses, BackgroundSpec } from '../shared/protocol/background-api';
import { err, ok } from '../shared/result';
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

/**
 * Click-to-call and the CRM page protocol (issue 4): the worker's side of
 * what content scripts relay from pages.
 */
export const pageHandlers: Pick<Handlers<BackgroundSpec, BackgroundResponses>, PageMessages> = {
  'content/getPageConfig': async () => {
    const { settings } = await loadState();
    return ok({ enabled: true, defaultCountry: settings.defaultCountry });
  },
  'content/dialNumber': () => err('not-implemented', 'Not built yet.'),
  'content/pageCallRequest': () => err('not-implemented', 'Not built yet.'),
  'content/warmUp': () => ok(null),
  'ui/pageNumbers': () => err('not-implemented', 'Not built yet.'),
  'ui/getSites': () => ok({ detectionOff: [], trusted: [] }),
  'ui/setSiteDetection': () => err('not-implemented', 'Not built yet.'),
  'ui/setSiteTrusted': () => err('not-implemented', 'Not built yet.'),
  'ui/consentAnswer': () => err('not-implemented', 'Not built yet.'),
  'ui/pendingConsent': () => ok(null),
};
