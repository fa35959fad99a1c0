/**
 * The content script (issue 4). It runs next to untrusted pages in every
 * frame, so:
 *  - it never throws into the page (every entry point is guarded) and puts
 *    nothing on the page's window;
 *  - it changes none of the page's nodes (numbers are underlined and the
 *    call button shown in the extension's own layer, a closed shadow root);
 *  - it holds no secrets: the worker answers it only `content/*` messages,
 *    and it answers only the worker.
 */
import { toBackground } from '../shared/messaging/channels';
import { listen } from '../shared/messaging/listen';
import { contentSpec, type ContentResponses, type ContentSpec } from '../shared/protocol/page-protocol';
import { err, ok } from '../shared/result';
import { startDetection, type Detection } from './detection';
import { guard, guardAsync, report } from './guard';
import { relayPageRequests } from './page-channel';
import { selectedText } from './selection';

const MAX_LISTED = 200;

let detection: Detection | null = null;
let current = { enabled: false, defaultCountry: '' };

function configure(next: { enabled: boolean; defaultCountry: string }): void {
  if (next.enabled === current.enabled && next.defaultCountry === current.defaultCountry && (detection !== null) === next.enabled) return;
  current = next;
  detection?.stop();
  detection = null;
  if (!next.enabled) return;
  // Injected at document_start. Once the page has a body, detection starts
  // (it walks the page once it is parsed); before that, at DOMContentLoaded.
  if (document.body === null && document.readyState === 'loading') {
    const onParsed = guard('start', () => {
      // Unless the settings changed again meanwhile.
      if (current === next && detection === null) start(next.defaultCountry);
    });
    document.addEventListener('DOMContentLoaded', onParsed, { once: true });
  } else {
    start(next.defaultCountry);
  }
}

function start(country: string): void {
  // A page being edited as a whole (designMode) is all "editable area".
  if (document.designMode !== 'on') detection = startDetection(document, country);
}

const boot = guardAsync('start', async () => {
  // The CRM protocol works whatever the detection setting: it is the page's own integration.
  const page = relayPageRequests(new AbortController().signal);

  listen<ContentSpec, ContentResponses>('content', contentSpec, {
    'content/listNumbers': () => ok(detection?.list(MAX_LISTED) ?? []),
    'content/postToPage': ({ origin, message }) => {
      // The tab may have moved on to another site since the call was asked for.
      if (location.origin !== origin) return err('origin-changed', 'This page is no longer the one that asked.');
      page.post(message);
      return ok(null);
    },
    'content/configure': (next) => {
      configure(next);
      return ok(null);
    },
    'content/selectionNumber': () => ok(selectedText(document)),
  });

  const config = await toBackground('content/getPageConfig', {});
  if (!config.ok) return report('configuration', config.error.message);
  configure(config.value);
});

boot();
