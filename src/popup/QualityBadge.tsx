import type { CallQuality } from '../shared/call-snapshot';
import { t, uiLocale, type MessageKey } from '../shared/i18n';

const WORDS: Record<CallQuality['level'], MessageKey> = { good: 'qualityGood', fair: 'qualityFair', poor: 'qualityPoor' };

/** Call quality at a glance, with the figures behind it for whoever asks. */
export function QualityBadge(props: { quality: CallQuality | null }) {
  const q = props.quality;
  if (q === null) return null;
  const one = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const upToOne = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 });
  const detail = t('qualityDetail', one.format(q.mos), upToOne.format(q.rttMs), upToOne.format(q.jitterMs), upToOne.format(q.lossPercent));
  return (
    <span class={`quality quality-${q.level}`} title={detail} data-testid="quality">
      <span aria-hidden="true">●</span> {t(WORDS[q.level])}<span class="visually-hidden">{t('qualitySpoken', detail)}</span>
    </span>
  );
}
