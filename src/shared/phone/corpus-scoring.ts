/**
 * Scores detector output against the labelled corpus (test helper, but kept
 * free of vitest so it can also be run from a script).
 */
import type { CorpusCase, ExpectedNumber } from './corpus.test-data';
import type { PhoneMatch } from './find-phone-numbers';

export interface CaseOutcome {
  truePositives: number;
  falsePositives: PhoneMatch[];
  falseNegatives: ExpectedNumber[];
}

/** A found match counts only if its E.164, and its text or offsets and extension when specified, are right. */
export function matchesExpectation(text: string, found: PhoneMatch, expected: ExpectedNumber): boolean {
  if (found.e164 !== expected.e164) return false;
  if (expected.text !== undefined && text.slice(found.start, found.end) !== expected.text) return false;
  if (expected.start !== undefined && (found.start !== expected.start || found.end !== expected.end)) return false;
  if (expected.ext !== undefined && found.ext !== expected.ext) return false;
  return true;
}

export function scoreCase(c: CorpusCase, found: PhoneMatch[]): CaseOutcome {
  const remaining = [...c.expect];
  const falsePositives: PhoneMatch[] = [];
  let truePositives = 0;
  for (const f of found) {
    const idx = remaining.findIndex((e) => matchesExpectation(c.text, f, e));
    if (idx >= 0) {
      remaining.splice(idx, 1);
      truePositives++;
    } else {
      falsePositives.push(f);
    }
  }
  return { truePositives, falsePositives, falseNegatives: remaining };
}

export interface Accuracy {
  cases: number;
  positiveCases: number;
  negativeCases: number;
  expected: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export function summarize(outcomes: { c: CorpusCase; o: CaseOutcome }[]): Accuracy {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let expected = 0;
  let positiveCases = 0;
  for (const { c, o } of outcomes) {
    tp += o.truePositives;
    fp += o.falsePositives.length;
    fn += o.falseNegatives.length;
    expected += c.expect.length;
    if (c.expect.length > 0) positiveCases++;
  }
  return {
    cases: outcomes.length,
    positiveCases,
    negativeCases: outcomes.length - positiveCases,
    expected,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
