import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { CallEvent } from '../../shared/call-events';
import { PageCallMessageSchema } from '../../shared/protocol/page-protocol';
import { failedMessage, pageMessageFor, type PageCallRecord } from './page-call';

const call: PageCallRecord = { tabId: 3, frameId: 0, origin: 'https://crm.example.com', requestId: 'req-1', number: '+1 212-736-4190', at: 1 };
const base = { callId: 'c1', direction: 'outbound' as const, number: '+12127364190', at: 1_700_000_000_123.4 };

describe('pageMessageFor', () => {
  it('maps each call event to the seed protocol, with the requestId and the page’s own number', () => {
    const events: CallEvent[] = [
      { ...base, type: 'started', e164: '+12127364190' },
      { ...base, type: 'answered' },
      { ...base, type: 'ended', durationSeconds: 42.6, reason: 'local-hangup' as never, words: 'You hung up', quality: null },
      { ...base, type: 'failed', reason: 'busy' as never, words: 'Busy', sipCode: 486 },
    ];
    expect(events.map((e) => pageMessageFor(e, call))).toEqual([
      { type: 'CALL_STARTED', number: '+1 212-736-4190', direction: 'outbound', timestamp: 1_700_000_000_123, requestId: 'req-1' },
      { type: 'CALL_ANSWERED', number: '+1 212-736-4190', timestamp: 1_700_000_000_123, requestId: 'req-1' },
      { type: 'CALL_ENDED', duration_seconds: 43, timestamp: 1_700_000_000_123, requestId: 'req-1' },
      { type: 'CALL_FAILED', reason: 'Busy', timestamp: 1_700_000_000_123, requestId: 'req-1' },
    ]);
  });

  it('produces messages the content script accepts', () => {
    expect(v.safeParse(PageCallMessageSchema, pageMessageFor({ ...base, type: 'started', e164: null }, call)).success).toBe(true);
    expect(v.safeParse(PageCallMessageSchema, pageMessageFor({ ...base, type: 'answered' }, call)).success).toBe(true);
    expect(v.safeParse(PageCallMessageSchema, failedMessage('x'.repeat(1000), null, 5)).success).toBe(true);
  });

  it('leaves out requestId when the page gave none, and never reports inbound calls', () => {
    expect(pageMessageFor({ ...base, type: 'answered' }, { ...call, requestId: null })).not.toHaveProperty('requestId');
    expect(pageMessageFor({ ...base, direction: 'inbound', type: 'started', e164: null }, call)).toBeNull();
  });
});
