// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The real civiq-server for the browser tests: writes a TOML configuration, starts the server on
// 127.0.0.1 with a port the kernel picks, serves the live-ticket page from a copy of
// mobile-ticket-web/ (with the FILE.gz siblings the build makes), adds staff and devices with
// civiq-admin, and drives the API over HTTP. Mirrors tests/e2e/civiq_e2e.py.
//
// CTest sets CIVIQ_SERVER and CIVIQ_ADMIN. CIVIQ_WEB_TIMEOUT_SCALE (default 1) stretches start-up
// and request timeouts for slow builds; it never stretches the one-second call latency bound.
// Nothing here sleeps to synchronise: start-up waits for the server's "listening" line.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyWebRoot } from './web_root.mjs';

export const HOST = '127.0.0.1';
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const WEB_SOURCE = path.join(REPO, 'mobile-ticket-web');
export const SCALE = Number(process.env.CIVIQ_WEB_TIMEOUT_SCALE || '1') || 1;
const STARTUP_TIMEOUT_MS = 20000 * SCALE;
const REQUEST_TIMEOUT_MS = 10000 * SCALE;

export const USERS = { anna: ['clerk', 'anna-Sehr-Geheim-2026'], maria: ['manager', 'maria-Sehr-Geheim-2026'] };

function binary(name) {
  const file = process.env[name];
  if (!file) {
    throw new Error(`${name} is not set. Run the browser tests through CTest (ctest -L web), which sets ` +
      `CIVIQ_SERVER and CIVIQ_ADMIN, or export ${name}=build/dev/server/${name === 'CIVIQ_SERVER' ? 'civiq-server' : 'civiq-admin'}.`);
  }
  try { fs.accessSync(file, fs.constants.X_OK); } catch {
    throw new Error(`${name}=${file} is not an executable file (is the build up to date?)`);
  }
  return file;
}

// The server must serve the page itself (GET /t/{token}); say so plainly if this build does not.
export function checkServerServesPage() {
  const routes = execFileSync(binary('CIVIQ_SERVER'), ['--print-routes'], { encoding: 'utf8' });
  if (!/^GET \/t\/\{token\}$/m.test(routes)) {
    throw new Error('this civiq-server build has no GET /t/{token} route, so it cannot serve the live-ticket ' +
      'page the browser tests open. Rebuild civiq-server from a tree that serves mobile-ticket-web/.');
  }
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `civiq-web-${prefix}-`));
}

// A copy of mobile-ticket-web/ as the build makes it (with FILE.gz siblings).
export function prepareWebRoot(dir) {
  return copyWebRoot(WEB_SOURCE, path.join(dir, 'mobile-ticket-web'));
}

// ----------------------------------------------------------------------------- configuration

export function baseConfig(database) {
  return {
    office: { id: 'loebau', name: 'Bürgerbüro Löbau', public_base_url: 'http://127.0.0.1:9' },
    server: { listen: `${HOST}:0`, database, threads: 2, body_limit_bytes: 65536 },
    limits: { public_requests_per_minute: 600, login_attempts_per_minute: 30 },
    queue: {
      number_start: 1, number_width: 3, max_recalls: 2, recall_cooldown_s: 0, max_postpone_places: 10,
      max_postponements: 2, end_of_day: 'serve_to_end', enforce_opening_hours: false,
    },
    services: [
      { id: 1, leika_id: '99036008000000', prefix: 'A', default_service_time_s: 600,
        name: { de: 'Kfz-Zulassung', en: 'Vehicle registration', pl: 'Rejestracja pojazdów', cs: 'Registrace vozidel' } },
      { id: 2, leika_id: '99108031000000', prefix: 'B', default_service_time_s: 300,
        name: { de: 'Fahrerlaubnis', en: 'Driving licence', pl: 'Prawo jazdy', cs: 'Řidičský průkaz' } },
    ],
    counters: [
      { id: 3, name: 'Schalter 3', services: [1, 2] },
      { id: 4, name: 'Schalter 4', services: [2] },
    ],
  };
}

export function mergeConfig(base, overrides) {
  const merged = JSON.parse(JSON.stringify(base));
  for (const [key, value] of Object.entries(overrides || {})) {
    if (value && typeof value === 'object' && !Array.isArray(value) && merged[key] && typeof merged[key] === 'object' &&
        !Array.isArray(merged[key])) merged[key] = mergeConfig(merged[key], value);
    else merged[key] = value;
  }
  return merged;
}

function tomlValue(v) {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(tomlValue).join(', ') + ']';
  if (v && typeof v === 'object') return '{ ' + Object.entries(v).map(([k, x]) => `${k} = ${tomlValue(x)}`).join(', ') + ' }';
  throw new TypeError(`cannot write ${v} as TOML`);
}

export function renderToml(config) {
  const lines = [];
  for (const [table, body] of Object.entries(config)) {
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      lines.push(`[${table}]`, ...Object.entries(body).map(([k, v]) => `${k} = ${tomlValue(v)}`), '');
    }
  }
  for (const [table, body] of Object.entries(config)) {
    if (Array.isArray(body)) {
      for (const entry of body) lines.push(`[[${table}]]`, ...Object.entries(entry).map(([k, v]) => `${k} = ${tomlValue(v)}`), '');
    }
  }
  return lines.join('\n');
}

// ----------------------------------------------------------------------------- HTTP

