import { useEffect, useState } from 'preact/hooks';
import type { SiteLists } from '../shared/protocol/page-protocol';
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
  const add = async (e: Event) => {
    e.preventDefault();
    const origin = toOrigin(draft);
    if (origin === null) return setError('Type a web address, e.g. crm.example.com or https://crm.example.com:8443.');
    const failed = await props.onChange(origin, true);
    setError(failed);
    if (failed === null) setDraft('');
  };
  return (
    <fieldset>
      <legend>{props.title}</legend>
      <p class="field-hint">{props.hint}</p>
      {props.sites.length === 0 ? <p class="field-hint">None.</p> : null}
      <ul class="site-list" aria-label={props.title}>
        {props.sites.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button type="button" aria-label={`Remove ${site}`} onClick={() => void props.onChange(site, false).then(setError)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="site-add" onSubmit={(e) => void add(e)}>
        <label for={props.id}>Add a site</label>
        <input id={props.id} type="text" spellcheck={false} autocomplete="off" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">Add</button>
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
      <h2 id="sites-title">Click-to-call on web pages</h2>
      <SiteList
        id="detection-off-site"
        title="Sites where number detection is off"
        hint="Phone numbers on these sites are not underlined and cannot be clicked. You can also turn this off from the toolbar popup while on the site."
        sites={sites.detectionOff}
        onChange={(origin, present) => apply(connector.setSiteDetection(origin, !present))}
      />
      <SiteList
        id="trusted-site"
        title="Trusted sites"
        hint="A page on these sites (such as your CRM) may start a call at once when you press its Call button. Other sites must ask you first."
        sites={sites.trusted}
        onChange={(origin, present) => apply(connector.setSiteTrusted(origin, present))}
      />
    </section>
  );
}
