// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The office manager's dashboard (GET /manage, docs/statistics.md "Dashboard"): sign in as a
// manager or admin, pick a range of days, see a summary per service and arrivals vs served by hour,
// download the same figures as CSV or XLSX. The session token lives only in this page's memory: a
// reload or a closed tab means signing in again, and no other page or script can read it.
import { ApiError, figures, figuresFile, login, logout } from './api.js';
import { barChart } from './chart.js';
import { LANGS, locale, t, useLanguage } from './i18n.js';
import { byHour, duration, lastSevenDays, slaPercent, summarize } from './summary.js';

const $ = (id) => document.getElementById(id);
const LANG_KEY = 'civiq-manage-lang';
const state = { token: null, lang: 'de', report: null };

// ------------------------------------------------------------------------------------- helpers

function formatDay(day) {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function cell(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function tableRow(cells) {
  const row = document.createElement('tr');
  row.append(...cells);
  return row;
}

function busy(button, on) { button.disabled = on; }

// ------------------------------------------------------------------------------------- sign-in

function showSignIn(message) {
  state.token = null;
  state.report = null;
  $('report').hidden = true;
  $('results').hidden = true;
  $('signin').hidden = false;
  $('signin-error').textContent = message || '';
  $('password').value = '';
  $('user').focus();
}

function showReportForm() {
  $('signin').hidden = true;
  $('signin-error').textContent = '';
  $('report').hidden = false;
  $('from').focus();
}

async function signIn(event) {
  event.preventDefault();
  const user = $('user').value.trim();
  const password = $('password').value;
  if (!user || !password) { $('signin-error').textContent = t('signin_missing'); return; }
  busy($('signin-submit'), true);
  $('signin-error').textContent = '';
  try {
    const session = await login(user, password);
    if (session.role !== 'manager' && session.role !== 'admin') {
      logout(session.token).catch(() => {});  // the clerk's session is of no use here
      $('password').value = '';
      $('signin-error').textContent = t('signin_clerk');
      return;
    }
    state.token = session.token;
    $('password').value = '';
    showReportForm();
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 0;
    $('signin-error').textContent =
      status === 401 ? t('signin_wrong') : status === 429 ? t('signin_too_many') : status === 0 ? t('network')
        : t('failed', { status, message: error.message });
  } finally {
    busy($('signin-submit'), false);
  }
}

async function signOut() {
  const token = state.token;
  showSignIn(t('signed_out'));
  if (token) await logout(token).catch(() => {});
}

// A failed call of the report or a download: a message where the user looks, or back to sign-in.
function explain(error, where) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return showSignIn(t('session_expired'));
  $(where).textContent =
    status === 0 ? t('network') : status === 400 ? t('range_bad', { message: error.message })
      : status === 403 ? t('forbidden') : status === 503 ? t('busy') : t('failed', { status, message: error.message });
}

// ------------------------------------------------------------------------------------- the report

function renderSummary(report) {
  const { services, total } = summarize(report.rows);
  const columns = ['service', 'arrivals_walk_in', 'arrivals_appointment', 'served', 'no_shows', 'cancelled',
    'wait_max', 'sla'];
  const percent = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
  const values = (totals) => {
    const sla = slaPercent(totals);
    return [totals.arrivalsWalkIn, totals.arrivalsAppointment, totals.served, totals.noShows, totals.cancelled,
      totals.waitMax == null ? t('none') : duration(totals.waitMax), sla == null ? t('none') : `${percent.format(sla)} %`];
  };
  const table = $('summary');
  const caption = cell('caption', t('summary_caption', { from: formatDay(report.from), to: formatDay(report.to) }),
    { id: 'summary-caption' });
  const head = document.createElement('thead');
  head.append(tableRow(columns.map((key) => cell('th', t(key), { scope: 'col' }))));
  const body = document.createElement('tbody');
  for (const totals of services) {
    body.append(tableRow([cell('th', totals.service, { scope: 'row' }), ...values(totals).map((v) => cell('td', v))]));
  }
  const foot = document.createElement('tfoot');
  foot.append(tableRow([cell('th', t('total'), { scope: 'row' }), ...values(total).map((v) => cell('td', v))]));
  table.replaceChildren(caption, head, body, foot);
  $('summary-note').textContent = t('summary_note', { minutes: Math.round(report.sla_target_s / 60) });
  return services.length;
}

function renderChart(report) {
  const hours = byHour(report.rows);
  const max = Math.max(0, ...hours.map((h) => Math.max(h.arrivals, h.served)));
  const hourText = (hour) => t('hour_value', { hour });
  $('chart').replaceChildren(barChart(hours, { label: t('chart_label', { max }), arrivals: t('arrivals'),
    served: t('served'), hour: hourText }));
  const head = document.createElement('thead');
  head.append(tableRow(['hour', 'arrivals', 'served'].map((key) => cell('th', t(key), { scope: 'col' }))));
  const body = document.createElement('tbody');
  for (const h of hours) {
    body.append(tableRow([cell('th', hourText(h.hour), { scope: 'row' }), cell('td', h.arrivals), cell('td', h.served)]));
  }
  $('chart-table').replaceChildren(cell('caption', t('chart_table_caption')), head, body);
}

function render(report) {
  const services = renderSummary(report);
  renderChart(report);
  $('results').hidden = false;
  const days = { from: formatDay(report.from), to: formatDay(report.to) };
  $('report-status').textContent = services ? t('loaded', { ...days, services }) : t('loaded_empty', days);
}

async function showReport(range) {
  $('report-error').textContent = '';
  $('download-error').textContent = '';
  $('report-status').textContent = t('loading');
  busy($('show'), true);
  try {
    state.report = await figures(state.token, { ...range, lang: state.lang });
    render(state.report);
  } catch (error) {
    $('report-status').textContent = '';
    explain(error, 'report-error');
  } finally {
    busy($('show'), false);
  }
}

function submitRange(event) {
  event.preventDefault();
  const range = { from: $('from').value, to: $('to').value };
  if (!range.from || !range.to) { $('report-error').textContent = t('range_missing'); return; }
  showReport(range);
}

// The file of the report on screen, saved under the server's file name.
async function download(extension, button) {
  if (!state.report) return;
  $('download-error').textContent = '';
  $('report-status').textContent = t('downloading');
  busy(button, true);
  try {
    const { blob, filename } = await figuresFile(state.token, extension,
      { from: state.report.from, to: state.report.to, lang: state.lang });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);  // the browser has long since taken the file
    $('report-status').textContent = t('downloaded', { file: filename });
  } catch (error) {
    $('report-status').textContent = '';
    explain(error, 'download-error');
  } finally {
    busy(button, false);
  }
}

