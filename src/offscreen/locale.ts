import { installCatalogue, type Catalogue } from '../shared/i18n';

/**
 * The offscreen document has no chrome.i18n (only chrome.runtime), yet it
 * puts most failures into words: call endings, registration errors, the
 * connection test. It carries every catalogue and uses the one the service
 * worker reports Chrome chose (`offscreen/boot`, `offscreen/configure`), so
 * its words match the popup's. English until then.
 */
const catalogues = import.meta.glob<Catalogue>('../../_locales/*/messages.json', { eager: true, import: 'default' });

function catalogueFor(lang: string): Catalogue | undefined {
  return catalogues[`../../_locales/${lang}/messages.json`];
}

export function useLanguage(lang: string): void {
  const catalogue = catalogueFor(lang) ?? catalogueFor('en');
  if (catalogue !== undefined) installCatalogue(catalogue);
}

useLanguage('en');
