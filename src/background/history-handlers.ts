import type { Handlers } from '../shared/messaging/listen';
import { toOffscreen } from '../shared/messaging/channels';
import type { BackgroundResponses, BackgroundSpec } from '../shared/protocol/background-api';
import { ok } from '../shared/result';
import { missedCallsSeen } from './history';
import { ensureOffscreen } from './offscreen-document';
import { postWrapUp } from './page-events';
import { currentPhone, publish } from './phone-link';

type HistoryMessages = 'ui/saveWrapUp' | 'ui/deleteCalls' | 'ui/clearHistory' | 'ui/missedSeen';

/** Edits of the call record go to its one writer, the offscreen document. */
export const historyHandlers: Pick<Handlers<BackgroundSpec, BackgroundResponses>, HistoryMessages> = {
  'ui/saveWrapUp': async ({ callId, disposition, notes }) => {
    await ensureOffscreen();
    const saved = await toOffscreen('offscreen/saveWrapUp', { callId, disposition, notes });
    if (!saved.ok) return saved;
    // A CRM page that asked for this call gets the wrap-up to save on its lead.
    await postWrapUp(callId, disposition, notes);
    await publish(await currentPhone());
    return ok(null);
  },
  'ui/deleteCalls': async ({ ids }) => {
    await ensureOffscreen();
    const result = await toOffscreen('offscreen/deleteCalls', { ids });
    await publish(await currentPhone());
    return result;
  },
  'ui/clearHistory': async () => {
    await ensureOffscreen();
    const result = await toOffscreen('offscreen/clearHistory', {});
    await publish(await currentPhone());
    return result;
  },
  'ui/missedSeen': async () => {
    await missedCallsSeen();
    await publish(await currentPhone());
    return ok(null);
  },
};
