/**
 * A simplified ITU-T G.107 E-model, as commonly used to estimate call quality
 * from network figures (no listening test): the R factor starts at 93.2 and
 * loses points for delay (Id) and for packet loss with the codec's
 * robustness (Ie-eff); MOS follows from R (G.107 Annex B).
 */
export interface NetworkFigures {
  /** Round-trip time in ms (one-way delay is taken as half, plus a jitter buffer). */
  readonly rttMs: number;
  readonly jitterMs: number;
  /** 0..100 */
  readonly lossPercent: number;
}

// Opus at a VoIP bitrate: equipment impairment Ie ≈ 0 and a packet-loss
// robustness Bpl ≈ 20 (G.113 Appendix I values for modern codecs; G.711 with
// PLC has Ie 0, Bpl 25.1).
const IE = 0;
const BPL = 20;

export function rFactor({ rttMs, jitterMs, lossPercent }: NetworkFigures): number {
  const oneWay = rttMs / 2 + 2 * jitterMs + 10; // + jitter buffer and packetisation
  const id = 0.024 * oneWay + (oneWay > 177.3 ? 0.11 * (oneWay - 177.3) : 0);
  const loss = Math.min(100, Math.max(0, lossPercent));
  const ieEff = IE + (95 - IE) * (loss / (loss + BPL));
  return Math.max(0, Math.min(100, 93.2 - id - ieEff));
}

export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
}

export function estimateMos(figures: NetworkFigures): number {
  return Math.round(mosFromR(rFactor(figures)) * 100) / 100;
}

export function qualityLevel(mos: number): 'good' | 'fair' | 'poor' {
  if (mos >= 4) return 'good';
  if (mos >= 3.1) return 'fair';
  return 'poor';
}
