import { useState } from 'preact/hooks';
import type { Connector } from '../shared/ui/connector';

type State = 'ask' | 'asking' | 'granted' | 'blocked' | 'missing';

/**
 * The visible page that asks for the microphone on the extension's behalf:
 * the offscreen document, where calls run, cannot show a prompt. A grant here
 * holds for the whole extension origin, offscreen document included.
 */
export function MicPermissionPage(props: { connector: Connector; reason: 'first-run' | 'denied' }) {
  const [state, setState] = useState<State>('ask');

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
      <h1>Switchboard needs your microphone</h1>
      <p>
        {props.reason === 'denied'
          ? 'A call could not use the microphone. Allow it here and try again.'
          : 'To talk on calls, Switchboard has to use your microphone. Your browser asks once, here.'}
      </p>
      {state === 'ask' || state === 'asking' ? (
        <button type="button" class="primary" onClick={() => void ask()} disabled={state === 'asking'}>
          {state === 'asking' ? 'Waiting for your answer…' : 'Allow microphone'}
        </button>
      ) : null}
      {state === 'granted' ? (
        <div class="notice notice-ok" role="status">
          <p>The microphone is ready. You can close this tab.</p>
          <button type="button" class="link-button" onClick={props.connector.openOptions}>
            Set up your PBX account
          </button>
        </div>
      ) : null}
      {state === 'blocked' ? (
        <div class="notice notice-error" role="alert">
          <p>The microphone is blocked for Switchboard. To allow it:</p>
          <ol>
            <li>Click the icon at the left of the address bar (or the blocked-camera icon at its right).</li>
            <li>Set Microphone to Allow. If it is not there, open chrome://settings/content/microphone and remove Switchboard from "Not allowed".</li>
            <li>Come back here and press Try again.</li>
          </ol>
          <button type="button" onClick={() => void ask()}>
            Try again
          </button>
        </div>
      ) : null}
      {state === 'missing' ? (
        <div class="notice notice-error" role="alert">
          <p>No microphone was found. Plug in a headset or microphone, then press Try again.</p>
          <button type="button" onClick={() => void ask()}>
            Try again
          </button>
        </div>
      ) : null}
    </main>
  );
}
