// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The bar chart "arrivals vs served by hour" as inline SVG: one <g class="bar-group"> per hour
// with two bars. No chart library: 24 pairs of rectangles, a few grid lines and labels are all
// it takes (docs/dependencies.md). Colours come from the page's stylesheet (classes), so the page's
// strict Content-Security-Policy needs no inline styles. The SVG is one image for screen readers;
// the page puts the same numbers in a table next to it.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 44 };
const MAX_TICKS = 5;

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// A round step (1, 2 or 5 times a power of ten) giving at most MAX_TICKS grid lines above 0.
function tickStep(max) {
  const rough = Math.max(max, 1) / MAX_TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough);
  return Math.max(1, step);
}

// hours: [{hour, arrivals, served}] (24 entries). texts: {label, arrivals, served, hour(h)}.
export function barChart(hours, texts) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(0, ...hours.map((h) => Math.max(h.arrivals, h.served)));
  const step = tickStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (value) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': texts.label,
    focusable: 'false' });
  for (let value = 0; value <= top; value += step) {
    svg.append(el('line', { class: value === 0 ? 'axis' : 'grid', x1: MARGIN.left, x2: WIDTH - MARGIN.right,
      y1: y(value), y2: y(value) }));
    svg.append(el('text', { x: MARGIN.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, value));
  }
  const slot = plotWidth / hours.length;
  const bar = slot * 0.36;
  for (const [i, h] of hours.entries()) {
    const left = MARGIN.left + i * slot + slot * 0.14;
    const group = el('g', { class: 'bar-group', 'data-hour': h.hour });
    group.append(el('title', {}, `${texts.hour(h.hour)}: ${texts.arrivals} ${h.arrivals}, ${texts.served} ${h.served}`));
    for (const [k, kind] of ['arrivals', 'served'].entries()) {
      const value = h[kind];
      group.append(el('rect', { class: kind, 'data-value': value, x: left + k * bar, y: y(value), width: bar,
        height: y(0) - y(value) }));
    }
    group.append(el('text', { x: MARGIN.left + (i + 0.5) * slot, y: HEIGHT - 8, 'text-anchor': 'middle' }, h.hour));
    svg.append(group);
  }
  return svg;
}
