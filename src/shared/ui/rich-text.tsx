import { Fragment, type ComponentChild } from 'preact';
import { tParts, type MessageKey } from '../i18n';

/**
 * A message with elements where its placeholders are, in the order a
 * translation puts them: `rich('consentWantsToCall', <span>{host}</span>, <span>{number}</span>)`.
 */
export function rich(key: MessageKey, ...children: ComponentChild[]): ComponentChild[] {
  return tParts(key, children.length).map((part, i) => (typeof part === 'number' ? <Fragment key={i}>{children[part]}</Fragment> : part));
}
