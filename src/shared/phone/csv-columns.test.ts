import { describe, expect, it } from 'vitest';
import { columnHeader } from './csv-columns';

const at = (text: string, value: string): string | null => columnHeader(text, text.lastIndexOf(value));

describe('columnHeader', () => {
  it('names the column a value sits in, by comma, semicolon or tab', () => {
    expect(at('id,name,phone\n2127364190,Ann,4155552671', '4155552671')).toBe('phone');
    expect(at('id,name,phone\n2127364190,Ann,4155552671', '2127364190')).toBe('id');
    expect(at('Kundennr;Name;Telefon\n12345678;Anna;030 1234567', '030')).toBe('Telefon');
    expect(at('order\tsku\tphone\n2127364190\tWX\t4155552671', '4155552671')).toBe('phone');
  });

  it('keeps quoted fields whole', () => {
    expect(at('name,street,city,phone\n"Lee, Ann","555 Market St, Ste 210",SF,415.555.2671', '415.555.2671')).toBe('phone');
  });

  it('is null when the text is not a table with a header line', () => {
    expect(at('Call 212-736-4190, or 646-555-0148, or 415-555-2671', '415')).toBeNull();
    expect(at('Phone:\n212-736-4190', '212')).toBeNull();
    // Lines of different widths: prose with commas, not a table.
    expect(at('id,name,phone\nCalled Ann, left a message at 415-555-2671, will retry, maybe', '415')).toBeNull();
    // The header line itself.
    expect(at('2127364190,a,b\nx,y,z', '2127364190')).toBeNull();
  });
});
