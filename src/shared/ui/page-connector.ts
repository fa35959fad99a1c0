import { toBackground } from '../messaging/channels';
import type { PageNumber, PendingConsent, SiteLists } from '../protocol/page-protocol';
import type { Result } from '../result';

/**
 * What the views need for click-to-call (issue 4): the numbers on the active
 * page, the per-site lists, and the consent window's question and answer.
 * A prop like the main Connector, so the views render without the extension.
 */
export interface PageConnector {
  pageNumbers(): Promise<Result<{ readonly origin: string | null; readonly numbers: readonly PageNumber[]; readonly enabled: boolean }>>;
  callNumber(input: string): Promise<Result<{ readonly callId: string }>>;
  getSites(): Promise<Result<SiteLists>>;
  setSiteDetection(origin: string, enabled: boolean): Promise<Result<SiteLists>>;
  setSiteTrusted(origin: string, trusted: boolean): Promise<Result<SiteLists>>;
  pendingConsent(key: string): Promise<Result<PendingConsent | null>>;
  answerConsent(key: string, answer: 'call' | 'ignore' | 'always'): Promise<Result<null>>;
}

export function extensionPageConnector(): PageConnector {
  return {
    pageNumbers: () => toBackground('ui/pageNumbers', {}),
    callNumber: (input) => toBackground('ui/dial', { input }),
    getSites: () => toBackground('ui/getSites', {}),
    setSiteDetection: (origin, enabled) => toBackground('ui/setSiteDetection', { origin, enabled }),
    setSiteTrusted: (origin, trusted) => toBackground('ui/setSiteTrusted', { origin, trusted }),
    pendingConsent: (key) => toBackground('ui/pendingConsent', { key }),
    answerConsent: (key, answer) => toBackground('ui/consentAnswer', { key, answer }),
  };
}
