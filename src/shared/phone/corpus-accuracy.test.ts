import { describe, it, expect } from 'vitest';
import { buildCorpus, type CorpusCase } from './corpus.test-data';
import { scoreCase, summarize } from './corpus-scoring';
import { findPhoneNumbers } from './find-phone-numbers';
import { DISAGREEMENTS, INDEPENDENT_CORPORA } from './independent-corpora';

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

  // (Figures only: each case is checked below.)
  it.each(INDEPENDENT_CORPORA.map((corpus) => [corpus.name, corpus.cases] as const))('on the independent corpus %s', (name, cases) => {
    accuracy(name, cases);
  });
});

describe('independent corpora, case by case', () => {
  const numbers = (found: ReadonlyArray<{ e164: string; ext?: string }>): string[] =>
    found.map((f) => (f.ext === undefined ? f.e164 : `${f.e164};ext=${f.ext}`)).sort();
  for (const corpus of INDEPENDENT_CORPORA) {
    for (const c of corpus.cases) {
      const why = DISAGREEMENTS.get(c.text);
      // A case the detector gets wrong is listed with the reason; the test fails when it no longer does, so the list stays true.
      const test = why === undefined ? it : it.fails;
      test(`${c.tag} [${c.country}] ${JSON.stringify(c.text)}${why === undefined ? '' : ` (${why})`}`, () => {
        const found = findPhoneNumbers(c.text, { defaultCountry: c.country });
        expect(numbers(found)).toEqual(numbers(c.expect));
        // Where the writer gave the match's text or offsets, they are graded too.
        expect(scoreCase(c, found).falseNegatives).toEqual([]);
      });
    }
  }
});
