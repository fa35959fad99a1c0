import { describe, it, expect } from 'vitest';
import { buildCorpus } from './corpus.test-data';
import { scoreCase, summarize } from './corpus-scoring';
import { findPhoneNumbers } from './find-phone-numbers';

describe('findPhoneNumbers accuracy on the labelled corpus', () => {
  it('reports precision and recall', () => {
    const outcomes = buildCorpus().map((c) => ({
      c,
      o: scoreCase(c, findPhoneNumbers(c.text, { defaultCountry: c.country })),
    }));
    const acc = summarize(outcomes);
    const misses = outcomes.filter(({ o }) => o.falsePositives.length > 0 || o.falseNegatives.length > 0);
    for (const { c, o } of misses) {
      console.log(
        `[${c.tag}] ${c.country} ${JSON.stringify(c.text)} FP=${JSON.stringify(
          o.falsePositives.map((f) => ({ ...f, text: c.text.slice(f.start, f.end) })),
        )} FN=${JSON.stringify(o.falseNegatives)}`,
      );
    }
    console.log(
      `corpus: ${acc.cases} cases (${acc.positiveCases} with numbers, ${acc.negativeCases} without), ` +
        `${acc.expected} expected numbers; TP=${acc.truePositives} FP=${acc.falsePositives} FN=${acc.falseNegatives}; ` +
        `precision=${(acc.precision * 100).toFixed(2)}% recall=${(acc.recall * 100).toFixed(2)}%`,
    );
    expect(acc.precision).toBeGreaterThanOrEqual(0.99);
    expect(acc.recall).toBeGreaterThanOrEqual(0.98);
  });
});
