import * as v from 'valibot';
import { text } from './schemas';

/**
 * Where a call came from, kept with its record (issue 5): the CRM entity a
 * page's CALL_REQUEST named, the page's address and title, and the
 * requestId the page will see again in the call's events.
 */
export const CallContextSchema = v.strictObject({
  source: v.picklist(['dialpad', 'detected', 'tel-link', 'selection', 'context-menu', 'page-request', 'history']),
  related: v.nullable(v.strictObject({ type: text(64), id: text(128) })),
  page: v.nullable(v.strictObject({ url: text(2048), title: text(512), origin: text(512) })),
  requestId: v.nullable(text(128)),
});
export type CallContext = v.InferOutput<typeof CallContextSchema>;
