import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Connector } from '../shared/ui/connector';

type State = 'ask' | 'asking' | 'granted' | 'blocked' | 'missing';

/**
 * The visible page that asks for the microphone on the extension's behalf:
 * the offscreen document, where calls run, cannot show a prompt. A grant here
 * holds for the whole extension origin, offscreen document included.
 * Focus is always on the next thing to do (Allow, Try again, Set up), so
 * Enter is all a keyboard user needs, and focus is never left on a button
 * that has just gone.
 */
export function MicPermissionPage(props: { connector: Connector; reason: 'first-run' | 'denied' }) {
  const [state, setState] = useState<State>('ask');
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state !== 'asking') next.current?.focus();
  }, [state]);

  const ask = async () => {
    setState('asking');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of stream.getTracks()) track.stop();
      await props.connector.micGranted();
      setState('granted');
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      setState(name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'blocked');
    }
  };

  return (
    <main class="options" style={{ maxWidth: '560px', margin: '40px auto', padding: '0 16px' }}>
      <h1>{t('micPageHeading')}</h1>
      <p>
        {t(props.reason === 'denied' ? 'micPageDenied' : 'micPageFirstRun')}
      </p>
      {state === 'ask' || state === 'asking' ? (
        <button type="button" class="primary" ref={next} onClick={() => void ask()} disabled={state === 'asking'}>
          {t(state === 'asking' ? 'micPageAsking' : 'micPageAllow')}
        </button>
      ) : null}
      {state === 'granted' ? (
        <div class="notice notice-ok" role="status">
          <p>{t('micPageReady')}</p>
          <button type="button" class="link-button" ref={next} onClick={props.connector.openOptions}>
            {t('micPageSetUp')}
          </button>
        </div>
      ) : null}
      {state === 'blocked' ? (
        <div class="notice notice-error" role="alert">
          <p>{t('micPageBlocked')}</p>
          <ol>
            <li>{t('micPageStep1')}</li>
            <li>{t('micPageStep2')}</li>
            <li>{t('micPageStep3')}</li>
          </ol>
          <button type="button" ref={next} onClick={() => void ask()}>
            {t('micPageTryAgain')}
          </button>
        </div>
      ) : null}
      {state === 'missing' ? (
        <div class="notice notice-error" role="alert">
          <p>{t('micPageMissing')}</p>
          <button type="button" ref={next} onClick={() => void ask()}>
            {t('micPageTryAgain')}
          </button>
        </div>
      ) : null}
    </main>
  );
}
