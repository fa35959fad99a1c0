import { describe, expect, it } from 'vitest';
import { estimateMos, mosFromR, qualityLevel, rFactor } from './e-model';

describe('E-model', () => {
  it('rates a clean LAN call near the top of the scale', () => {
    const mos = estimateMos({ rttMs: 2, jitterMs: 1, lossPercent: 0 });
    expect(mos).toBeGreaterThan(4.3);
    expect(qualityLevel(mos)).toBe('good');
  });

  it('degrades with loss, then with delay', () => {
    const clean = estimateMos({ rttMs: 40, jitterMs: 5, lossPercent: 0 });
    const lossy = estimateMos({ rttMs: 40, jitterMs: 5, lossPercent: 5 });
    const far = estimateMos({ rttMs: 600, jitterMs: 5, lossPercent: 0 });
    expect(lossy).toBeLessThan(clean);
    expect(far).toBeLessThan(clean);
    expect(qualityLevel(estimateMos({ rttMs: 300, jitterMs: 40, lossPercent: 15 }))).toBe('poor');
  });

  it('maps R to MOS on the G.107 curve, clamped to 1..4.5', () => {
    expect(mosFromR(0)).toBe(1);
    expect(mosFromR(100)).toBe(4.5);
    expect(mosFromR(93.2)).toBeCloseTo(4.41, 1);
    expect(mosFromR(50)).toBeCloseTo(2.58, 1);
    expect(rFactor({ rttMs: 0, jitterMs: 0, lossPercent: 100 })).toBeLessThan(20);
  });
});
