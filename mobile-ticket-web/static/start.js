// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The branch's start page (GET /): fills in the office from GET /api/v1/health and, when the demo
// put a /t/static/demo.json beside the page (scripts/demo does), lists what the demo runs.
// demo.json: {"parts": [{"label": "…", "text": "…", "url": "http://…" (optional)}]}.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);

  async function json(url) {
    const res = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(url + ': ' + res.status);
    return res.json();
  }

  function officeDay(health) {
    const when = new Date(health.now);
    const text = new Intl.DateTimeFormat('de-DE', {
      weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin',
    }).format(when);
    return health.time_speed > 1 ? text + ' · Bürozeit läuft ' + health.time_speed + '-mal so schnell (Demo)' : text;
  }

  function listDemo(demo) {
    const list = $('demo-parts');
    for (const part of Array.isArray(demo.parts) ? demo.parts : []) {
      const item = document.createElement('li');
      const label = document.createElement('strong');
      label.textContent = String(part.label || '') + ': ';
      item.append(label);
      if (part.url) {
        const link = document.createElement('a');
        link.href = String(part.url);
        link.textContent = String(part.text || part.url);
        item.append(link);
      } else {
        const code = document.createElement('code');
        code.textContent = String(part.text || '');
        item.append(code);
      }
      list.append(item);
    }
    $('demo').hidden = list.children.length === 0;
  }

  json('/api/v1/health').then((health) => {
    $('office').textContent = health.office;
    document.title = health.office + ' · civiq';
    $('today').textContent = officeDay(health);
  }).catch(() => { $('today').textContent = 'Der Server antwortet gerade nicht.'; });
  json('/t/static/demo.json').then(listDemo).catch(() => { /* not a demo */ });
})();
