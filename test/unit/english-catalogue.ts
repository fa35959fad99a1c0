/**
 * Unit tests run in Node, where there is no chrome.i18n: the English
 * catalogue stands in for it (vitest.config.ts `setupFiles`), so code under
 * test says what it says in an English browser.
 */
import english from '../../_locales/en/messages.json';
import { installCatalogue } from '../../src/shared/i18n';

installCatalogue(english);
