import type { CallSnapshot } from '../shared/call-snapshot';
import type { CallAction } from '../shared/protocol/schemas';

/**
 * Keyboard shortcuts (chrome.commands; rebindable at chrome://extensions/shortcuts).
 * Which call a shortcut acts on is decided from the phone's snapshot: pure,
 * so it is unit-tested.
 */
export type PhoneCommand = 'answer-call' | 'hang-up' | 'toggle-mute';

export function commandAction(command: PhoneCommand, calls: readonly CallSnapshot[]): { callId: string; action: CallAction } | null {
  const live = calls.filter((c) => c.phase !== 'ended');
  const ringing = live.find((c) => c.phase === 'incoming');
  const active = live.find((c) => c.phase === 'connected' && !c.onHold) ?? live.find((c) => c.phase === 'connected');
  const dialing = live.find((c) => c.phase === 'calling' || c.phase === 'ringing');
  switch (command) {
    case 'answer-call':
      if (ringing === undefined) return null;
      return { callId: ringing.id, action: active !== undefined ? 'holdAndAnswer' : 'answer' };
    case 'hang-up': {
      const target = active ?? dialing ?? ringing;
      if (target === undefined) return null;
      return { callId: target.id, action: target.phase === 'incoming' ? 'decline' : 'hangup' };
    }
    case 'toggle-mute':
      if (active === undefined) return null;
      return { callId: active.id, action: active.muted ? 'unmute' : 'mute' };
  }
}
