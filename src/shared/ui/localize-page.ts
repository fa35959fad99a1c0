import { t, uiLocale, type MessageKey } from '../i18n';

/**
 * What the static index.html of a page cannot say in the agent's language:
 * its title, and `<html lang>` for screen readers and hyphenation. Called
 * once, before the page renders.
 */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = t(title);
}
