// Draws the toolbar and store icons (a white handset on a blue disc) as PNGs,
// so the repository needs no image tool. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

// Coverage of the handset in unit coordinates (-1..1): a thick arc with two
// rounded ends, rotated 45°.
function handset(x, y) {
  const a = Math.PI / 4;
  const rx = x * Math.cos(a) - y * Math.sin(a);
  const ry = x * Math.sin(a) + y * Math.cos(a);
  const r = Math.hypot(rx, ry - 0.65);
  const angle = Math.atan2(rx, -(ry - 0.65));
  const inArc = Math.abs(r - 0.75) < 0.14 && Math.abs(angle) < 0.72;
  const end = (sx) => Math.hypot(rx - sx * 0.5, ry - 0.12) < 0.2;
  return inArc || end(1) || end(-1);
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let disc = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / ss) / size) * 2 - 1;
          if (Math.hypot(x, y) <= 0.97) {
            disc++;
            if (handset(x, y)) white++;
          }
        }
      }
      const n = ss * ss;
      const alpha = disc / n;
      const w = disc === 0 ? 0 : white / disc;
      const blue = [0x1a, 0x5f, 0xb4];
      const o = 1 + px * 4;
      row[o] = Math.round(blue[0] + (255 - blue[0]) * w);
      row[o + 1] = Math.round(blue[1] + (255 - blue[1]) * w);
      row[o + 2] = Math.round(blue[2] + (255 - blue[2]) * w);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
