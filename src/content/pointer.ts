import { t } from '../shared/i18n';
import { toBackground } from '../shared/messaging/channels';
import type { CallButton } from './call-button';
import { guard, guardAsync } from './guard';
import type { Marks } from './marks';
import { numberFromLink } from './link-number';
import { dialString, numberAt } from './number-at-point';
import type { FoundNumber } from './number-index';

/**
 * Clicks and hovering (issue 4): one capturing listener for clicks and one
 * for pointer moves, on the window. A trusted click on a detected number, or
 * on a tel:/callto:/sip: link, dials through the extension and stops there
 * (preventDefault + stopPropagation); every other click is left alone, and a
 * synthetic click (`isTrusted` false) is never acted on: a page must not be
 * able to make the agent's phone dial.
 */
export interface PointerOptions {
  readonly win: Window;
  /** The numbers of a text node (read on the spot when the scan has not reached it yet). */
  readonly numbersOf: (node: Text) => readonly FoundNumber[] | undefined;
  readonly marks: Marks;
  readonly button: CallButton;
  readonly signal: AbortSignal;
}

const HIDE_AFTER_MS = 600;
const WARM_UP_EVERY_MS = 30_000;

export function watchPointer(o: PointerOptions): void {
  const { win, numbersOf, marks, button, signal } = o;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let lastWarmUp = 0;
  let pendingMove: PointerEvent | null = null;
  // composedPath() is empty once the event has been dispatched, so the target
  // is read when the event arrives, not in the frame callback.
  let pendingTarget: EventTarget | undefined;

  const dial = guardAsync('dial', async (number: string, source: 'detected' | 'tel-link', x: number, y: number) => {
    button.say(t('pageCalling', number.replace(/;ext=/, ' ext. ')), x, y);
    const result = await toBackground('content/dialNumber', { number: number.slice(0, 64), source });
    if (!result.ok) button.say(result.error.message, x, y);
  });

  const hideSoon = () => {
    if (hideTimer !== undefined || !button.visible) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      button.hide();
      marks.setHover(null);
    }, HIDE_AFTER_MS);
  };

  const hover = guard('hover', () => {
    const e = pendingMove;
    const target = pendingTarget;
    pendingMove = null;
    pendingTarget = undefined;
    if (e === null) return;
    if (button.owns(target)) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    const hit = numberAt(numbersOf, target, e.clientX, e.clientY);
    if (hit === null) return hideSoon();
    clearTimeout(hideTimer);
    hideTimer = undefined;
    marks.setHover(hit.found);
    const number = dialString(hit.found);
    button.show(hit.rects, t('actCallNumber', hit.found.node.data.slice(hit.found.start, hit.found.end)), () => {
      const last = hit.rects[hit.rects.length - 1];
      dial(number, 'detected', last?.right ?? 0, last?.bottom ?? 0);
    });
    // The pointer rests on a number: a good moment to get the microphone ready.
    if (Date.now() - lastWarmUp > WARM_UP_EVERY_MS) {
      lastWarmUp = Date.now();
      void toBackground('content/warmUp', {});
    }
  });

  win.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
      // One hit-test per frame at most, however fast the pointer moves.
      if (pendingMove === null) win.requestAnimationFrame(hover);
      pendingMove = e;
      pendingTarget = e.composedPath()[0];
    },
    { capture: true, passive: true, signal },
  );

  win.addEventListener(
    'scroll',
    () => {
      if (button.visible) {
        button.hide();
        marks.setHover(null);
      }
    },
    { capture: true, passive: true, signal },
  );

  win.addEventListener(
    'click',
    guard('click', (e: MouseEvent) => {
      if (!e.isTrusted || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const path = e.composedPath();
      if (button.owns(path[0])) return;
      const link = path.find((n): n is HTMLAnchorElement | SVGAElement => n instanceof HTMLAnchorElement || n instanceof SVGAElement);
      const href = link instanceof HTMLAnchorElement ? link.href : link?.href.animVal;
      const linked = href !== undefined ? numberFromLink(href) : null;
      if (linked !== null) {
        e.preventDefault();
        e.stopPropagation();
        dial(linked, 'tel-link', e.clientX, e.clientY);
        return;
      }
      // A click that ends a text selection is the agent selecting, not calling.
      if (win.getSelection()?.isCollapsed === false) return;
      const hit = numberAt(numbersOf, path[0], e.clientX, e.clientY);
      if (hit === null) return;
      e.preventDefault();
      e.stopPropagation();
      dial(dialString(hit.found), 'detected', e.clientX, e.clientY);
    }),
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => clearTimeout(hideTimer));
}
