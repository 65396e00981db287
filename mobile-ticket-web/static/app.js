// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq live ticket: the page behind the ticket's QR code (/t/{token}). Plain JS, no build step.
// Data: GET /api/v1/tickets/{token} and the WebSocket topic ticket:{token} (docs/api.md); polling
// only while the socket is down. Texts: static/i18n/{lang}.json. See docs/live-ticket.md.
(() => {
  'use strict';

  const LANGS = ['de', 'en', 'pl', 'cs'];
  const POLL_MS = 10000;            // while the socket is down; the server rate-limits per client
  const RECONNECT_MIN_MS = 1000;    // socket reconnect back-off: 1 s, 2 s, 4 s … 30 s
  const RECONNECT_MAX_MS = 30000;
  const NOTIFY_CHOICES = [5, 10, 15];
  const POSTPONE_CHOICES = [1, 3, 5, 10]; // places; the server allows 1…max_postpone_places (10 by default)
  const STORE_KEY = 'civiq-live-ticket';
  const TOKEN_RE = /^[A-Za-z0-9_-]{16,128}$/;
  const FINAL = { cancelled: 1, done: 1, no_show: 1 };

  const $ = (id) => document.getElementById(id);
  const match = /^\/t\/([^/?#]+)\/?$/.exec(location.pathname);
  const token = match ? decodeURIComponent(match[1]) : '';

  const st = {
    ticket: null,        // last TicketView
    at: 0,               // performance.now() when it arrived
    lang: null, dict: null, dicts: {},
    socket: null, socketOpen: false, reconnectMs: RECONNECT_MIN_MS, reconnectTimer: 0,
    pollTimer: 0, polling: false, offline: false, offlineAt: 0, lastGet: -1e9,
    postponing: false,   // a postpone of our own is under way: moving back is what was asked
    finished: false, unknown: false,
    busy: false, shown: false,
    audio: null,
    saved: loadSaved(),
  };

  // ---------------------------------------------------------------- storage (no personal data)
  function loadSaved() {
    try {
      const s = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
      if (s && s.token === token) return s;
    } catch (e) { /* private mode, corrupt value */ }
    return { token, lang: null, notify: 0, notified: false, called: false };
  }
  function save() {
    try { localStorage.setItem(STORE_KEY, JSON.stringify(st.saved)); } catch (e) { /* ignore */ }
  }

  // ---------------------------------------------------------------- texts
  function t(key, vars) {
    let s = (st.dict && st.dict[key]) || '';
    if (typeof s !== 'string') s = '';
    return s.replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? String(vars[k]) : m));
  }
  function plural(key, n) {
    const forms = (st.dict && st.dict[key]) || {};
    let cat = 'other';
    try { cat = new Intl.PluralRules(st.dict.locale || st.lang).select(n); } catch (e) { /* old browser */ }
    return String(forms[cat] || forms.other || n).replace('{n}', String(n));
  }
  const minutes = (n) => plural('minutes', n);

  function fetchDict(lang) {
    if (!st.dicts[lang]) {
      st.dicts[lang] = fetch('/t/static/i18n/' + lang + '.json', { credentials: 'omit' })
        .then((r) => { if (!r.ok) throw new Error('i18n ' + r.status); return r.json(); })
        .catch((e) => { delete st.dicts[lang]; throw e; });
    }
    return st.dicts[lang];
  }
  function preferredLang() {
    if (st.saved.lang) return st.saved.lang;
    if (st.ticket && LANGS.includes(st.ticket.language)) return st.ticket.language;
    return browserLang();
  }
  function browserLang() {
    for (const l of navigator.languages || [navigator.language || '']) {
      const base = String(l).slice(0, 2).toLowerCase();
      if (LANGS.includes(base)) return base;
    }
    return 'de';
  }
  async function useLang(lang) {
    if (!LANGS.includes(lang)) lang = 'de';
    let dict;
    try { dict = await fetchDict(lang); } catch (e) {
      if (st.dict) return; // keep the current language
      try { dict = await fetchDict('de'); lang = 'de'; } catch (e2) { return; }
    }
    if (lang !== preferredLang() && st.dict) return; // a newer choice won the race
    st.lang = lang; st.dict = dict;
    const root = document.documentElement;
    root.lang = dict.lang || lang;
    root.dir = dict.dir === 'rtl' ? 'rtl' : 'ltr';
    document.title = t('title');
    $('lang').value = lang;
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-n]')) el.textContent = t('notify_option', { n: el.dataset.n });
    render();
  }

  // ---------------------------------------------------------------- time
  // Office seconds since the last view arrived. The office clock runs `time_speed` times faster in
  // demos and simulations; while offline, time stops at the moment the connection was lost, so
  // "Stand" keeps saying how old what is shown is.
  function elapsedS() {
    if (!st.at) return 0;
    const until = st.offline && st.offlineAt ? st.offlineAt : performance.now();
    const speed = st.ticket && st.ticket.time_speed > 0 ? st.ticket.time_speed : 1;
    return (Math.max(0, until - st.at) / 1000) * speed;
  }
  function remainingS(seconds) { return seconds == null ? null : Math.max(0, seconds - elapsedS()); }
  function estimateS() {
    const v = st.ticket;
    if (!v || v.status !== 'waiting' || v.service_open === false) return null;
    return remainingS(v.estimated_wait_s);
  }
  // Waiting ends when the ticket is called (the server's rule for waited_s): only a waiting ticket
  // counts on between updates.
  function waitedS() {
    const v = st.ticket;
    if (!v) return 0;
    return v.waited_s + (v.status === 'waiting' ? elapsedS() : 0);
  }
  function officeNow() {
    const v = st.ticket;
    const at = v ? Date.parse(v.updated_at) : NaN;
    return isNaN(at) ? '' : new Date(at + elapsedS() * 1000).toISOString();
  }
  // "ca. 20 Minuten", or the range "15–25 Minuten" when the server sends one (v1.3).
  function waitText(v) {
    const point = remainingS(v.estimated_wait_s);
    const high = remainingS(v.wait_high_s);
    if ((high != null ? high : point) < 60) return t('wait_soon');
    const top = Math.ceil((high != null ? high : point) / 60);
    const bottom = Math.max(1, Math.floor(remainingS(v.wait_low_s != null ? v.wait_low_s : point) / 60));
    if (bottom >= top) return t('wait_value', { minutes: minutes(Math.ceil(point / 60)) });
    return t('wait_range', { low: bottom, minutes: minutes(top) });
  }
  // No open counter may call the ticket: say so, and when the office opens again if it is closed.
  function closedText(v) {
    if (!v.opens_at) return t('wait_closed');
    const day = (iso) => berlinDate(iso, { weekday: 'short' });
    const sameDay = day(v.opens_at) === day(officeNow());
    return t('wait_closed_until', { time: (sameDay ? '' : day(v.opens_at) + ', ') + clock(v.opens_at, false) });
  }
  function berlinDate(iso, fields) {
    try {
      return new Intl.DateTimeFormat(st.dict.locale || st.lang, { ...fields, timeZone: 'Europe/Berlin' }).format(new Date(iso));
    } catch (e) { return ''; }
  }
  function clock(iso, seconds = true) {
    const d = new Date(iso);
    if (isNaN(d)) return '';
    try {
      // The office's time, wherever the phone is (a visitor's phone may be set to another zone).
      const fields = { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' };
      if (seconds) fields.second = '2-digit';
      return new Intl.DateTimeFormat(st.dict.locale || st.lang, fields).format(d);
    } catch (e) { return d.toLocaleTimeString(); }
  }

  // ---------------------------------------------------------------- rendering
  function show(view) {
    for (const id of ['view-loading', 'view-waiting', 'view-called', 'view-end']) $(id).hidden = id !== view;
    // measured by tests/web/performance.test.mjs (and available to anyone profiling the page)
    if (view !== 'view-loading' && !st.shown) { st.shown = true; performance.mark('civiq-ticket-shown'); }
    document.body.classList.toggle('is-called', view === 'view-called');
    document.body.classList.toggle('is-loading', view === 'view-loading');
    // a tab in the background still says it: "Sie sind dran: A042"
    document.title = view === 'view-called' && st.ticket ? t('notification_called', { number: st.ticket.number }) : t('title');
    document.body.dataset.view = view.slice(5);
  }

  function render() {
    if (!st.dict) return;
    if (st.unknown) return renderEnd('unknown');
    const v = st.ticket;
    if (!v) return show('view-loading');
    $('office').textContent = v.office || '';
    document.body.dataset.status = v.status;
    if (FINAL[v.status]) return renderEnd(v.status);
    if (v.status === 'called') return renderCalled();
    renderWaiting();
  }

  function renderWaiting() {
    const v = st.ticket;
    show('view-waiting');
    $('w-number').textContent = v.number;
    $('w-service').textContent = v.service;
    $('w-status').textContent = v.status === 'serving' ? t('status_serving', { counter: v.counter || '' })
      : v.status === 'parked' ? t('status_parked') : t('status_waiting');
    const waiting = v.status === 'waiting';
    $('w-position-row').hidden = !waiting || v.position == null;
    $('w-position').textContent = waiting && v.position != null
      ? t('position_value', { position: v.position, total: v.waiting_total != null ? v.waiting_total : v.position }) : '';
    $('w-wait-row').hidden = !waiting || (v.estimated_wait_s == null && v.service_open !== false);
    $('w-hint').hidden = !waiting;  // "you may leave the waiting area" is wrong once called
    $('w-actions').hidden = !waiting;
    // Offered only where it would let somebody pass (a server before v1.2 does not say: offer it).
    $('postpone-open').hidden = v.can_postpone === false;
    $('notify').hidden = !waiting;
    renderNotifyState();
    tick();
  }

  function renderCalled() {
    const v = st.ticket;
    show('view-called');
    $('c-number').textContent = v.number;
    $('c-go').textContent = t('called_go', { counter: v.counter || '' });
    $('c-service').textContent = v.service;
    $('c-updated').textContent = t('updated', { time: clock(v.updated_at) });
  }

  function renderEnd(kind) {
    const v = st.ticket;
    show('view-end');
    const number = kind === 'unknown' || !v ? '' : v.number;
    const key = kind === 'unknown' ? 'unknown' : 'end_' + kind;
    $('e-title').textContent = t(key + '_title');
    $('e-number').textContent = number;
    $('e-text').textContent = t(key + '_text', { number });
    const message = kind === 'cancelled' && v && v.message ? v.message : '';
    $('e-message').textContent = message;
    $('e-message').hidden = !message;
    if (kind === 'unknown') $('office').textContent = '';
  }

  // Runs every second: the wait and waited times move between updates; also drives "notify me".
  function tick() {
    const v = st.ticket;
    if (!st.dict || !v || v.status === 'called' || FINAL[v.status]) return;
    const est = estimateS();
    if (v.status === 'waiting' && v.service_open === false) $('w-wait').textContent = closedText(v);
    else if (est != null) $('w-wait').textContent = waitText(v);
    const w = Math.floor(waitedS() / 60);
    $('w-waited').textContent = w < 1 ? t('waited_short') : minutes(w);
    $('w-updated').textContent = t('updated', { time: clock(officeNow()) });
    checkSoon(est);
  }

  // ---------------------------------------------------------------- applying server state
  function apply(view) {
    if (!view || typeof view !== 'object' || typeof view.status !== 'string') return;
    const prev = st.ticket;
    if (prev && Date.parse(view.updated_at) < Date.parse(prev.updated_at)) return; // stale poll reply
    st.ticket = view;
    st.at = performance.now();
    setOffline(false);
    explainStepBack(prev, view);
    if (!st.dict || (!st.saved.lang && st.lang !== view.language && LANGS.includes(view.language))) {
      useLang(preferredLang());
    }
    const wasCalled = prev ? prev.status === 'called' : st.saved.called;
    render();
    if (view.status === 'called' && (!wasCalled || (prev && prev.counter_id !== view.counter_id))) onCalled();
    if (view.status !== 'called' && st.saved.called) { st.saved.called = false; save(); }
    if (FINAL[view.status]) finish();
  }

  // A due appointment or a priority case goes first by the office's rules: a ticket that moves back
  // says why, unless its holder just postponed it.
  function explainStepBack(prev, view) {
    const back = prev && prev.status === 'waiting' && view.status === 'waiting' && prev.service_id === view.service_id &&
      prev.position != null && view.position != null && view.position > prev.position;
    if (back && !st.postponing) note(t('position_back'));
  }

  function finish() {
    st.finished = true;
    stopPolling();
    clearTimeout(st.reconnectTimer);
    if (st.socket) { const s = st.socket; st.socket = null; s.close(); }
    closeDialogs();
  }

  // ---------------------------------------------------------------- alerts
  function onCalled() {
    st.saved.called = true; save();
    const v = st.ticket;
    announce(t('called_announce', { number: v.number, counter: v.counter || '' }));
    alertUser(t('notification_called', { number: v.number }), t('called_go', { counter: v.counter || '' }));
    closeDialogs();
    if (st.dict) $('c-title').focus();
  }

  function checkSoon(est) {
    const n = st.saved.notify;
    if (!n || st.saved.notified || est == null || est > n * 60) return;
    st.saved.notified = true; save();
    const text = t('notify_alert', { minutes: minutes(n) });
    const box = $('soon-alert');
    box.textContent = text;
    box.hidden = false;  // role=alert: screen readers announce it
    alertUser(t('notification_soon', { number: st.ticket.number }), text);
  }

  function announce(text) {
    const region = $('announce');
    region.textContent = '';
    // A fresh text node in a second step makes every screen reader announce it, also repeats.
    setTimeout(() => { region.textContent = text; }, 50);
  }

  function alertUser(title, body) {
    document.body.dataset.alerted = String((+document.body.dataset.alerted || 0) + 1);
    try { if (navigator.vibrate) navigator.vibrate([400, 150, 400, 150, 800]); } catch (e) { /* not allowed */ }
    chime();
    notify(title, body);
  }

  // Two-tone chime made with Web Audio (no sound file to download). Browsers allow it after a tap.
  function unlockAudio() {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    try {
      if (!st.audio) st.audio = new Ctx();
      if (st.audio.state === 'suspended') st.audio.resume();
    } catch (e) { st.audio = null; }
  }
  function chime() {
    unlockAudio();
    const ctx = st.audio;
    if (!ctx) return;
    try {
      const t0 = ctx.currentTime + 0.05;
      [[659.25, 0], [523.25, 0.45], [659.25, 1.2], [523.25, 1.65]].forEach(([freq, at]) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, t0 + at);
        gain.gain.exponentialRampToValueAtTime(0.5, t0 + at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + at + 0.6);
        osc.connect(gain).connect(ctx.destination);
        osc.start(t0 + at);
        osc.stop(t0 + at + 0.65);
      });
    } catch (e) { /* audio unavailable */ }
  }

  function notificationsSupported() { return 'Notification' in window && window.isSecureContext; }
  function notify(title, body) {
    if (!notificationsSupported() || Notification.permission !== 'granted') return;
    const options = { body, tag: 'civiq-' + token.slice(0, 12), renotify: true, requireInteraction: true, data: { url: location.href } };
    // Android Chrome only shows notifications through a service worker; desktop browsers either way.
    const viaWorker = navigator.serviceWorker
      ? navigator.serviceWorker.getRegistration('/t/static/').then((reg) => {
        if (!reg) throw new Error('no worker');
        return reg.showNotification(title, options);
      })
      : Promise.reject(new Error('no worker'));
    viaWorker.catch(() => { try { new Notification(title, options); } catch (e) { /* not allowed here */ } });
  }
  function registerWorker() {
    if (!navigator.serviceWorker) return Promise.resolve();
    return navigator.serviceWorker.register('/t/static/sw.js', { scope: '/t/static/' }).catch(() => {});
  }
  async function askNotifications() {
    unlockAudio();
    if (!notificationsSupported()) return;
    try { await Notification.requestPermission(); } catch (e) { /* ignore */ }
    if (Notification.permission === 'granted') await registerWorker();
    renderNotifyState();
  }

  function renderNotifyState() {
    const n = st.saved.notify;
    for (const input of document.querySelectorAll('input[name=notify]')) input.checked = Number(input.value) === n;
    $('notify-state').textContent = n && !st.saved.notified ? t('notify_set', { minutes: minutes(n) }) : '';
    const btn = $('allow-notifications');
    const supported = notificationsSupported();
    btn.hidden = !supported || Notification.permission !== 'default';
    if (supported && Notification.permission === 'denied' && n) {
      $('notify-state').textContent += ' ' + t('notifications_blocked');
    }
  }

  // ---------------------------------------------------------------- transport
  function apiPath(suffix) { return '/api/v1/tickets/' + encodeURIComponent(token) + (suffix || ''); }

  function setOffline(offline) {
    if (st.offline === offline) return;
    st.offline = offline;
    st.offlineAt = offline ? performance.now() : 0;
    $('banner').hidden = !offline;
    document.body.classList.toggle('is-offline', offline);
  }

  function connect() {
    clearTimeout(st.reconnectTimer);
    if (st.socket || st.finished || st.unknown) return;
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host +
      '/api/v1/events?topics=ticket:' + encodeURIComponent(token);
    let ws;
    try { ws = new WebSocket(url); } catch (e) { return socketDown(); }
    st.socket = ws;
    ws.onopen = () => {
      if (st.socket !== ws) return;
      st.socketOpen = true;
      st.reconnectMs = RECONNECT_MIN_MS;
      stopPolling();
    };
    ws.onmessage = (ev) => {
      if (st.socket !== ws) return;
      let frame;
      try { frame = JSON.parse(ev.data); } catch (e) { return; }
      if (frame && frame.topic === 'ticket:' + token && (frame.kind === 'snapshot' || frame.kind === 'update')) apply(frame.data);
    };
    ws.onclose = () => {
      if (st.socket !== ws) return;
      const wasOpen = st.socketOpen;
      st.socket = null;
      st.socketOpen = false;
      socketDown(wasOpen);
    };
  }

  // A socket that was up and dropped: ask over HTTP at once (catch up, or learn we are offline).
  function socketDown(wasOpen) {
    if (st.finished || st.unknown) return;
    clearTimeout(st.reconnectTimer);
    st.reconnectTimer = setTimeout(connect, st.reconnectMs);
    st.reconnectMs = Math.min(st.reconnectMs * 2, RECONNECT_MAX_MS);
    startPolling(wasOpen ? 0 : undefined);
  }

  // Polls while the socket is down. The first poll goes out at once unless a GET just went out.
  function startPolling(delayMs) {
    if (st.polling || st.finished || st.unknown) return;
    st.polling = true;
    const sinceLast = performance.now() - st.lastGet;
    const wait = delayMs !== undefined ? delayMs : sinceLast < 2000 ? POLL_MS - sinceLast : 0;
    if (wait > 0) schedulePoll(wait); else poll();
  }
  function stopPolling() {
    st.polling = false;
    clearTimeout(st.pollTimer);
    st.pollTimer = 0;
  }
  function schedulePoll(ms) {
    clearTimeout(st.pollTimer);
    if (st.polling) st.pollTimer = setTimeout(poll, ms);
  }

  async function poll() {
    const res = await getTicket();
    if (!st.polling) return;
    if (res === 'offline' || res === 'error') return schedulePoll(POLL_MS);
    if (typeof res === 'number') return schedulePoll(Math.max(POLL_MS, res)); // 429: Retry-After
    schedulePoll(POLL_MS);
  }

  // One GET; applies the result. Returns 'ok', 'unknown', 'offline', 'error' or a back-off in ms.
  async function getTicket() {
    let res;
    st.lastGet = performance.now();
    try {
      res = await fetch(apiPath(), { cache: 'no-store', credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (e) {
      if (!st.socketOpen) setOffline(true);
      return 'offline';
    }
    if (res.status === 200) {
      try { apply(await res.json()); } catch (e) { return 'error'; }
      return 'ok';
    }
    if (res.status === 404) { markUnknown(); return 'unknown'; }
    if (res.status === 429) {
      const after = parseInt(res.headers.get('Retry-After') || '', 10);
      return (after > 0 ? after : 30) * 1000;
    }
    if (!st.socketOpen && res.status >= 500) setOffline(true);
    return 'error';
  }

  function markUnknown() {
    st.unknown = true;
    setOffline(false);
    finish();
    if (!st.dict) useLang(preferredLang()); else render();
  }

  // ---------------------------------------------------------------- actions
  function errorText(body, status) {
    const code = body && body.error;
    if (code === 'postpone_limit_reached') return t('error_postpone_limit');
    if (code === 'ticket_not_waiting') return t('error_not_waiting');
    if (code === 'ticket_already_called') return t('error_already_called');
    if (code === 'invalid_argument') return t('postpone_none_behind');
    if (status === 429) return t('error_rate_limited');
    return t('error_generic');
  }

  async function post(suffix, body) {
    if (st.busy) return null;
    st.busy = true;
    note('');
    try {
      const init = { method: 'POST', credentials: 'omit', headers: { Accept: 'application/json' } };
      if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
      const res = await fetch(apiPath(suffix), init);
      let json = null;
      try { json = await res.json(); } catch (e) { /* no body */ }
      if (res.ok) { apply(json); return json; }
      if (res.status === 404) { markUnknown(); return null; }
      note(errorText(json, res.status));
      if (res.status === 409) getTicket();
      return null;
    } catch (e) {
      note(t('error_generic'));
      return null;
    } finally {
      st.busy = false;
    }
  }
  function note(text) { $('action-note').textContent = text; }

  function closeDialogs() {
    for (const d of document.querySelectorAll('dialog')) if (d.open) d.close('closed');
  }

  function openCancel() {
    $('cancel-text').textContent = t('cancel_text', { number: st.ticket ? st.ticket.number : '' });
    $('cancel-dialog').showModal();
  }

  function openPostpone() {
    const v = st.ticket;
    if (!v || v.status !== 'waiting') return;
    const behind = Math.max(0, (v.waiting_total || 0) - (v.position || 0));
    if (behind < 1) return note(t('postpone_none_behind'));
    const perPlace = v.position > 0 && v.estimated_wait_s > 0 ? v.estimated_wait_s / v.position : 0;
    const box = $('postpone-choices');
    for (const el of box.querySelectorAll('.choice')) el.remove();
    const places = [...new Set(POSTPONE_CHOICES.map((n) => Math.min(n, behind)))];
    places.forEach((n, i) => {
      const label = document.createElement('label');
      label.className = 'choice';
      const input = document.createElement('input');
      input.type = 'radio'; input.name = 'places'; input.value = String(n); input.checked = i === 0;
      const text = document.createElement('span');
      text.textContent = n === behind && n > 1 ? t('postpone_end', { n }) : plural('postpone_places', n);
      if (perPlace > 0) {
        const small = document.createElement('small');
        small.textContent = t('postpone_about', { minutes: minutes(Math.max(1, Math.round((perPlace * n) / 60))) });
        text.appendChild(small);
      }
      label.append(input, text);
      box.appendChild(label);
    });
    $('postpone-dialog').showModal();
  }

  // ---------------------------------------------------------------- start
  function start() {
    $('lang').addEventListener('change', (e) => {
      st.saved.lang = e.target.value; save();
      useLang(e.target.value);
    });
    $('cancel-open').addEventListener('click', openCancel);
    $('postpone-open').addEventListener('click', openPostpone);
    $('cancel-dialog').addEventListener('close', async () => {
      if ($('cancel-dialog').returnValue !== 'confirm') return;
      const done = await post('/cancel');
      if (done && st.dict) $('e-title').focus();
    });
    $('postpone-dialog').addEventListener('close', async () => {
      if ($('postpone-dialog').returnValue !== 'confirm') return;
      const chosen = document.querySelector('input[name=places]:checked');
      if (!chosen) return;
      st.postponing = true;
      const done = await post('/postpone', { places: Number(chosen.value) });
      st.postponing = false;
      if (done) note(t('postpone_done'));
    });
    for (const input of document.querySelectorAll('input[name=notify]')) {
      input.addEventListener('change', () => {
        unlockAudio();
        st.saved.notify = Number(input.value);
        st.saved.notified = false;
        $('soon-alert').hidden = true;
        save();
        renderNotifyState();
        tick();
      });
    }
    $('allow-notifications').addEventListener('click', askNotifications);
    // Browsers let a page play sound only after a tap; any tap unlocks the chime.
    document.addEventListener('pointerdown', unlockAudio, { once: true, capture: true });
    document.addEventListener('keydown', unlockAudio, { once: true, capture: true });

    // Phones suspend background tabs and lose frames while the network is gone: when the page or the
    // network is back, open a fresh socket (its snapshot is the current state) and ask once over HTTP.
    const resume = (fresh) => {
      if (st.finished || st.unknown) return;
      st.reconnectMs = RECONNECT_MIN_MS;
      if (fresh && st.socket) { const old = st.socket; st.socket = null; st.socketOpen = false; old.close(); }
      if (!st.socket) connect();
      if (!st.socketOpen) getTicket();
    };
    window.addEventListener('online', () => resume(true));
    window.addEventListener('offline', () => { if (st.ticket) setOffline(true); });
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) resume(performance.now() - st.at > 30000);
    });
    setInterval(tick, 1000);

    if (!TOKEN_RE.test(token)) { st.unknown = true; useLang(preferredLang()); return; }
    useLang(preferredLang()); // fetched while the ticket loads; switched if the ticket says otherwise
    if (notificationsSupported() && Notification.permission === 'granted') registerWorker();
    // First view: ask once over HTTP and open the socket at the same time; the faster one renders.
    getTicket().then((res) => {
      if (res !== 'ok' && res !== 'unknown' && !st.socketOpen) startPolling(typeof res === 'number' ? res : POLL_MS);
    });
    connect();
  }

  start();
})();
