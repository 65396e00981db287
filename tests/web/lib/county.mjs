// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The real civiq-central for the booking pages' browser tests: a private PostgreSQL cluster
// (tests/e2e/postgres_fixture.py run as a program), a real SMTP server on loopback (Debian's
// aiosmtpd writing a Maildir), and civiq-central --demo serving booking-web/ (a copy with the
// FILE.gz siblings the build makes). Everything is stopped and removed afterwards. A test that needs
// other [limits] gets the demo county's file with those changed (civiq-central --config).
//
// CTest sets CIVIQ_CENTRAL. Nothing here sleeps to synchronise: start-up waits for the cluster's
// URI line, the mail server's port and central's "listening" line; mails are awaited by watching
// the Maildir with a deadline.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before } from 'node:test';
import { launch, newPhone } from './browser.mjs';
import { waitView } from './fixture.mjs';
import { HOST, REPO, SCALE, tempDir } from './office.mjs';
import { copyWebRoot } from './web_root.mjs';

export const BOOKING_SOURCE = path.join(REPO, 'booking-web');
const DEMO_COUNTY = path.join(REPO, 'central', 'demo_county.toml');   // what --demo runs
const STARTUP_TIMEOUT_MS = 60000 * SCALE;  // initdb on a busy 2-core machine
const MAIL_TIMEOUT_MS = 20000 * SCALE;

function centralBinary() {
  const file = process.env.CIVIQ_CENTRAL;
  if (!file) throw new Error('CIVIQ_CENTRAL is not set. Run the booking tests through CTest, or export CIVIQ_CENTRAL=build/ci/central/civiq-central.');
  fs.accessSync(file, fs.constants.X_OK);
  return file;
}

// Starts `command` and resolves with the first stdout line matching `pattern` (its match).
function startUntil(name, command, args, pattern, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  const matched = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      const m = pattern.exec(output);
      if (m) { clearTimeout(timer); resolve(m); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)); });
  });
  return { child, matched, log: () => output };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

// Resolves once something accepts connections on `port` (the mail server binds after its start-up).
async function accepting(port, child) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the mail server exited (${child.exitCode})`);
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, HOST, () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing accepts on ${HOST}:${port}`);
    await new Promise((resolve) => { setImmediate(resolve); });
  }
}

function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode) return Promise.resolve();
  return new Promise((resolve) => { child.on('exit', resolve); child.kill('SIGTERM'); });
}

// ----------------------------------------------------------------------------- mail

// The text a citizen reads, from a raw message: the whole of a plain mail, the text/plain part of a
// multipart one (our mails are UTF-8 in base64), and the text/calendar part when there is one.
export function readMail(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head);
  const subject = subjectLine ? subjectLine[1].replace(/\r?\n[ \t]/g, '').replace(/=\?UTF-8\?B\?([^?]*)\?=/gi,
    (m, b64) => Buffer.from(b64, 'base64').toString('utf8')) : '';
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head);
  const parts = boundary ? body.split('--' + boundary[1]).slice(1, -1) : [head + '\n\n' + body];
  const decoded = {};
  for (const part of parts) {
    const [partHead, ...partBody] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const type = (/Content-Type: ([\w/]+)/i.exec(partHead) || [])[1] || 'text/plain';
    const content = partBody.join('\n\n');
    decoded[type.toLowerCase()] = /Content-Transfer-Encoding: base64/i.test(partHead)
      ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8') : content;
  }
  const to = (/^To: (.*)$/m.exec(head) || [])[1] || '';
  return { subject, to, text: decoded['text/plain'] || '', calendar: decoded['text/calendar'] || null };
}

// ----------------------------------------------------------------------------- the county

