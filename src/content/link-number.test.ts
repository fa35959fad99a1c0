import { describe, expect, it } from 'vitest';
import { numberFromLink } from './link-number';
import { buttonPosition, pointInRects } from './hit-test';

describe('numberFromLink', () => {
  it.each([
    ['tel:+1-212-736-4190', '+1-212-736-4190'],
    ['tel:+12127364190;ext=12', '+12127364190;ext=12'],
    ['TEL:%2B33%201%2023%2045%2067%2089', '+33 1 23 45 67 89'],
    ['tel:(212)%20736-4190;phone-context=example.com', '(212) 736-4190'],
    ['callto:+12127364190', '+12127364190'],
    ['callto://+4420 7946 0958', '+4420 7946 0958'],
    ['sip:+12127364190@pbx.example.com;user=phone', '+12127364190'],
    ['sips:1002@127.0.0.1', '1002'],
    ['sip:+1-212-736-4190:secret@gw.example.com', '+12127364190'],
    // Only the digits go on: the host and any parameter are dropped, never dialled.
    ['sip:1002;transport=tcp@evil.example', '1002'],
  ])('%s → %s', (href, expected) => {
    expect(numberFromLink(href)).toBe(expected);
  });

  it.each([
    'sip:alice@example.com',
    'sip:1002',
    'callto:skype.name',
    'tel:',
    'tel:%E0%A4%A',
    'tel:1002@evil.example',
    'tel:12',
    'mailto:a@b.c',
    'https://example.com/tel:+12127364190',
    `tel:${'1'.repeat(80)}`,
  ])('refuses %s', (href) => {
    expect(numberFromLink(href)).toBeNull();
  });
});

describe('pointInRects', () => {
  const rects = [
    { left: 10, top: 10, right: 110, bottom: 30 },
    { left: 0, top: 30, right: 40, bottom: 50 },
  ];
  it('finds points on any line of a wrapped number, with a pixel of slop', () => {
    expect(pointInRects(rects, 50, 20)).toBe(true);
    expect(pointInRects(rects, 20, 40)).toBe(true);
    expect(pointInRects(rects, 111, 20)).toBe(true);
    expect(pointInRects(rects, 80, 40)).toBe(false);
    expect(pointInRects(rects, 5, 20)).toBe(false);
  });
  it('ignores empty rectangles', () => {
    expect(pointInRects([{ left: 5, top: 5, right: 5, bottom: 5 }], 5, 5)).toBe(false);
  });
});

describe('buttonPosition', () => {
  it('goes after the last line, centred, and flips left at the viewport edge', () => {
    expect(buttonPosition([{ left: 10, top: 10, right: 110, bottom: 30 }], 20, { width: 800, height: 600 })).toEqual({ left: 114, top: 10 });
    expect(buttonPosition([{ left: 700, top: 10, right: 790, bottom: 30 }], 20, { width: 800, height: 600 })).toEqual({ left: 676, top: 10 });
    expect(buttonPosition([], 20, { width: 800, height: 600 })).toBeNull();
  });
});
