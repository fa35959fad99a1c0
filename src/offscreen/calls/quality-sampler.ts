import type { CallQuality } from '../../shared/call-snapshot';
import { estimateMos, qualityLevel } from '../../shared/e-model';

interface Counters {
  received: number;
  lost: number;
}

/**
 * Reads `getStats` of a call's peer connection and turns it into figures an
 * agent can understand: round-trip time (RTCP), jitter and packet loss of
 * what we receive, and an estimated MOS (E-model). Loss is measured over the
 * last interval, not since the call began, so a bad minute shows.
 */
export class QualitySampler {
  private last: Counters | null = null;
  private readonly samples: CallQuality[] = [];

  async sample(pc: RTCPeerConnection): Promise<CallQuality | null> {
    const report = await pc.getStats();
    let rttMs: number | null = null;
    let jitterMs = 0;
    let received = 0;
    let lost = 0;
    report.forEach((s: Record<string, unknown>) => {
      if (s.type === 'inbound-rtp' && s.kind === 'audio') {
        jitterMs = Math.max(jitterMs, Number(s.jitter ?? 0) * 1000);
        received += Number(s.packetsReceived ?? 0);
        lost += Math.max(0, Number(s.packetsLost ?? 0));
      }
      if (s.type === 'remote-inbound-rtp' && typeof s.roundTripTime === 'number') rttMs = s.roundTripTime * 1000;
      if (s.type === 'candidate-pair' && s.nominated === true && typeof s.currentRoundTripTime === 'number' && rttMs === null) {
        rttMs = s.currentRoundTripTime * 1000;
      }
    });
    const previous = this.last ?? { received: 0, lost: 0 };
    this.last = { received, lost };
    const dReceived = received - previous.received;
    const dLost = lost - previous.lost;
    if (dReceived + dLost <= 0) return null;
    const lossPercent = (100 * dLost) / (dReceived + dLost);
    const figures = { rttMs: rttMs ?? 0, jitterMs, lossPercent };
    const mos = estimateMos(figures);
    const quality: CallQuality = {
      mos,
      rttMs: Math.round(figures.rttMs),
      jitterMs: Math.round(jitterMs * 10) / 10,
      lossPercent: Math.round(lossPercent * 10) / 10,
      level: qualityLevel(mos),
    };
    this.samples.push(quality);
    return quality;
  }

  /** The call's summary for its record: the median MOS sample and the worst loss. */
  summary(): CallQuality | null {
    if (this.samples.length === 0) return null;
    const sorted = [...this.samples].sort((a, b) => a.mos - b.mos);
    const median = sorted[Math.floor(sorted.length / 2)] as CallQuality;
    return { ...median, lossPercent: Math.max(...this.samples.map((s) => s.lossPercent)) };
  }
}