function tomlValue(value) {
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(', ')}]`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);   // a basic string: the same escapes
  throw new Error(`no TOML value for ${JSON.stringify(value)}`);
}

// The demo county's file with the keys of `limits` set in its [limits]; its other limits stay (they
// are generous, as the tests book from one address).
export function demoCountyWith(limits) {
  const lines = fs.readFileSync(DEMO_COUNTY, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === '[limits]');
  if (start < 0) throw new Error(`${DEMO_COUNTY} has no [limits]`);
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end])) end += 1;
  const rest = new Map(Object.entries(limits));
  for (let i = start + 1; i < end; i += 1) {
    const key = (/^\s*([A-Za-z0-9_-]+)\s*=/.exec(lines[i]) || [])[1];
    if (rest.has(key)) {
      lines[i] = `${key} = ${tomlValue(rest.get(key))}`;
      rest.delete(key);
    }
  }
  while (end > start + 1 && lines[end - 1].trim() === '') end -= 1;
  lines.splice(end, 0, ...Array.from(rest, ([key, value]) => `${key} = ${tomlValue(value)}`));
  return lines.join('\n');
}

// `limits`: [limits] keys to change in the demo county (e.g. { free_searches_per_minute: 2 }); without
// them civiq-central runs --demo itself.
export async function startCounty(name, { limits } = {}) {
  const dir = tempDir(`county-${name}`);
  const county = { dir, children: [], mailDir: path.join(dir, 'mail') };
  try {
    const cluster = startUntil('PostgreSQL', '/usr/bin/python3', [path.join(REPO, 'tests/e2e/postgres_fixture.py'), 'civiq_central', path.join(dir, 'postgres.info')],
      /^(postgresql:\/\/\S+)$/m, { cwd: path.join(REPO, 'tests/e2e') });
    county.children.push(cluster.child);
    const smtpPort = await freePort();
    const smtp = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `${HOST}:${smtpPort}`, '-c', 'aiosmtpd.handlers.Mailbox', county.mailDir],
      { stdio: 'ignore' });
    county.children.push(smtp);
    const [[, database]] = await Promise.all([cluster.matched, accepting(smtpPort, smtp)]);
    const port = await freePort();
    county.base = `http://${HOST}:${port}`;
    const webRoot = copyWebRoot(BOOKING_SOURCE, path.join(dir, 'booking-web'));
    const countyFile = path.join(dir, 'county.toml');
    if (limits) fs.writeFileSync(countyFile, demoCountyWith(limits));
    const countyArgs = limits ? ['--config', countyFile] : ['--demo'];
    const central = startUntil('civiq-central', centralBinary(), [...countyArgs, '--database', database, '--listen', `${HOST}:${port}`,
      '--smtp', `smtp://${HOST}:${smtpPort}`, '--public-url', county.base, '--web-root', webRoot,
      '--chore-seconds', '1'], /listening on (http:\/\/\S+)/);
    county.children.unshift(central.child);   // stopped first
    await central.matched;
    county.centralLog = central.log;
  } catch (error) {
    await stopCounty(county);
    throw error;
  }
  county.url = (route) => county.base + route;
  // The mails to `address`, oldest first, waiting until there are at least `count`.
  county.mailsTo = async (address, count) => {
    const deadline = Date.now() + MAIL_TIMEOUT_MS;
    const folder = path.join(county.mailDir, 'new');
    fs.mkdirSync(folder, { recursive: true });
    for (;;) {
      const mails = fs.readdirSync(folder)
        .map((file) => ({ file, at: fs.statSync(path.join(folder, file)).mtimeMs }))
        .sort((a, b) => a.at - b.at || a.file.localeCompare(b.file))
        .map(({ file }) => readMail(fs.readFileSync(path.join(folder, file), 'utf8')))
        .filter((mail) => mail.to.includes(address));
      if (mails.length >= count) return mails;
      if (Date.now() > deadline) throw new Error(`${count} mails to ${address} did not arrive within ${MAIL_TIMEOUT_MS} ms (got ${mails.length}); central says:\n${county.centralLog()}`);
      await new Promise((resolve) => {
        const watcher = fs.watch(folder, () => { watcher.close(); resolve(); });
        setTimeout(() => { watcher.close(); resolve(); }, 1000);   // a deadline for the watch, not a synchronisation
      });
    }
  };
  county.linkIn = (mail, kind) => {
    const m = new RegExp(county.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '/booking/' + kind + '/[A-Za-z0-9_-]+').exec(mail.text);
    if (!m) throw new Error(`no ${kind} link in the mail "${mail.subject}":\n${mail.text}`);
    return m[0];
  };
  return county;
}

export async function stopCounty(county) {
  for (const child of county.children) await stop(child);
  fs.rmSync(county.dir, { recursive: true, force: true });
}

// ----------------------------------------------------------------------------- the browser tests' set-up

// before(): starts the county (`options` as for startCounty) and the browser; returns a holder filled
// once they run. Phones are closed, the browser and the county stopped afterwards.
export function useCounty(name, options = {}) {
  const env = { county: null, browser: null, phones: [] };
  before(async () => {
    env.browser = await launch();
    env.county = await startCounty(name, options);
  });
  after(async () => {
    for (const phone of env.phones) await phone.context.close().catch(() => {});
    if (env.browser) await env.browser.close().catch(() => {});
    if (env.county) await stopCounty(env.county);
  });
  // A phone on `route` (default: the booking start page), waiting until the page shows `view`.
  // `prepare(phone)` runs before the page loads (to change what the server answers, e.g. a language file).
  env.open = async (route = '/booking/', { view = 'services', prepare, ...options } = {}) => {
    const phone = await newPhone(env.browser, options);
    env.phones.push(phone);
    if (prepare) await prepare(phone);
    await phone.page.goto(env.county.url(route));
    if (view) await waitView(phone.page, view);
    return phone;
  };
  return env;
}
