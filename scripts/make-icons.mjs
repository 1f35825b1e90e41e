#!/usr/bin/env node
// Draws the toolbar icons (icons/icon-N.png): a teal rounded square with a white speech bubble and a
// small heart — "mind what you say". Run once after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];
const RED = [220, 38, 38];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Signed distances in a unit square (0..1); negative inside.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const heart = (x, y) => {
  const px = (x - 0.5) / 0.2, py = (0.47 - y) / 0.2; // heart centred in the bubble
  const a = px * px + py * py - 1;
  return a * a * a - px * px * py * py * py; // <0 inside
};
function color(x, y) {
  if (roundedBox(x, y, 0.5, 0.5, 0.48, 0.48, 0.2) > 0) return null;
  const inBubble = roundedBox(x, y, 0.5, 0.46, 0.33, 0.25, 0.12) < 0 ||
    (y > 0.66 && y < 0.84 && x > 0.3 && x < 0.46 && (y - 0.66) < (0.46 - x) * 1.1);
  if (!inBubble) return TEAL;
  return heart(x, y) < 0 ? RED : WHITE;
}
for (const size of [16, 32, 48, 128]) {
  const S = 4; // supersampling
  const data = png(size, (px, py) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const c = color((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))] : [0, 0, 0, 0];
  });
  writeFileSync(`icons/icon-${size}.png`, data);
}
console.log('icons written');
