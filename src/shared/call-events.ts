import type { CallDirection, CallQuality, EndReason } from './call-snapshot';
import type { CallContext } from './protocol/call-context';

/**
 * What happened to a call, for the rest of the extension (history, the CRM
 * page protocol), each carrying the call id so a listener can follow a call.
 */
export type CallEvent =
  | {
      readonly type: 'started';
      readonly callId: string;
      readonly direction: CallDirection;
      readonly number: string;
      readonly e164: string | null;
      readonly name?: string | null;
      readonly at: number;
      readonly context?: CallContext | undefined;
    }
  | { readonly type: 'answered'; readonly callId: string; readonly direction: CallDirection; readonly number: string; readonly at: number }
  | {
      readonly type: 'ended';
      readonly callId: string;
      readonly direction: CallDirection;
      readonly number: string;
      readonly at: number;
      readonly durationSeconds: number;
      readonly reason: EndReason;
      readonly words: string;
      readonly quality: CallQuality | null;
    }
  | {
      readonly type: 'failed';
      readonly callId: string;
      readonly direction: CallDirection;
      readonly number: string;
      readonly at: number;
      readonly reason: EndReason;
      readonly words: string;
      readonly sipCode: number | null;
    };
