import { useEffect, useRef, useState } from 'preact/hooks';
import type { SiteLists } from '../shared/protocol/page-protocol';
import { t } from '../shared/i18n';
import './sites.css';
import { extensionPageConnector, type PageConnector } from '../shared/ui/page-connector';

let defaultConnector: PageConnector | null = null;

/** "crm.example.com" or a full URL → "https://crm.example.com"; null when it is not a web address. */
export function toOrigin(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

function SiteList(props: { id: string; title: string; hint: string; sites: readonly string[]; onChange(origin: string, present: boolean): Promise<string | null> }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Removing a site removes the button that had focus: focus goes to the
  // next site's Remove (or the last one's), else to the field that adds one.
  const list = useRef<HTMLUListElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [refocus, setRefocus] = useState<number | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(refocus, buttons.length - 1)] ?? field.current)?.focus();
    setRefocus(null);
  }, [props.sites, refocus]);
  const remove = async (site: string, index: number) => {
    const failed = await props.onChange(site, false);
    setError(failed);
    if (failed === null) setRefocus(index);
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const origin = toOrigin(draft);
    if (origin === null) return setError(t('sitesBadAddress'));
    const typed = draft;
    const failed = await props.onChange(origin, true);
    setError(failed);
    // (Unless the agent has started typing the next site meanwhile.)
    if (failed === null) setDraft((d) => (d === typed ? '' : d));
  };
  return (
    <fieldset>
      <legend>{props.title}</legend>
      <p class="field-hint">{props.hint}</p>
      {props.sites.length === 0 ? <p class="field-hint">{t('sitesNone')}</p> : null}
      <ul class="site-list" aria-label={props.title} ref={list}>
        {props.sites.map((site, index) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" aria-label={t('sitesRemoveSite', site)} onClick={() => void remove(site, index)}>
              {t('sitesRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="site-add" onSubmit={(e) => void add(e)}>
        <label for={props.id}>{t('sitesAddLabel')}</label>
        <input id={props.id} ref={field} type="text" spellcheck={false} autocomplete="off" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      {error !== null ? <p role="alert" class="notice notice-error">{error}</p> : null}
    </fieldset>
  );
}

/** The per-site lists (issue 4): where number detection is off, and which sites may dial without asking. */
export function SitesForm(props: { connector?: PageConnector }) {
  const connector = props.connector ?? (defaultConnector ??= extensionPageConnector());
  const [sites, setSites] = useState<SiteLists | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    void connector.getSites().then((r) => (r.ok ? setSites(r.value) : setLoadError(r.error.message)));
  }, [connector]);
  if (loadError !== null) return <p role="alert">{loadError}</p>;
  if (sites === null) return null;

  const apply = async (pending: ReturnType<PageConnector['getSites']>): Promise<string | null> => {
    const r = await pending;
    if (!r.ok) return r.error.message;
    setSites(r.value);
    return null;
  };

  return (
    <section class="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <SiteList
        id="detection-off-site"
        title={t('sitesDetectionOff')}
        hint={t('sitesDetectionOffHint')}
        sites={sites.detectionOff}
        onChange={(origin, present) => apply(connector.setSiteDetection(origin, !present))}
      />
      <SiteList
        id="trusted-site"
        title={t('sitesTrusted')}
        hint={t('sitesTrustedHint')}
        sites={sites.trusted}
        onChange={(origin, present) => apply(connector.setSiteTrusted(origin, present))}
      />
    </section>
  );
}
