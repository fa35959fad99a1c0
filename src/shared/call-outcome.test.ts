import { describe, expect, it } from 'vitest';
import { outcomeOf } from './call-outcome';
import type { EndReason } from './call-snapshot';

const failed = (reason: EndReason, direction: 'inbound' | 'outbound' = 'outbound', sipCode: number | null = null) =>
  ({ type: 'failed', callId: 'c', direction, number: '1002', at: 1, reason, words: `words for ${reason}`, sipCode }) as const;

describe('outcomeOf', () => {
  it('files answered calls as answered, keeping why one was cut off', () => {
    const base = { type: 'ended', callId: 'c', direction: 'outbound', number: '1', at: 1, durationSeconds: 5, quality: null } as const;
    expect(outcomeOf({ ...base, reason: 'hangup-remote', words: 'Ended' })).toEqual({ outcome: 'answered', failureReason: null, sipCode: null });
    expect(outcomeOf({ ...base, reason: 'connection-lost', words: 'Ended: lost' }).failureReason).toBe('Ended: lost');
  });

  it('files calls that never connected by why', () => {
    expect(outcomeOf(failed('busy', 'outbound', 486 as never)).outcome).toBe('busy');
    expect(outcomeOf(failed('busy', 'inbound', 486 as never))).toMatchObject({ outcome: 'missed', failureReason: 'Busy on another call' });
    expect(outcomeOf(failed('missed', 'inbound')).outcome).toBe('missed');
    expect(outcomeOf(failed('declined', 'inbound', 486 as never)).outcome).toBe('declined');
    expect(outcomeOf(failed('no-answer', 'outbound', 480 as never)).outcome).toBe('no-answer');
    expect(outcomeOf(failed('cancelled')).outcome).toBe('cancelled');
    expect(outcomeOf(failed('not-found', 'outbound', 404 as never))).toMatchObject({ outcome: 'failed', failureReason: 'words for not-found', sipCode: 404 });
  });
});
