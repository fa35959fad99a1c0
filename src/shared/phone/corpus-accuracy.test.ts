import { describe, it, expect } from 'vitest';
import { buildCorpus, type CorpusCase } from './corpus.test-data';
import { scoreCase, summarize } from './corpus-scoring';
import { findPhoneNumbers } from './find-phone-numbers';
import { INDEPENDENT_CORPORA } from './independent-corpora';

/** Scores the detector on a corpus, printing every case it gets wrong and the totals. */
function accuracy(name: string, cases: readonly CorpusCase[]): ReturnType<typeof summarize> {
  const outcomes = cases.map((c) => ({ c, o: scoreCase(c, findPhoneNumbers(c.text, { defaultCountry: c.country })) }));
  const acc = summarize(outcomes);
  for (const { c, o } of outcomes.filter(({ o }) => o.falsePositives.length > 0 || o.falseNegatives.length > 0)) {
    console.log(
      `[${c.tag}] ${c.country} ${JSON.stringify(c.text)} FP=${JSON.stringify(
        o.falsePositives.map((f) => ({ ...f, text: c.text.slice(f.start, f.end) })),
      )} FN=${JSON.stringify(o.falseNegatives)}`,
    );
  }
  console.log(
    `${name}: ${acc.cases} cases (${acc.positiveCases} with numbers, ${acc.negativeCases} without), ` +
      `${acc.expected} expected numbers; TP=${acc.truePositives} FP=${acc.falsePositives} FN=${acc.falseNegatives}; ` +
      `precision=${(acc.precision * 100).toFixed(2)}% recall=${(acc.recall * 100).toFixed(2)}%`,
  );
  return acc;
}

describe('findPhoneNumbers accuracy', () => {
  it('on the labelled corpus', () => {
    const acc = accuracy('labelled corpus', buildCorpus());
    expect(acc.precision).toBeGreaterThanOrEqual(0.99);
    expect(acc.recall).toBeGreaterThanOrEqual(0.98);
  });

  it.each(INDEPENDENT_CORPORA.map((corpus) => [corpus.name, corpus.cases] as const))('on the independent corpus %s', (name, cases) => {
    const acc = accuracy(name, cases);
    expect(acc.precision).toBeGreaterThanOrEqual(0.99);
    expect(acc.recall).toBeGreaterThanOrEqual(0.98);
  });
});

describe('independent corpora, case by case', () => {
  const cases = INDEPENDENT_CORPORA.flatMap((corpus) => corpus.cases.map((c) => [`${c.tag} [${c.country}] ${JSON.stringify(c.text)}`, c] as const));
  it.each(cases)('%s', (_name, c) => {
    const found = findPhoneNumbers(c.text, { defaultCountry: c.country });
    expect(found.map((f) => (f.ext === undefined ? f.e164 : `${f.e164};ext=${f.ext}`)).sort()).toEqual(
      c.expect.map((e) => (e.ext === undefined ? e.e164 : `${e.e164};ext=${e.ext}`)).sort(),
    );
  });
});
