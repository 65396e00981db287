// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The proof of work before a hold (docs/booking-api.md, GET /api/v1/booking/challenge), in a worker
// so the page stays responsive: find number with SHA-256(salt + number) = challenge, as ALTCHA does.
// SHA-256 is written out here because crypto.subtle exists only on HTTPS pages and is asynchronous
// per hash; this synchronous one does a citizen's 20 000 tries in a blink, even on a cheap phone.
'use strict';

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Uint32Array(64);
const H = new Uint32Array(8);
let buffer = new Uint8Array(128);
let view = new DataView(buffer.buffer);
const rotr = (x, n) => (x >>> n) | (x << (32 - n));

// SHA-256 of an ASCII text (the salt and a decimal number are ASCII) into H. Reuses its buffers:
// a citizen's phone runs this tens of thousands of times in a row.
function sha256(text) {
  const bitLength = text.length * 8;
  const blocks = Math.ceil((text.length + 9) / 64);
  if (buffer.length < blocks * 64) {
    buffer = new Uint8Array(blocks * 64);
    view = new DataView(buffer.buffer);
  }
  buffer.fill(0, 0, blocks * 64);
  for (let i = 0; i < text.length; i += 1) buffer[i] = text.charCodeAt(i);
  buffer[text.length] = 0x80;
  view.setUint32(blocks * 64 - 4, bitLength >>> 0);
  view.setUint32(blocks * 64 - 8, Math.floor(bitLength / 0x100000000));
  H.set([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  for (let block = 0; block < blocks; block += 1) {
    for (let i = 0; i < 16; i += 1) W[i] = view.getUint32(block * 64 + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const s0 = rotr(W[i - 15], 7) ^ rotr(W[i - 15], 18) ^ (W[i - 15] >>> 3);
      const s1 = rotr(W[i - 2], 17) ^ rotr(W[i - 2], 19) ^ (W[i - 2] >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) >>> 0;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let i = 0; i < 64; i += 1) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + W[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    H[0] += a; H[1] += b; H[2] += c; H[3] += d; H[4] += e; H[5] += f; H[6] += g; H[7] += h;
  }
  return H;
}

// The challenge's 64 hex digits as eight words, to compare without formatting each try.
function words(hex) {
  const out = new Uint32Array(8);
  for (let i = 0; i < 8; i += 1) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

self.onmessage = (event) => {
  const { salt, challenge, maxnumber } = event.data;
  const started = Date.now();
  const target = words(String(challenge).toLowerCase());
  for (let number = 0; number <= maxnumber; number += 1) {
    const h = sha256(salt + number);
    if (h[0] === target[0] && h.every((word, i) => word === target[i])) {
      self.postMessage({ number, took: Date.now() - started });
      return;
    }
  }
  self.postMessage({ number: null });
};
