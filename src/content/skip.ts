/**
 * Where numbers are never looked for (issue 4): form fields and editable
 * areas (what the agent types is theirs), scripts, styles, SVG, hidden
 * elements, and the extension's own call button. Checked on elements only,
 * from attributes and tag names: reading computed styles for every element
 * would cost a style recalculation. Text in `display: none` subtrees is found
 * but has no boxes, so it is never drawn, hit or listed.
 */
const SKIPPED_TAGS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'svg',
];
/** Marks the extension's own elements (the call button's host). */
export const OWN_ATTRIBUTE = 'data-switchboard-own';

/**
 * The same rule as one selector, for `Element.closest`: one native call per
 * candidate text node instead of a JavaScript filter called for every element
 * of the page (which cost ~4 µs per node from the isolated world, measured).
 */
export const SKIP_SELECTOR = [...SKIPPED_TAGS, '[hidden]', `[${OWN_ATTRIBUTE}]`, '[contenteditable]:not([contenteditable="false"])'].join(',');
/** The part of SKIP_SELECTOR about attributes. */
const SKIP_ATTRIBUTE_SELECTOR = `[hidden],[${OWN_ATTRIBUTE}],[contenteditable]:not([contenteditable="false"])`;

/**
 * Kinds of element that hold most of a page's text and are never skipped for
 * their tag, told by prototype (plain JavaScript: no call into the DOM from
 * the isolated world). Only their attributes are checked, and only when they
 * have any. Any other element (from another frame's realm too) is matched
 * against the whole selector.
 */
let plainPrototypes: Set<object> | undefined;
function isPlainKind(el: Element): boolean {
  plainPrototypes ??= new Set<object>(
    [
      HTMLTableCellElement, HTMLTableRowElement, HTMLTableSectionElement, HTMLTableElement, HTMLDivElement, HTMLSpanElement,
      HTMLParagraphElement, HTMLAnchorElement, HTMLLIElement, HTMLUListElement, HTMLOListElement, HTMLHeadingElement,
      HTMLLabelElement, HTMLBodyElement, HTMLDListElement, HTMLPreElement, HTMLQuoteElement, HTMLFormElement, HTMLFieldSetElement,
    ].map((kind) => kind.prototype as object),
  );
  return plainPrototypes.has(Object.getPrototypeOf(el) as object);
}

/** The same answer as `el.matches(SKIP_SELECTOR)`, cheaper for the elements most text is in. */
export function matchesSkip(el: Element): boolean {
  if (isPlainKind(el)) return el.hasAttributes() && el.matches(SKIP_ATTRIBUTE_SELECTOR);
  return el.matches(SKIP_SELECTOR);
}

/**
 * True when `node` or an ancestor (across open shadow roots) is skipped.
 * `known` keeps the answer for each element on the way, for calls on nodes
 * that share ancestors.
 */
export function insideSkipped(node: Node, known = new Map<Element, boolean>()): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  return skippedFrom(node instanceof Element ? node : node.parentElement, known);
}

/**
 * Whether `from` or an ancestor (across open shadow roots, up to `top` when
 * given) is skipped, remembering the answer for each element on the way: the
 * cells of a row share the row's answer. One `matchesSkip` per element
 * instead of one `closest` per text node, which checked every selector at
 * every level up to <html> (the costliest step of the scan on the
 * benchmark's 5,000-row page, measured).
 */
export function skippedFrom(from: Element | null, known: Map<Element, boolean>, top: Node | null = null): boolean {
  const chain: Element[] = [];
  let verdict = false;
  let el = from;
  while (el !== null) {
    const seen = known.get(el);
    if (seen !== undefined) {
      verdict = seen;
      break;
    }
    chain.push(el);
    if (matchesSkip(el)) {
      verdict = true;
      break;
    }
    if (el === top) break;
    el = parentOrHost(el);
  }
  for (const e of chain) known.set(e, verdict);
  return verdict;
}

/** The element above `el`: its parent, or the host of the shadow root it is the top of. */
export function parentOrHost(el: Element): Element | null {
  const parent = el.parentElement;
  if (parent !== null) return parent;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * `skippedFrom` for the elements text sits in, asked in document order (the
 * scanner's walk): the answer for an element's parent is remembered, not
 * stored per element, since cells of one row, items of one list share it.
 * A 5,000-row table then costs no map entry per cell (a map keyed by DOM
 * objects gives each one a hash, and the map a rehash now and then).
 */
export function textParentSkipper(top: Node | null): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  let lastUp: Element | null | undefined;
  let lastUpSkipped = false;
  return (el) => {
    if (matchesSkip(el)) return true;
    if (el === top) return false;
    const up = parentOrHost(el);
    if (up !== lastUp) {
      lastUp = up;
      lastUpSkipped = up !== null && skippedFrom(up, known, top);
    }
    return lastUpSkipped;
  };
}
