import { describe, expect, it } from 'vitest';
import { detectText, worthScanning } from './detect-text';

// The node is read only when no preceding text is given: never in these tests.
const node = {} as Text;

describe('detectText', () => {
  it('gives the same verdict for a text seen before, without reading it again', () => {
    const first = detectText(node, '2024-11-21', 'US', 'Created');
    expect(first).toEqual([]);
    expect(detectText(node, '2024-11-21', 'US', 'Phone')).toBe(first);
  });

  it('does not reuse a verdict that depended on the text before it', () => {
    expect(detectText(node, '2127364190', 'US', 'Order no.')).toEqual([]);
    expect(detectText(node, '2127364190', 'US', 'Phone:')).toEqual([{ start: 0, end: 10, e164: '+12127364190' }]);
    expect(detectText(node, '2127364190', 'US', 'Invoice #')).toEqual([]);
  });

  it('reads again when the default country changes', () => {
    expect(detectText(node, 'Call 020 7946 0958', 'GB', '')).toEqual([{ start: 5, end: 18, e164: '+442079460958' }]);
    expect(detectText(node, 'Call 020 7946 0958', 'US', '')).toEqual([]);
  });

  it('reads numbers written in other digits than ASCII', () => {
    expect(worthScanning('電話 ０３－１２３４－５６７８')).toBe(true);
    expect(worthScanning('الجوال ٠٥٠١٢٣٤٥٦٧')).toBe(true);
    expect(worthScanning('मोबाइल ९८७६५ ४३२१०')).toBe(true);
    expect(worthScanning('१२३४')).toBe(false);
    expect(detectText(node, '電話 ０３－１２３４－５６７８', 'JP', '')).toEqual([{ start: 3, end: 15, e164: '+81312345678' }]);
  });
});
