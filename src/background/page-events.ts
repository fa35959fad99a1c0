import type { CallEvent } from '../shared/call-events';

/**
 * Call events for the page that requested the call (issue 4: the CRM page
 * protocol). Nothing about other calls ever reaches a page.
 */
export async function forwardCallEvent(_event: CallEvent): Promise<void> {
  // Issue 4 builds this: look up which page requested the call and post the
  // matching CALL_* message to it.
}
