import { useEffect, useState } from 'preact/hooks';
import type { AppSnapshot } from '../shared/phone-snapshot';
import type { AppError } from '../shared/result';
import type { Connector } from '../shared/ui/connector';

/** The latest snapshot: fetched once, then kept current by the worker's broadcasts. */
export function useSnapshot(connector: Connector): { snapshot: AppSnapshot | null; loadError: AppError | null; set(s: AppSnapshot): void } {
  const [snapshot, setSnapshot] = useState<AppSnapshot | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  useEffect(() => {
    // Keep the newest phone state: answers and broadcasts can cross.
    const offer = (next: AppSnapshot) => setSnapshot((current) => (current !== null && next.phone.seq < current.phone.seq ? current : next));
    const unsubscribe = connector.subscribe(offer);
    void connector.getSnapshot().then((r) => (r.ok ? offer(r.value) : setLoadError(r.error)));
    return unsubscribe;
  }, [connector]);
  const set = (next: AppSnapshot) => setSnapshot((current) => (current !== null && next.phone.seq < current.phone.seq ? current : next));
  return { snapshot, loadError, set };
}
