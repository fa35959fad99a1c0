import { describe, it, expect } from 'vitest';
import { extractDialable } from './normalize-dial-input';

describe('extractDialable', () => {
  it.each([
    ['(212) 736-4190 ext. 12', 'US', { number: '+12127364190', ext: '12' }],
    ['212-736-4190', 'US', { number: '+12127364190' }],
    ['  +1 (212) 736-4190  ', 'FR', { number: '+12127364190' }],
    ['tel:+1-212-736-4190;ext=12', 'US', { number: '+12127364190', ext: '12' }],
    ['tel:+33-1-23-45-67-89', 'US', { number: '+33123456789' }],
    ['callto:+442079460958', 'US', { number: '+442079460958' }],
    ['Mobile: 06 12 34 56 78', 'FR', { number: '+33612345678' }],
    ['06\u202F12\u202F34\u202F56\u202F78', 'FR', { number: '+33612345678' }],
    ['0044 20 7946 0958', 'US', { number: '+442079460958' }],
    ['030 901820', 'DE', { number: '+4930901820' }],
    ['1-800-FLOWERS', 'US', { number: '+18003569377' }],
    ['1001', 'US', { number: '1001' }],
    ['*97', 'US', { number: '*97' }],
    ['#31#', 'FR', { number: '#31#' }],
    ['+999 123', 'US', { number: '+999123' }],
    ['555-0100', 'US', { number: '5550100' }],
  ] as const)('%s (%s)', (pasted, country, expected) => {
    expect(extractDialable(pasted, country)).toEqual(expected);
  });

  it.each([[''], ['   '], ['call me maybe'], ['john@example.com'], ['1234567890123456789'], ['+*97']])(
    'returns null for %j',
    (pasted) => {
      expect(extractDialable(pasted, 'US')).toBeNull();
    },
  );

  it('prefers the first number of a pasted block', () => {
    expect(extractDialable('Tel 212-736-4190, Fax 212-736-4191', 'US')).toEqual({ number: '+12127364190' });
  });
});
