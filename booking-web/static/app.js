// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq booking pages, served by civiq-central: book (/booking/), confirm by the mail's link
// (/booking/activate/{token}), see, move or cancel (/booking/manage/{token}). Plain JS, no build
// step; every change is a POST the citizen clicks, so a mail scanner following links changes nothing.
// Data: the booking API (docs/booking-api.md). Texts: static/i18n/{lang}.json. See docs/booking.md.
(() => {
  'use strict';

  const LANGS = ['de', 'en', 'pl', 'cs'];
  const API = '/api/v1/booking/';
  const FIRST_LOOK_DAYS = 60;   // the office list's "next free day" looks this far ahead: past a release 4 weeks ahead (the slots route's limit is 62)
  const MAX_AHEAD_DAYS = 61;    // the calendar goes no further (the API searches 62 days at once)
  const MAX_PER_SERVICE = 4;    // the same service for this many people at most, in one visit
  const STORE_LANG = 'civiq-booking-lang';
  const TZ = 'Europe/Berlin';

  const $ = (id) => document.getElementById(id);
  const path = location.pathname;
  const tokenIn = (prefix) => {
    const m = new RegExp('^/booking/' + prefix + '/([A-Za-z0-9_-]{16,128})/?$').exec(path);
    return m ? m[1] : null;
  };

  const st = {
    lang: null, dict: null, dicts: {},
    services: [], offices: [],
    counts: {},          // service id -> how many people
    office: null,
    slots: {},           // "office|services" -> { day -> [{start, free_desks}] }, what the API answered
    covered: {},         // "office|services" -> { day -> true } days asked for
    month: null,         // "2026-12"
    focusDay: null, day: null,
    hold: null, holdTimer: 0,
    booking: null,       // BookingView of the activation or manage page
    waitlist: null,      // WaitlistStatus of the manage page's booking
    offer: null,         // OfferView of the offer page
    mode: 'book',        // book | activate | manage | rebook | offer
    token: null,
    view: 'loading',
    busy: false,
  };

  // ---------------------------------------------------------------- texts
  function t(key, vars) {
    let s = (st.dict && st.dict[key]) || '';
    if (typeof s !== 'string') s = '';
    return s.replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? String(vars[k]) : m));
  }
  function plural(key, n) {
    const forms = (st.dict && st.dict[key]) || {};
    let category = 'other';
    try { category = new Intl.PluralRules(st.dict.locale).select(n); } catch (e) { /* old browser */ }
    return String(forms[category] || forms.other || n).replace('{n}', String(n));
  }
  function fetchDict(lang) {
    if (!st.dicts[lang]) {
      st.dicts[lang] = fetch('/booking/static/i18n/' + lang + '.json', { credentials: 'omit' })
        .then((r) => { if (!r.ok) throw new Error('i18n ' + r.status); return r.json(); })
        .catch((e) => { delete st.dicts[lang]; throw e; });
    }
    return st.dicts[lang];
  }
  function preferredLang() {
    let saved = null;
    try { saved = localStorage.getItem(STORE_LANG); } catch (e) { /* private mode */ }
    if (LANGS.includes(saved)) return saved;
    for (const l of navigator.languages || [navigator.language || '']) {
      const base = String(l).slice(0, 2).toLowerCase();
      if (LANGS.includes(base)) return base;
    }
    return 'de';
  }
  async function setLang(lang) {
    const dict = await fetchDict(lang);
    st.lang = lang;
    st.dict = dict;
    document.documentElement.lang = dict.lang || lang;
    document.documentElement.dir = dict.dir === 'rtl' ? 'rtl' : 'ltr';
    $('lang').value = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    render();
  }

  // ---------------------------------------------------------------- dates (the office's, Europe/Berlin)
  const isoToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const asDate = (iso) => new Date(iso + 'T12:00:00Z');
  const isoOf = (date) => date.toISOString().slice(0, 10);
  const addDays = (iso, n) => { const d = asDate(iso); d.setUTCDate(d.getUTCDate() + n); return isoOf(d); };
  const monthOf = (iso) => iso.slice(0, 7);
  const addMonths = (month, n) => { const d = asDate(month + '-01'); d.setUTCMonth(d.getUTCMonth() + n); return monthOf(isoOf(d)); };
  const lastOfMonth = (month) => addDays(addMonths(month, 1) + '-01', -1);
  const format = (iso, options) => new Intl.DateTimeFormat(st.dict.locale, { timeZone: 'UTC', ...options }).format(asDate(iso));
  const longDate = (iso) => format(iso, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDate = (iso) => format(iso, { weekday: 'short', day: 'numeric', month: 'short' });
  const clock = (instant) => new Intl.DateTimeFormat(st.dict.locale, { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  const lastDay = () => addDays(isoToday(), MAX_AHEAD_DAYS);

  // ---------------------------------------------------------------- the API
  async function api(method, route, body) {
    let response;
    try {
      response = await fetch(API + route, {
        method, credentials: 'omit', cache: 'no-store',
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw Object.assign(new Error('network'), { code: 'network' });
    }
    let data = null;
    try { data = await response.json(); } catch (e) { /* an empty or non-JSON body */ }
    if (!response.ok) {
      throw Object.assign(new Error((data && data.message) || String(response.status)),
        { status: response.status, code: (data && data.error) || 'http_' + response.status, serverMessage: data && data.message });
    }
    return data;
  }
  // A refusal in the reader's language; the server's own words only where we have none.
  function errorText(error) {
    const known = t('error_' + error.code);
    if (known) return known;
    return t('error_generic') + (error.serverMessage ? ' (' + error.serverMessage + ')' : '');
  }
  function notice(text, ok) {
    const el = $('notice');
    el.className = ok ? 'notice ok' : 'notice';
    el.setAttribute('role', ok ? 'status' : 'alert');
    el.textContent = text || '';
  }

  // The proof of work (pow.js in a worker), then base64 of the solution as the hold's `altcha`.
  async function proofOfWork() {
    let challenge;
    try {
      challenge = await api('GET', 'challenge');
    } catch (e) {
      if (e.status === 404) return undefined;   // this county asks for none
      throw e;
    }
    const solution = await new Promise((resolve, reject) => {
      const worker = new Worker('/booking/static/pow.js');
      worker.onmessage = (event) => { worker.terminate(); resolve(event.data); };
      worker.onerror = (event) => { worker.terminate(); reject(Object.assign(new Error(event.message), { code: 'proof_of_work' })); };
      worker.postMessage({ salt: challenge.salt, challenge: challenge.challenge, maxnumber: challenge.maxnumber });
    });
    if (solution.number === null) throw Object.assign(new Error('unsolved'), { code: 'proof_of_work' });
    return btoa(JSON.stringify({
      algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution.number,
      salt: challenge.salt, signature: challenge.signature, took: solution.took,
    }));
  }

  // ---------------------------------------------------------------- what is chosen
  const service = (id) => st.services.find((s) => s.id === id);
  const serviceName = (s) => (s.names && (s.names[st.lang] || s.names.de)) || s.name;
  const officeOf = (id) => st.offices.find((o) => o.id === id);
  const chosenIds = () => {
    const ids = [];
    for (const s of st.services) for (let i = 0; i < (st.counts[s.id] || 0); i += 1) ids.push(s.id);
    return ids;
  };
  const visitMinutes = (ids) => ids.reduce((sum, id) => sum + Math.round((service(id) ? service(id).length_s : 0) / 60), 0);
  const visitKey = (office = st.office) => office.id + '|' + chosenIds().join(',');
  function visitText(ids) {
    const counted = new Map();
    for (const id of ids) counted.set(id, (counted.get(id) || 0) + 1);
    return Array.from(counted, ([id, n]) => (n > 1 ? n + ' × ' : '') + (service(id) ? serviceName(service(id)) : '#' + id)).join(', ');
  }

  // Asks the API for the free times of the chosen visit at `office` from `first` to `last` (what it
  // has not answered already), and remembers them.
  async function loadSlots(first, last, office = st.office) {
    const key = visitKey(office);
    const covered = st.covered[key] || (st.covered[key] = {});
    const days = st.slots[key] || (st.slots[key] = {});
    let from = first;
    while (from <= last && covered[from]) from = addDays(from, 1);
    if (from > last) return days;
    const query = 'slots?office=' + encodeURIComponent(office.id) + '&services=' + chosenIds().join(',') +
      '&from=' + from + '&to=' + last;
    let list;
    try {
      list = await api('GET', query);
    } catch (e) {
      // Beyond the free searches of this network each one pays with a proof of work (docs/booking-api.md).
      if (e.code !== 'proof_of_work') throw e;
      list = await api('GET', query + '&altcha=' + encodeURIComponent(await proofOfWork()));
    }
    for (let d = from; d <= last; d = addDays(d, 1)) covered[d] = true;
    for (const day of list.days || []) days[day.day] = (day.slots || []).filter((s) => s.free_desks > 0);
    return days;
  }
  const freeDays = (days) => Object.keys(days).filter((d) => days[d].length > 0).sort();
  function forgetSlots() { st.slots = {}; st.covered = {}; }

  // ---------------------------------------------------------------- views
  const STEPS = { services: 1, office: 2, date: 3, time: 4, contact: 5 };
  function show(view, { push = true, focus = true } = {}) {
    st.view = view;
    document.body.dataset.view = view;
    document.querySelectorAll('main > .view').forEach((el) => { el.hidden = el.id !== 'view-' + view; });
    const step = st.mode === 'book' ? STEPS[view] : 0;
    $('progress').hidden = !step;
    if (step) {
      $('step-label').textContent = t('step_of', { n: step, total: 5 });
      $('steps').querySelectorAll('li').forEach((li, i) => {
        li.className = i + 1 < step ? 'done' : '';
        if (i + 1 === step) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
      });
    }
    if (push && st.mode === 'book' && STEPS[view] && history.state?.view !== view) history.pushState({ view }, '', path);
    render();
    if (focus) {
      const heading = document.querySelector('#view-' + view + ' h1');
      if (heading) heading.focus();
    }
  }
  function render() {
    if (!st.dict) return;
    document.title = t('title');
    const renderers = { services: renderServices, office: renderOffices, date: renderCalendar, time: renderTimes,
      contact: renderContact, sent: renderSent, booking: renderBooking, offer: renderOffer, message: () => {} };
    if (renderers[st.view]) renderers[st.view]();
  }
  function facts(list, rows) {
    list.replaceChildren(...rows.filter(([, value]) => value).map(([label, value]) => {
      const row = document.createElement('div');
      row.className = 'fact';
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      row.append(dt, dd);
      return row;
    }));
  }
  function appointmentFacts(list, { ids, office, day, start }) {
    const o = officeOf(office);
    facts(list, [
      [t('fact_services'), visitText(ids)],
      [t('fact_office'), o ? o.name : office],
      [t('fact_address'), o && o.address],
      [t('fact_date'), longDate(day)],
      [t('fact_time'), t('time_value', { time: start })],
      [t('fact_length'), plural('minutes', visitMinutes(ids))],
    ]);
  }

  // 1: services, each with how many people
  function renderServices() {
    const list = $('service-list');
    list.replaceChildren(...st.services.map((s) => {
      const n = st.counts[s.id] || 0;
      const row = document.createElement('div');
      row.className = 'service';
      const name = document.createElement('p');
      name.className = 'service-name';
      name.id = 'service-' + s.id;
      name.textContent = serviceName(s);
      const length = document.createElement('span');
      length.className = 'service-length';
      length.textContent = t('service_length', { minutes: plural('minutes', Math.round(s.length_s / 60)) });
      name.append(length);
      const stepper = document.createElement('div');
      stepper.className = 'stepper';
      stepper.setAttribute('role', 'group');
      stepper.setAttribute('aria-labelledby', name.id);
      const minus = stepButton('−', t('fewer', { service: serviceName(s) }), n === 0, () => changeCount(s.id, -1, 'minus'));
      minus.dataset.role = 'minus';
      const count = document.createElement('output');
      count.textContent = String(n);
      count.setAttribute('aria-label', t('people_count', { n }));
      const plus = stepButton('+', t('more', { service: serviceName(s) }), n >= MAX_PER_SERVICE, () => changeCount(s.id, 1, 'plus'));
      plus.dataset.role = 'plus';
      stepper.append(minus, count, plus);
      row.dataset.service = String(s.id);
      row.append(name, stepper);
      return row;
    }));
    const ids = chosenIds();
    $('services-sum').textContent = ids.length ? t('services_sum', { minutes: plural('minutes', visitMinutes(ids)) }) : '';
  }
  function stepButton(symbol, label, disabled, onClick) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'round';
    button.textContent = symbol;
    button.setAttribute('aria-label', label);
    button.disabled = disabled;
    button.addEventListener('click', onClick);
    return button;
  }
  function changeCount(id, delta, role) {
    st.counts[id] = Math.max(0, Math.min(MAX_PER_SERVICE, (st.counts[id] || 0) + delta));
    forgetSlots();
    notice('');
    renderServices();
    // Keep the focus where the finger or the keyboard was (the list was drawn anew).
    const row = document.querySelector('[data-service="' + id + '"]');
    let target = row.querySelector('[data-role="' + role + '"]');
    if (target.disabled) target = row.querySelector('[data-role="' + (role === 'plus' ? 'minus' : 'plus') + '"]');
    target.focus();
  }
  async function servicesChosen() {
    if (!chosenIds().length) { notice(t('choose_service')); $('service-list').querySelector('button:not(:disabled)')?.focus(); return; }
    notice('');
    show('office');
  }

  // 2: offices that offer every chosen service, each with its next free day
  function renderOffices() {
    const ids = chosenIds();
    const offering = st.offices.filter((o) => ids.every((id) => o.service_ids.includes(id)));
    const list = $('office-list');
    if (!offering.length) {
      const none = document.createElement('li');
      none.textContent = t('no_office');
      list.replaceChildren(none);
      return;
    }
    list.replaceChildren(...offering.map((o) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.dataset.office = o.id;
      const title = document.createElement('span');
      title.className = 'choice-title';
      title.textContent = o.name;
      const address = document.createElement('span');
      address.className = 'choice-detail';
      address.textContent = o.address;
      const next = document.createElement('span');
      next.className = 'choice-next';
      next.textContent = t('next_free_loading');
      button.append(title, address, next);
      button.addEventListener('click', () => officeChosen(o));
      item.append(button);
      nextFreeDay(o).then((day) => {
        next.textContent = day ? t('next_free', { date: shortDate(day) }) : t('next_free_none', { days: FIRST_LOOK_DAYS });
      }).catch(() => { next.textContent = ''; });
      return item;
    }));
  }
  // Asked for every listed office at once, while the citizen may already choose one: so it names its
  // office and never touches st.office, which a late answer would otherwise set back to another.
  async function nextFreeDay(office) {
    const days = await loadSlots(isoToday(), addDays(isoToday(), FIRST_LOOK_DAYS - 1), office);
    return freeDays(days)[0];
  }
  async function officeChosen(office) {
    st.office = office;
    st.day = null;
    const first = await nextFreeDay(office).catch(() => null);
    st.focusDay = first || isoToday();
    st.month = monthOf(st.focusDay);
    show('date');
  }

  // 3: the calendar. A grid with one tab stop; arrows move by day and week, Page Up/Down by month,
  // Home/End to the week's ends. Days without free times are announced as such and choose nothing.
  async function renderCalendar() {
    const month = st.month;
    $('date-lead').textContent = t('date_lead', { office: st.office.name, services: visitText(chosenIds()) });
    $('cal-month').textContent = format(month + '-01', { month: 'long', year: 'numeric' });
    const today = isoToday();
    $('cal-prev').disabled = month <= monthOf(today);
    $('cal-next').disabled = month >= monthOf(lastDay());
    const weekdays = [];
    for (let i = 0; i < 7; i += 1) {
      const day = addDays('2026-01-05', i);   // a Monday
      const th = document.createElement('th');
      th.scope = 'col';
      th.abbr = format(day, { weekday: 'long' });
      th.textContent = format(day, { weekday: 'short' });
      weekdays.push(th);
    }
    $('cal-weekdays').replaceChildren(...weekdays);
    let days = {};
    const first = month + '-01' < today ? today : month + '-01';
    const last = lastOfMonth(month) > lastDay() ? lastDay() : lastOfMonth(month);
    if (first <= last) {
      $('cal').setAttribute('aria-busy', 'true');
      try {
        days = await loadSlots(first, last);
        notice('');
      } catch (e) {
        notice(errorText(e));
      }
      $('cal').removeAttribute('aria-busy');
    }
    if (st.month !== month || st.view !== 'date') return;   // the citizen moved on meanwhile
    const focusWanted = document.activeElement && document.activeElement.classList.contains('day');
    const rows = [];
    let row = document.createElement('tr');
    const offset = (asDate(month + '-01').getUTCDay() + 6) % 7;
    for (let i = 0; i < offset; i += 1) row.append(document.createElement('td'));
    for (let day = month + '-01'; monthOf(day) === month; day = addDays(day, 1)) {
      const free = (days[day] || []).length;
      const cell = document.createElement('td');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = free ? 'day free' : 'day';
      button.dataset.day = day;
      button.tabIndex = day === st.focusDay ? 0 : -1;
      if (day === st.day) button.classList.add('chosen');
      if (!free) button.setAttribute('aria-disabled', 'true');
      button.setAttribute('aria-label', longDate(day) + ': ' + (free ? plural('free_times', free) : t('no_free_times')) +
        (day === st.day ? ' (' + t('chosen') + ')' : ''));
      button.textContent = String(Number(day.slice(8)));
      cell.append(button);
      row.append(cell);
      if (row.children.length === 7) { rows.push(row); row = document.createElement('tr'); }
    }
    if (row.children.length) { while (row.children.length < 7) row.append(document.createElement('td')); rows.push(row); }
    $('cal-body').replaceChildren(...rows);
    if (!$('cal-body').querySelector('[tabindex="0"]')) {
      const start = $('cal-body').querySelector('.day.free') || $('cal-body').querySelector('.day');
      if (start) { start.tabIndex = 0; st.focusDay = start.dataset.day; }
    }
    if (focusWanted) $('cal-body').querySelector('[tabindex="0"]')?.focus();
  }
  function moveFocus(day) {
    const today = isoToday();
    if (day < today) day = today;
    if (day > lastDay()) day = lastDay();
    st.focusDay = day;
    if (monthOf(day) !== st.month) {
      st.month = monthOf(day);
      renderCalendar().then(() => $('cal-body').querySelector('[data-day="' + day + '"]')?.focus());
      return;
    }
    $('cal-body').querySelectorAll('.day').forEach((b) => { b.tabIndex = b.dataset.day === day ? 0 : -1; });
    $('cal-body').querySelector('[data-day="' + day + '"]')?.focus();
  }
  function calendarKey(event) {
    const button = event.target.closest('.day');
    if (!button) return;
    const rtl = document.documentElement.dir === 'rtl';
    const day = button.dataset.day;
    const weekday = (asDate(day).getUTCDay() + 6) % 7;
    const moves = {
      ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1, ArrowUp: -7, ArrowDown: 7,
      Home: -weekday, End: 6 - weekday,
    };
    if (event.key in moves) moveFocus(addDays(day, moves[event.key]));
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const target = addMonths(monthOf(day), event.key === 'PageUp' ? -1 : 1);
      const dayOfMonth = Math.min(Number(day.slice(8)), Number(lastOfMonth(target).slice(8)));
      moveFocus(target + '-' + String(dayOfMonth).padStart(2, '0'));
    } else return;
    event.preventDefault();
  }
  function dayChosen(event) {
    const button = event.target.closest('.day');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    st.day = button.dataset.day;
    st.focusDay = st.day;
    show('time');
  }

  // 4: the times of the chosen day; choosing one holds it (after the proof of work)
  function renderTimes() {
    const key = visitKey();
    const slots = (st.slots[key] && st.slots[key][st.day]) || [];
    $('time-lead').textContent = t('time_lead', { date: longDate(st.day), office: st.office.name });
    $('time-list').replaceChildren(...slots.map((slot) => {
      const item = document.createElement('div');
      item.setAttribute('role', 'listitem');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'time';
      button.dataset.start = slot.start;
      button.textContent = slot.start;
      button.setAttribute('aria-label', t('time_value', { time: slot.start }));
      button.disabled = st.busy;
      button.addEventListener('click', () => timeChosen(slot.start));
      item.append(button);
      return item;
    }));
    if (!slots.length) $('time-list').textContent = t('no_free_times');
  }
  function busy(on, text) {
    st.busy = on;
    $('working').textContent = on ? text : '';
    document.querySelectorAll('#time-list button, #activate-button, #contact-submit, #manage-actions button, #waitlist button, #rename button, #claim-button')
      .forEach((b) => { b.disabled = on; });
  }
  async function timeChosen(start) {
    if (st.busy) return;
    if (st.mode === 'rebook') return rebookTo(start);
    busy(true, t('holding'));
    try {
      const altcha = await proofOfWork();
      st.hold = await api('POST', 'holds', { office: st.office.id, service_ids: chosenIds(), day: st.day, start, altcha });
      busy(false);
      notice('');
      show('contact');
    } catch (e) {
      busy(false);
      await slotLost(e);
    }
  }
  // A slot someone else took meanwhile: say so, and show the day's times as they are now.
  async function slotLost(error) {
    notice(errorText(error));
    if (error.code !== 'slot_taken' && error.code !== 'slot_not_bookable') return;
    const key = visitKey();
    delete st.slots[key];
    delete st.covered[key];
    await loadSlots(st.day, st.day).catch(() => {});
    renderTimes();
    $('time-list').querySelector('button')?.focus();
  }

  // 5: contact data while the slot is held
  function renderContact() {
    if (!st.hold) return;
    $('hold-note').textContent = t('hold_note', { time: clock(st.hold.expires_at) });
    appointmentFacts($('contact-facts'), { ids: st.hold.service_ids, office: st.hold.office, day: st.hold.day, start: st.hold.start });
    $('privacy').textContent = t('privacy');
    clearTimeout(st.holdTimer);
    st.holdTimer = setTimeout(holdRanOut, Math.max(0, new Date(st.hold.expires_at) - Date.now()));
  }
  function holdRanOut() {
    if (st.view !== 'contact') return;
    st.hold = null;
    forgetSlots();
    show('date');
    notice(t('error_hold_expired'));
  }
  function fieldError(id, text) {
    $(id + '-error').textContent = text || '';
    if (text) $(id).setAttribute('aria-invalid', 'true'); else $(id).removeAttribute('aria-invalid');
  }
  async function contactSubmitted(event) {
    event.preventDefault();
    if (st.busy) return;
    const name = $('name').value.trim();
    const email = $('email').value.trim();
    const phone = $('phone').value.trim();
    fieldError('name', name ? '' : t('name_missing'));
    fieldError('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? '' : t('email_invalid'));
    fieldError('phone', /^[0-9+()/ .-]*$/.test(phone) ? '' : t('phone_invalid'));
    const firstInvalid = document.querySelector('#contact-form [aria-invalid="true"]');
    if (firstInvalid) { firstInvalid.focus(); return; }
    busy(true, '');
    try {
      const body = { name, email, language: st.lang };
      if (phone) body.phone = phone;
      st.booking = await api('POST', 'holds/' + encodeURIComponent(st.hold.id) + '/confirm', body);
      st.booking.email = email;
      clearTimeout(st.holdTimer);
      busy(false);
      notice('');
      show('sent');
    } catch (e) {
      busy(false);
      if (e.code === 'address_limit') { fieldError('email', t('error_address_limit')); $('email').focus(); return; }
      if (e.code === 'hold_expired' || e.code === 'unknown_hold') return holdRanOut();
      notice(errorText(e));
    }
  }
  function renderSent() {
    const b = st.booking;
    if (!b) return;
    $('sent-text').textContent = t('sent_text', { email: b.email, time: clock(b.activate_by) });
    appointmentFacts($('sent-facts'), { ids: b.service_ids, office: b.office, day: b.day, start: b.start });
  }

  // ---------------------------------------------------------------- activation and manage pages
  async function activate() {
    busy(true, '');
    try {
      st.booking = await api('POST', 'activate/' + st.token, {});
      busy(false);
      st.done = 'activated';
      show('booking');
    } catch (e) {
      busy(false);
      message(e);
    }
  }
  function message(error) {
    $('message-title').textContent = t('message_' + error.code + '_title') || t('message_title');
    $('message-text').textContent = t('message_' + error.code) || errorText(error);
    show('message');
  }
  function renderBooking() {
    const b = st.booking;
    if (!b) return;
    const cancelled = b.status === 'cancelled';
    $('booking-title').textContent = cancelled ? t('booking_cancelled_title') : t('booking_title');
    $('booking-title').className = cancelled ? 'status-cancelled' : '';
    $('booking-done').textContent = st.done ? t('done_' + st.done) : '';
    $('code-card').hidden = cancelled || !b.code;
    $('booking-code').textContent = b.code || '';
    const qr = $('booking-qr');
    qr.hidden = cancelled || !b.code;
    if (b.code) {
      const source = API + 'codes/' + encodeURIComponent(b.code) + '/qr.svg';
      if (qr.getAttribute('src') !== source) qr.src = source;
      qr.alt = t('qr_alt', { code: b.code });
    }
    appointmentFacts($('booking-facts'), { ids: b.service_ids, office: b.office, day: b.day, start: b.start });
    $('booking-hint').textContent = cancelled ? '' : st.mode === 'activate' ? t('booking_hint_mail') : t('booking_hint_manage');
    const changeable = st.mode === 'manage' && !cancelled && b.day >= isoToday();
    $('manage-actions').hidden = !changeable;
    renderAttend(changeable);
    renderWaitlist(changeable);
    $('rename').hidden = !changeable;
  }
  // "I will come", which the reminder mail asks for: a button until said, then a note that it was.
  function renderAttend(changeable) {
    const said = changeable && !!st.booking.attendance_confirmed_at;
    $('attend-button').hidden = !changeable || said;
    $('attend-note').textContent = said ? t('attend_confirmed') : '';
  }
  async function attend() {
    busy(true, '');
    try {
      st.booking = await api('POST', 'manage/' + st.token + '/attend', {});
      st.done = null;
      notice('');
    } catch (e) {
      notice(errorText(e));
    }
    busy(false);
    show('booking', { focus: false });
    $(st.booking.attendance_confirmed_at ? 'attend-note' : 'attend-button').focus();
  }
  // "Tell me if an earlier slot frees up": join, see the place or the slot held, leave.
  function renderWaitlist(changeable) {
    const w = st.waitlist;
    $('waitlist').hidden = !changeable || !w;
    if (!w || !changeable) return;
    const waiting = !!w.waiting_since;
    let text = t('waitlist_text');
    if (w.offer) text = t('waitlist_offered', { when: when({ ...st.booking, day: w.offer.day, start: w.offer.start }), time: clock(w.offer.claim_by) });
    else if (waiting) text = t('waitlist_waiting', { date: shortDate(new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(w.waiting_since))) });
    $('waitlist-text').textContent = text;
    $('waitlist-join').hidden = waiting;
    $('waitlist-leave').hidden = !waiting;
  }
  async function loadWaitlist() {
    try { st.waitlist = await api('GET', 'manage/' + st.token + '/waitlist'); } catch (e) { st.waitlist = null; }
  }
  async function waitlistChanged(route, body, done) {
    busy(true, '');
    try {
      st.waitlist = await api('POST', route, body);
      st.done = done;
      notice('');
    } catch (e) {
      notice(errorText(e));
    }
    busy(false);
    show('booking', { focus: false });
    $(st.waitlist && st.waitlist.waiting_since ? 'waitlist-leave' : 'waitlist-join').focus();
  }

  // The offer page (/booking/offer/{token}, from the waitlist's mail): the earlier slot, claimed by a POST.
  function renderOffer() {
    const o = st.offer;
    if (!o) return;
    const open = o.status === 'open';
    $('offer-title').textContent = open ? t('offer_title') : t('offer_expired_title');
    $('offer-note').textContent = open ? t('offer_held', { time: clock(o.claim_by) }) : t('offer_expired');
    $('offer-note').className = open ? 'notice ok' : 'notice';
    appointmentFacts($('offer-facts'), { ids: o.service_ids, office: o.office, day: o.day, start: o.start });
    $('offer-booked').textContent = t('offer_booked', { when: when({ office: o.office, day: o.booked_day, start: o.booked_start }) });
    $('claim-button').hidden = !open;
  }
  async function claim() {
    busy(true, '');
    try {
      st.booking = await api('POST', 'offers/' + st.token + '/claim', {});
      st.done = 'moved';
      busy(false);
      notice('');
      show('booking');
    } catch (e) {
      busy(false);
      if (e.code === 'offer_expired') {
        st.offer = { ...st.offer, status: 'expired' };
        renderOffer();
      }
      notice(errorText(e));
    }
  }
  function ask(title, text, yes, keep) {
    const dialog = $('confirm-dialog');
    $('confirm-title').textContent = title;
    $('confirm-text').textContent = text;
    $('confirm-yes').textContent = yes;
    $('confirm-keep').textContent = keep;
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
      dialog.returnValue = '';
      dialog.showModal();
    });
  }
  const when = (b) => t('when', { date: longDate(b.day), time: b.start, office: officeOf(b.office) ? officeOf(b.office).name : b.office });
  async function cancelAsked() {
    const b = st.booking;
    if (!await ask(t('cancel_title'), t('cancel_text', { when: when(b) }), t('cancel_yes'), t('cancel_keep'))) return;
    busy(true, '');
    try {
      st.booking = await api('POST', 'manage/' + st.token + '/cancel', {});
      st.done = 'cancelled';
      await loadWaitlist();
      notice('');
    } catch (e) {
      notice(errorText(e));
    }
    busy(false);
    show('booking');
  }
  // The name's spelling corrected; appointments are personal, so another person's name cancels it
  // (the server decides; the page asks first and says so).
  async function renameAsked() {
    const name = $('rename-name').value.trim();
    fieldError('rename-name', name ? '' : t('name_missing'));
    if (!name) return $('rename-name').focus();
    if (!await ask(t('rename_title'), t('rename_confirm', { name }), t('rename_yes'), t('cancel_keep'))) return;
    busy(true, '');
    try {
      st.booking = await api('POST', 'manage/' + st.token + '/name', { name });
      st.done = st.booking.status === 'cancelled' ? 'renamed_cancelled' : 'renamed';
      if (st.booking.status === 'cancelled') await loadWaitlist();
      $('rename-name').value = '';
      notice('');
    } catch (e) {
      notice(errorText(e));
    }
    busy(false);
    show('booking');
  }
  // Moving: the same office and services; the calendar and the times, then a confirmation.
  function rebookAsked() {
    const b = st.booking;
    st.mode = 'rebook';
    st.office = officeOf(b.office);
    st.counts = {};
    for (const id of b.service_ids) st.counts[id] = (st.counts[id] || 0) + 1;
    forgetSlots();
    st.day = null;
    st.focusDay = b.day >= isoToday() ? b.day : isoToday();
    st.month = monthOf(st.focusDay);
    st.done = null;
    notice('');
    show('date');
  }
  async function rebookTo(start) {
    const b = st.booking;
    const moved = { ...b, day: st.day, start };
    if (!await ask(t('rebook_title'), t('rebook_text', { from: when(b), to: when(moved) }), t('rebook_yes'), t('rebook_keep'))) return;
    busy(true, t('holding'));
    try {
      const altcha = await proofOfWork();
      const body = { day: st.day, start };
      if (altcha) body.altcha = altcha;
      st.booking = await api('POST', 'manage/' + st.token + '/rebook', body);
      busy(false);
      st.mode = 'manage';
      st.done = 'moved';
      notice('');
      show('booking');
    } catch (e) {
      busy(false);
      await slotLost(e);
    }
  }
  function back() {
    if (st.mode === 'rebook') {
      if (st.view === 'time') return show('date');
      st.mode = 'manage';
      notice('');
      return show('booking');
    }
    history.back();
  }

  // ---------------------------------------------------------------- start
  function wire() {
    $('lang').addEventListener('change', () => {
      try { localStorage.setItem(STORE_LANG, $('lang').value); } catch (e) { /* private mode */ }
      setLang($('lang').value).catch(() => notice('Language not available.'));
    });
    $('services-next').addEventListener('click', servicesChosen);
    document.querySelectorAll('[data-back]').forEach((b) => b.addEventListener('click', back));
    $('cal-prev').addEventListener('click', () => { st.month = addMonths(st.month, -1); st.focusDay = null; renderCalendar(); });
    $('cal-next').addEventListener('click', () => { st.month = addMonths(st.month, 1); st.focusDay = null; renderCalendar(); });
    $('cal-body').addEventListener('keydown', calendarKey);
    $('cal-body').addEventListener('click', dayChosen);
    $('contact-form').addEventListener('submit', contactSubmitted);
    $('contact-cancel').addEventListener('click', () => { st.hold = null; clearTimeout(st.holdTimer); forgetSlots(); show('date'); });
    $('activate-button').addEventListener('click', activate);
    $('cancel-open').addEventListener('click', cancelAsked);
    $('rename-button').addEventListener('click', renameAsked);
    $('rebook-open').addEventListener('click', rebookAsked);
    $('attend-button').addEventListener('click', attend);
    $('waitlist-join').addEventListener('click', () => waitlistChanged('waitlist', { token: st.token }, 'waitlist_joined'));
    $('waitlist-leave').addEventListener('click', () => waitlistChanged('manage/' + st.token + '/waitlist/leave', {}, 'waitlist_left'));
    $('claim-button').addEventListener('click', claim);
    window.addEventListener('popstate', (event) => {
      const view = event.state && event.state.view;
      if (st.mode !== 'book' || !view) return;
      const possible = { services: true, office: chosenIds().length > 0, date: !!st.office, time: !!st.day, contact: !!st.hold };
      notice('');
      show(possible[view] ? view : 'services', { push: false });
    });
  }

  async function start() {
    wire();
    const activation = tokenIn('activate');
    const manage = tokenIn('manage');
    const offer = tokenIn('offer');
    st.mode = activation ? 'activate' : manage ? 'manage' : offer ? 'offer' : 'book';
    st.token = activation || manage || offer;
    try {
      const [services, offices] = await Promise.all([api('GET', 'services'), api('GET', 'offices'), setLang(preferredLang())]);
      st.services = services.services || [];
      st.offices = offices.offices || [];
    } catch (e) {
      if (!st.dict) await setLang('de').catch(() => {});
      return message(e);
    }
    if (st.mode === 'activate') return show('activate', { push: false });
    if (st.mode === 'manage') {
      try {
        st.booking = await api('GET', 'manage/' + st.token);
      } catch (e) {
        return message(e);
      }
      await loadWaitlist();
      return show('booking', { push: false });
    }
    if (st.mode === 'offer') {
      try {
        st.offer = await api('GET', 'offers/' + st.token);
      } catch (e) {
        return message(e);
      }
      return show('offer', { push: false });
    }
    if (/^\/booking\/(activate|manage|offer)\//.test(path)) return message({ code: 'unknown_link' });
    history.replaceState({ view: 'services' }, '', path);
    show('services', { push: false, focus: false });
  }

  start();
})();
