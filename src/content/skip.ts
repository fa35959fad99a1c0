/**
 * Where numbers are never looked for (issue 4): form fields and editable
 * areas (what the agent types is theirs), scripts, styles, SVG, hidden
 * elements, and the extension's own call button. Checked on elements only,
 * from attributes and tag names: reading computed styles for every element
 * would cost a style recalculation. Text in `display: none` subtrees is found
 * but has no boxes, so it is never drawn, hit or listed.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Marks the extension's own elements (the call button's host). */
export const OWN_ATTRIBUTE = 'data-switchboard-own';

export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || el.namespaceURI === SVG_NS) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * The same rule as one selector, for `Element.closest`: one native call per
 * candidate text node instead of a JavaScript filter called for every element
 * of the page (which cost ~4 µs per node from the isolated world, measured).
 */
export const SKIP_SELECTOR = [...SKIPPED_TAGS].map((t) => t.toLowerCase()).concat(['svg', '[hidden]', `[${OWN_ATTRIBUTE}]`, '[contenteditable]:not([contenteditable="false"])']).join(',');
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
  const chain: Element[] = [];
  let verdict = false;
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el !== null) {
    const seen = known.get(el);
    if (seen !== undefined) {
      verdict = seen;
      break;
    }
    chain.push(el);
    if (isSkipped(el)) {
      verdict = true;
      break;
    }
    const parent: Element | null = el.parentElement;
    if (parent === null) {
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    } else {
      el = parent;
    }
  }
  for (const e of chain) known.set(e, verdict);
  return verdict;
}
