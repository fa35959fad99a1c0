import { describe, expect, it } from 'vitest';
import { callSearchTokens, foldWords, indexTerms, matchesSearch, MIN_DIGIT_TOKEN, numberPart, parseSearchText } from './search-tokens';

describe('search tokens', () => {
  it('folds names to lower-case words without accents or apostrophes', () => {
    expect(foldWords("José García-Márquez O'Neil")).toEqual(['jose', 'garcia', 'marquez', 'oneil']);
    expect(foldWords('  ')).toEqual([]);
  });

  it('stores every digit suffix down to the minimum, so any fragment is a token prefix', () => {
    const tokens = callSearchTokens({ displayName: 'Jane Doe', remoteE164: '+14155550123', remoteDisplay: '(415) 555-0123' });
    expect(tokens).toContain('jane');
    expect(tokens).toContain('14155550123');
    expect(tokens).toContain('123');
    expect(tokens).not.toContain('23');
    expect(tokens.filter((t) => /^\d+$/.test(t))).toHaveLength(11 - MIN_DIGIT_TOKEN + 1);
  });

  it('reads the user part of a SIP URI, not the host', () => {
    expect(numberPart('sip:+14155550123@10.0.0.1:5060;transport=ws')).toBe('+14155550123');
    expect(callSearchTokens({ displayName: null, remoteE164: null, remoteDisplay: 'sip:alice@10.0.0.1' })).toEqual(['alice']);
    expect(callSearchTokens({ displayName: null, remoteE164: null, remoteDisplay: '12' })).toEqual(['12']);
  });

  it('parses what the agent typed into name words and number fragments', () => {
    expect(parseSearchText('(415) 555-01')).toEqual({ words: [], digits: ['41555501'] });
    expect(parseSearchText('Jane 0123')).toEqual({ words: ['jane'], digits: ['0123'] });
    expect(parseSearchText(' - ')).toEqual({ words: [], digits: [] });
    expect(indexTerms(parseSearchText('jo 0123 jo 12'))).toEqual(['jo', '0123']);
    expect(indexTerms(parseSearchText('12'))).toEqual([]);
  });

  it('matches in memory by the same rule as the index', () => {
    const tokens = callSearchTokens({ displayName: 'Jane Doe', remoteE164: '+14155550123', remoteDisplay: '(415) 555-0123' });
    expect(matchesSearch(tokens, parseSearchText('do ja'))).toBe(true);
    expect(matchesSearch(tokens, parseSearchText('555 01'))).toBe(true);
    expect(matchesSearch(tokens, parseSearchText('23'))).toBe(true);
    expect(matchesSearch(tokens, parseSearchText('oe'))).toBe(false);
    expect(matchesSearch(tokens, parseSearchText('jane 999'))).toBe(false);
  });
});
