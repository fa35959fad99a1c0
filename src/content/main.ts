/**
 * The content script. It runs next to untrusted pages in every frame, so it
 * stays tiny until there is something to do: number detection and the CRM
 * page protocol build on this entry point (issue 4). It never holds secrets:
 * the background answers it only `content/*` messages.
 */
export {};
