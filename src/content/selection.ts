/**
 * The text the agent selected in this frame, for the call-selection shortcut:
 * the document's selection, or the selected part of a focused text field.
 * Bounded; the worker finds the number in it.
 */
const MAX = 512;

export function selectedText(doc: Document): string | null {
  const active = doc.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) return value.slice(selectionStart, selectionEnd).slice(0, MAX);
  }
  const text = doc.getSelection()?.toString().trim() ?? '';
  return text === '' ? null : text.slice(0, MAX);
}
