import { useEffect, useRef } from 'preact/hooks';

/**
 * When the control that has focus disappears from the page (the number field
 * as a call starts, Hang up as it ends, a wrap-up once saved), the browser
 * drops focus to the document: a keyboard user's next Tab starts over from the
 * top and a screen reader loses its place (WCAG 2.4.3, focus order). This
 * hook watches for that and puts focus on `fallback()`, the view's natural
 * next place, instead. A component that moves focus itself wins: the rescue
 * only acts while nothing has focus.
 */
export function useFocusRescue(fallback: () => HTMLElement | null): void {
  const latest = useRef(fallback);
  latest.current = fallback;
  useEffect(() => {
    let last: Element | null = document.activeElement;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
    };
    // Mutation records arrive in a microtask after the render that removed
    // the control, before the components' own effects run.
    const observer = new MutationObserver(() => {
      if (last === null || last === document.body || last.isConnected) return;
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      last = null;
      latest.current()?.focus();
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