// ------------------------------------------------------------------------------------- language

async function switchLanguage(lang) {
  state.lang = await useLanguage(lang);
  $('lang').value = state.lang;
  try { localStorage.setItem(LANG_KEY, state.lang); } catch { /* private mode: not remembered */ }
  // Service names come from the server in the report's language: ask again.
  if (state.token && state.report) await showReport({ from: state.report.from, to: state.report.to });
}

function savedLanguage() {
  try { return localStorage.getItem(LANG_KEY) || 'de'; } catch { return 'de'; }
}

// ------------------------------------------------------------------------------------- start

async function start() {
  const range = lastSevenDays();
  $('from').value = range.from;
  $('to').value = range.to;
  $('signin-form').addEventListener('submit', signIn);
  $('range-form').addEventListener('submit', submitRange);
  $('signout').addEventListener('click', signOut);
  $('download-csv').addEventListener('click', (e) => download('csv', e.currentTarget));
  $('download-xlsx').addEventListener('click', (e) => download('xlsx', e.currentTarget));
  $('lang').addEventListener('change', (e) => switchLanguage(e.target.value));
  const lang = savedLanguage();
  await switchLanguage(LANGS.includes(lang) ? lang : 'de');
  document.body.dataset.ready = 'true';  // tests wait for this
}

start().catch((error) => { $('signin-error').textContent = `${error.message}`; });
