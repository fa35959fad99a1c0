import type { CallQuality } from '../shared/call-snapshot';

const WORDS = { good: 'Good', fair: 'Fair', poor: 'Poor' } as const;

/** Call quality at a glance, with the figures behind it for whoever asks. */
export function QualityBadge(props: { quality: CallQuality | null }) {
  const q = props.quality;
  if (q === null) return null;
  const detail = `MOS ${q.mos.toFixed(1)}, round trip ${q.rttMs} ms, jitter ${q.jitterMs} ms, loss ${q.lossPercent}%`;
  return (
    <span class={`quality quality-${q.level}`} title={detail} data-testid="quality">
      <span aria-hidden="true">●</span> {WORDS[q.level]} audio<span class="visually-hidden">: {detail}</span>
    </span>
  );
}
