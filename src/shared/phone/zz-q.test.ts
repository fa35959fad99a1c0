import { it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers';
import { classifyPrefix } from './labels';
it('q', () => {
  const t = 'N° facture      Date          Montant TTC    N° client\nFA-2024-0871    21/11/2024    1 234,56 €     0142685300\nFA-2024-0872    22/11/2024    89,90 €        0142685301';
  console.log('R', JSON.stringify(findPhoneNumbers(t, { defaultCountry: 'FR' })), classifyPrefix('N° client'), classifyPrefix('pod nr '), classifyPrefix('nr '));
});
