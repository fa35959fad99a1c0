import { buttonPosition, type RectLike } from './hit-test';
import { OWN_ATTRIBUTE } from './skip';

/**
 * The one floating call button (issue 4), in the extension's own closed
 * shadow root: the page's styles cannot reach it and its scripts cannot reach
 * into it. It is position: fixed on a host appended to <html> (not <body>,
 * which frameworks render into), so the page's layout and scroll never move.
 * It also shows a short message ("Calling…", or why a call could not start).
 */
const SIZE = 22;
const STYLE = `
:host { all: initial; }
button, output { position: fixed; font: 500 12px/1.2 system-ui, sans-serif; box-sizing: border-box; }
button { width: ${SIZE}px; height: ${SIZE}px; padding: 0; border: 0; border-radius: 50%; cursor: pointer;
  background: #1a4fd6; color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.35); display: grid; place-items: center; }
button:hover, button:focus-visible { background: #0b3bb5; outline: 2px solid #9db7ff; outline-offset: 1px; }
button svg { width: 13px; height: 13px; fill: currentColor; }
output { max-width: 320px; padding: 6px 8px; border-radius: 6px; background: #202124; color: #fff; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
[hidden] { display: none; }
`;
const PHONE_PATH =
  'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Built with DOM calls, not innerHTML: pages with Trusted Types would refuse the string. */
function phoneIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PHONE_PATH);
  svg.append(path);
  return svg;
}

export class CallButton {
  private host: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;
  private message: HTMLOutputElement | null = null;
  private messageTimer: ReturnType<typeof setTimeout> | undefined;
  private onPress: (() => void) | null = null;

  constructor(private readonly doc: Document) {}

  /** True for events on the button (retargeted to its host outside the closed root). */
  owns(target: EventTarget | null | undefined): boolean {
    return target !== null && target !== undefined && target === this.host;
  }

  show(rects: readonly RectLike[], label: string, onPress: () => void): void {
    const parts = this.ensure();
    const view = this.doc.defaultView;
    const at = view === null ? null : buttonPosition(rects, SIZE, { width: view.innerWidth, height: view.innerHeight });
    if (at === null) return this.hide();
    this.onPress = onPress;
    parts.button.style.left = `${at.left}px`;
    parts.button.style.top = `${at.top}px`;
    parts.button.setAttribute('aria-label', label);
    parts.button.title = label;
    parts.button.hidden = false;
  }

  hide(): void {
    if (this.button !== null) this.button.hidden = true;
    this.onPress = null;
  }

  get visible(): boolean {
    return this.button !== null && !this.button.hidden;
  }

  /** A short message next to where the agent clicked. */
  say(text: string, x: number, y: number): void {
    const parts = this.ensure();
    parts.message.textContent = text;
    parts.message.style.left = `${Math.max(4, Math.min(x, (this.doc.defaultView?.innerWidth ?? 400) - 330))}px`;
    parts.message.style.top = `${y + 16}px`;
    parts.message.hidden = false;
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => {
      parts.message.hidden = true;
    }, 4000);
  }

  destroy(): void {
    clearTimeout(this.messageTimer);
    this.host?.remove();
    this.host = this.button = this.message = null;
  }

  private ensure(): { button: HTMLButtonElement; message: HTMLOutputElement } {
    if (this.host !== null && this.host.isConnected && this.button !== null && this.message !== null) return { button: this.button, message: this.message };
    this.host?.remove();
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_ATTRIBUTE, '');
    host.style.cssText = 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
    const root = host.attachShadow({ mode: 'closed' });
    // A constructable sheet, not a <style>: a strict page CSP (style-src) cannot block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.hidden = true;
    button.append(phoneIcon(this.doc));
    button.addEventListener('click', (e) => {
      // A script's synthetic click on our button dials nothing (toll fraud).
      if (!e.isTrusted) return;
      e.preventDefault();
      e.stopPropagation();
      this.onPress?.();
    });
    const message = this.doc.createElement('output');
    message.hidden = true;
    message.setAttribute('role', 'status');
    root.append(button, message);
    this.doc.documentElement.append(host);
    this.host = host;
    this.button = button;
    this.message = message;
    return { button, message };
  }
}