export function request(port, method, urlPath, { body, token, headers = {}, raw = false } = {}) {
  return new Promise((resolve, reject) => {
    const send = { Accept: 'application/json', ...headers };
    let data;
    if (token) send.Authorization = `Bearer ${token}`;
    if (body !== undefined) {
      data = Buffer.from(JSON.stringify(body));
      send['Content-Type'] = 'application/json';
      send['Content-Length'] = data.length;
    }
    const req = http.request({ host: HOST, port, method, path: urlPath, headers: send, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const buffer = Buffer.concat(chunks);
        let json = null;
        if (!raw && buffer.length) { try { json = JSON.parse(buffer.toString('utf8')); } catch { json = null; } }
        resolve({ status: res.statusCode, headers: res.headers, body: buffer, json });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${urlPath}: no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

function expectStatus(res, status, what) {
  if (res.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${res.status} ${res.body.toString('utf8').slice(0, 500)}`);
  }
  return res.json;
}

// ----------------------------------------------------------------------------- the office

const running = new Set();
function killAll() { for (const proc of running) { try { proc.kill('SIGKILL'); } catch { /* gone */ } } }
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { killAll(); process.exit(130); });

export class Office {
  constructor(dir, config, configPath, webRoot, serverArgs = []) {
    Object.assign(this, { dir, config, configPath, webRoot, serverArgs });
    this.database = config.server.database;
    this.proc = null;
    this.port = 0;
    this.deviceTokens = {};
    this.sessions = {};
    this.log = [];
  }

  get base() { return `http://${HOST}:${this.port}`; }
  pageUrl(token) { return `${this.base}/t/${token}`; }

  async start(port = 0) {
    const args = ['--config', this.configPath, '--listen', `${HOST}:${port}`, '--web-root', this.webRoot, ...this.serverArgs];
    const proc = spawn(binary('CIVIQ_SERVER'), args, { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    running.add(proc);
    proc.on('exit', () => running.delete(proc));
    proc.stderr.on('data', (c) => this.remember(c));
    this.port = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`civiq-server did not say it listens within ${STARTUP_TIMEOUT_MS} ms\n${this.tail()}`)), STARTUP_TIMEOUT_MS);
      const onExit = (code) => { clearTimeout(timer); reject(new Error(`civiq-server exited (${code}) before it listened\n${this.tail()}`)); };
      proc.on('exit', onExit);
      proc.stdout.on('data', (chunk) => {
        this.remember(chunk);
        seen += chunk.toString('utf8');
        const m = /civiq-server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (m) { clearTimeout(timer); proc.off('exit', onExit); resolve(Number(m[1])); }
      });
    });
    expectStatus(await this.get('/api/v1/health'), 200, 'health');
    return this;
  }

  remember(chunk) {
    this.log.push(chunk.toString('utf8'));
    if (this.log.length > 400) this.log.splice(0, 200);
  }
  tail() { return '--- civiq-server output (tail) ---\n' + this.log.join('').slice(-4000); }

  async stop() {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 15000 * SCALE);
    await exited;
    clearTimeout(timer);
  }

  admin(args, input) {
    return execFileSync(binary('CIVIQ_ADMIN'), ['--db', this.database, ...args],
      { encoding: 'utf8', input: input ?? '', stdio: ['pipe', 'pipe', 'pipe'], timeout: 30000 * SCALE });
  }

  get(urlPath, options) { return request(this.port, 'GET', urlPath, options); }
  post(urlPath, body, options = {}) { return request(this.port, 'POST', urlPath, { ...options, body }); }

  async login(user) {
    if (!this.sessions[user]) {
      const body = expectStatus(await this.post('/api/v1/auth/login', { user, password: USERS[user][1] }), 200, `login ${user}`);
      this.sessions[user] = body.token;
    }
    return this.sessions[user];
  }

  // Draws a ticket as the kiosk; returns the issue reply ({number, token, url, ...}).
  async issue(serviceId = 1, fields = {}) {
    const res = await this.post('/api/v1/tickets', { service_id: serviceId, ...fields }, { token: this.deviceTokens.kiosk });
    return expectStatus(res, 201, `issue a ticket for service ${serviceId}`);
  }

  async ticket(token) { return expectStatus(await this.get(`/api/v1/tickets/${token}`), 200, 'get ticket'); }

  // The citizen cancels (as the live page does); returns the ticket after it.
  async cancelTicket(token) {
    return expectStatus(await this.post(`/api/v1/tickets/${token}/cancel`, {}), 200, 'cancel ticket');
  }

  async counter(id, action, body, expected = 200) {
    const res = await this.post(`/api/v1/counters/${id}/${action}`, body, { token: await this.login('anna') });
    if (action === 'call-next' && res.status === 204) return null; // nobody waits for this counter
    return expectStatus(res, expected, `counter ${id} ${action}`);
  }
}

// Starts an office: config, server (which creates the database), users and a kiosk device.
// `serverArgs`: more civiq-server options (e.g. --time-speed for an accelerated office clock).
export async function startOffice(name, overrides, serverArgs = []) {
  const dir = tempDir(name);
  const database = path.join(dir, 'civiq.db');
  const config = mergeConfig(baseConfig(database), overrides);
  const configPath = path.join(dir, 'civiq.toml');
  fs.writeFileSync(configPath, renderToml(config));
  const office = new Office(dir, config, configPath, prepareWebRoot(dir), serverArgs);
  await office.start();
  try {
    for (const [user, [role, password]] of Object.entries(USERS)) office.admin(['user', 'add', user, '--role', role], password + '\n');
    office.deviceTokens.kiosk = office.admin(['device', 'enroll', 'kiosk-eingang', '--kind', 'kiosk']).trim();
  } catch (error) {
    await office.stop();
    throw error;
  }
  return office;
}
