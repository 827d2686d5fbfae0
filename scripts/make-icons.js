#!/usr/bin/env node
/* global require, __dirname, Buffer, console */
/*
 * Generates the add-in icons in assets/ (icon-16/32/64/80.png and logo-filled.png).
 *
 *   node scripts/make-icons.js
 *
 * Uses only Node's zlib: the PNG chunks (IHDR, IDAT, IEND) and their CRC32 are written
 * by hand. The picture is a rounded dark-teal square with a white calendar page (an
 * amber header, two binder rings and a grid of days), drawn with 4x4 supersampling.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [0x0b, 0x4f, 0x55];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf2, 0xa5, 0x41];
const DARK_TEAL = [0x08, 0x3a, 0x3f];

/* ---------- PNG encoding ---------- */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes an RGBA image (Uint8Array of width*height*4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  // Each scanline starts with its filter type (0 = None).
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (width * 4 + 1) + 1
    );
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/* ---------- drawing ---------- */

/** Is (x, y) inside the rounded rectangle [x0,x1]x[y0,y1] with corner radius r? */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * The icon as a function of unit coordinates (0..1, y downwards): returns an RGB colour,
 * or null for transparent. Later shapes are painted over earlier ones.
 */
function shade(x, y, size) {
  // Small icons get a simpler grid so that it stays legible.
  const small = size <= 20;
  let colour = null;
  if (inRoundedRect(x, y, 0, 0, 1, 1, 0.2)) colour = TEAL;
  // Calendar page.
  if (inRoundedRect(x, y, 0.17, 0.24, 0.83, 0.84, 0.07)) colour = WHITE;
  // Header band.
  if (inRoundedRect(x, y, 0.17, 0.24, 0.83, 0.42, 0.07) && y <= 0.4) colour = AMBER;
  // Binder rings, sticking out above the page.
  for (const rx of [0.34, 0.66]) {
    if (inRoundedRect(x, y, rx - 0.045, 0.14, rx + 0.045, 0.33, 0.04)) colour = DARK_TEAL;
  }
  // Grid of days.
  const cols = small ? 2 : 3;
  const rows = 2;
  const gx0 = 0.26;
  const gx1 = 0.74;
  const gy0 = 0.5;
  const gy1 = 0.76;
  const gap = small ? 0.1 : 0.06;
  const cw = (gx1 - gx0 - gap * (cols - 1)) / cols;
  const ch = (gy1 - gy0 - gap * (rows - 1)) / rows;
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const x0 = gx0 + c * (cw + gap);
      const y0 = gy0 + r * (ch + gap);
      // The last day is highlighted in amber (the meeting).
      const isMeeting = c === cols - 1 && r === rows - 1;
      if (inRoundedRect(x, y, x0, y0, x0 + cw, y0 + ch, 0.02)) colour = isMeeting ? AMBER : TEAL;
    }
  }
  return colour;
}

function render(size) {
  const ss = 4; // supersampling per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const colour = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        // Colours are averaged over the covered samples (straight, not premultiplied alpha).
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  const outputs = [
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["logo-filled.png", 128],
  ];
  for (const [name, size] of outputs) {
    const png = render(size);
    fs.writeFileSync(path.join(outDir, name), png);
    console.log(`assets/${name}: ${size}x${size}, ${png.length} bytes`);
  }
}

if (require.main === module) {
  main();
}

module.exports = { encodePng, crc32, render };
