/**
 * Starts the lab's Kamailio (test/lab/kamailio.cfg) as a WebSocket registrar
 * and proxy on random loopback ports, one private run directory per start.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import { promises as fs, openSync, closeSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, isPortFree, waitUntil } from './ports.ts';

const execFileP = promisify(execFile);

export const KAMAILIO_CFG = fileURLToPath(new URL('./kamailio.cfg', import.meta.url));
const KAMAILIO_BIN = process.env.KAMAILIO_BIN ?? 'kamailio';

/** The fixed users baked into kamailio.cfg. */
export const LAB_USERS: Readonly<Record<string, string>> = Object.freeze({
  '1001': 'secret1001',
  '1002': 'secret1002',
  '1003': 'secret1003',
  '1004': 'secret1004',
});

export interface KamailioOptions {
  /** Extra users (name -> password) on top of LAB_USERS; may override them. */
  users?: Record<string, string>;
  /** Kamailio log level (debug=), default 2 (info). 3 logs every message. */
  debugLevel?: number;
  /** Give up on readiness after this long (default 10 s). */
  readyTimeoutMs?: number;
  /** The longest registration granted, in seconds (default 3600; the registrar's minimum is 10). */
  maxExpires?: number;
}

export interface KamailioHandle {
  /** ws://127.0.0.1:PORT */
  wsUrl: string;
  /** wss://127.0.0.1:PORT, certificate trusted only through certSpki */
  wssUrl: string;
  wsPort: number;
  wssPort: number;
  /** SIP domain of all users: '127.0.0.1' */
  domain: string;
  /** base64 SHA-256 of the certificate's SPKI, for --ignore-certificate-errors-spki-list */
  certSpki: string;
  runDir: string;
  /** Kamailio's stderr (its log), inside runDir */
  logPath: string;
  /** Every user that can register: LAB_USERS plus opts.users */
  users: Readonly<Record<string, string>>;
  /** SIGTERM, wait for exit, remove runDir (kept if SWITCHBOARD_LAB_KEEP=1). */
  stop(): Promise<void>;
  /** Stop and start again on the same ports; resolves when ready. Registrations are lost. */
  restart(): Promise<void>;
  /** SIGKILL the whole process group, keep runDir: a server outage. */
  kill(): Promise<void>;
  /** Start again after kill() on the same ports; resolves when ready. No-op if running. */
  start(): Promise<void>;
  /** How many REGISTERs from `user` the registrar has accepted so far (from the log). */
  registersOf(user: string): Promise<number>;
}

// Values travel through `-A NAME="..."` into a Kamailio string literal and
// a param list ("u=p;u=p"), so quotes, backslashes, ';', '=', '$' and blanks
// would break them; refuse them up front with a clear message.
const SAFE_USER = /^[A-Za-z0-9._~+-]+$/;
const SAFE_PASSWORD = /^[A-Za-z0-9._~!*+,:@%^-]+$/;

function extraUsersDefine(users: Record<string, string>): string | undefined {
  const entries = Object.entries(users);
  for (const [user, password] of entries) {
    if (!SAFE_USER.test(user)) throw new Error(`startKamailio: unsupported characters in user ${JSON.stringify(user)}`);
    if (!SAFE_PASSWORD.test(password)) {
      throw new Error(`startKamailio: unsupported characters in the password of ${user} (allowed: ${SAFE_PASSWORD.source})`);
    }
  }
  if (entries.length === 0) return undefined;
  return `EXTRA_USERS="${entries.map(([u, p]) => `${u}=${p}`).join(';')}"`;
}

/** Self-signed cert for 127.0.0.1 (CN and SAN), P-256 because it is instant to generate. */
async function makeCertificate(dir: string): Promise<{ certPath: string; keyPath: string; spki: string }> {
  const certPath = path.join(dir, 'cert.pem');
  const keyPath = path.join(dir, 'key.pem');
  await execFileP('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '7',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ]);
  // Kamailio loads the key in its children, after dropping privileges when
  // run with -u; a throwaway test key may be world-readable so that works
  // whichever user it runs as.
  await fs.chmod(keyPath, 0o644);
  const der = new X509Certificate(await fs.readFile(certPath)).publicKey.export({ type: 'spki', format: 'der' });
  return { certPath, keyPath, spki: createHash('sha256').update(der).digest('base64') };
}

async function logTail(logPath: string, lines = 30): Promise<string> {
  try {
    const text = await fs.readFile(logPath, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** One WebSocket upgrade request; true when the answer's status is 101. */
function wsHandshake(port: number, secure: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const request =
      'GET / HTTP/1.1\r\n' +
      `Host: 127.0.0.1:${port}\r\n` +
      'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
      // Kamailio's websocket module only accepts its configured sub-protocol.
      'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: sip\r\n\r\n';
    const socket: net.Socket = secure
      ? tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false })
      : net.connect({ host: '127.0.0.1', port });
    let answer = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once(secure ? 'secureConnect' : 'connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done(/^HTTP\/1\.1 101 /.test(answer));
    });
    socket.once('end', () => done(false));
  });
}

class KamailioProcess {
  child: ChildProcess | undefined;
  exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly args: () => string[],
    private readonly logPath: string,
    private readonly pidPath: string,
    private readonly ports: () => [number, number],
  ) {}

  async start(readyTimeoutMs: number): Promise<void> {
    if (this.child) return;
    const [wsPort, wssPort] = this.ports();
    // After a kill the old sockets may linger for a moment; binding early
    // would make Kamailio exit with "Address already in use".
    await waitUntil(async () => (await isPortFree(wsPort)) && (await isPortFree(wssPort)), {
      timeoutMs: 5000,
      what: `ports ${wsPort}/${wssPort} to be free`,
    });
    // A pid file left by kill() only earns a warning, but keep the log clean.
    await fs.rm(this.pidPath, { force: true });
    await fs.appendFile(this.logPath, `\n===== start ${new Date().toISOString()} =====\n`);
    const logFd = openSync(this.logPath, 'a');
    let child: ChildProcess;
    try {
      // detached: its own process group, so kill() can take the forked
      // workers down with the main process (they would otherwise survive a
      // SIGKILL of the parent and keep the ports).
      child = spawn(KAMAILIO_BIN, this.args(), { stdio: ['ignore', logFd, logFd], detached: true });
    } finally {
      closeSync(logFd);
    }
    this.child = child;
    const watchdog = child.pid === undefined ? undefined : startWatchdog(child.pid);
    let exitInfo: string | undefined;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        exitInfo = `exited with ${signal ?? `code ${code}`}`;
        if (this.child === child) this.child = undefined;
        // Our own stop: retire the watchdog without letting it fire.
        watchdog?.kill('SIGKILL');
        resolve();
      });
      child.once('error', (err) => {
        exitInfo = `failed to spawn: ${err.message}`;
        if (this.child === child) this.child = undefined;
        resolve();
      });
    });

    try {
      await waitUntil(
        async () => {
          if (exitInfo) throw new Error(`kamailio ${exitInfo}`);
          return wsHandshake(wsPort, false);
        },
        { timeoutMs: readyTimeoutMs, intervalMs: 10, what: `kamailio ws handshake on ${wsPort}` },
      );
      // A wss handshake too: proves the TLS key loaded.
      await waitUntil(() => wsHandshake(wssPort, true), { timeoutMs: 2000, intervalMs: 10, what: `kamailio wss handshake on ${wssPort}` });
    } catch (err) {
      await this.stop('SIGKILL');
      const message = err instanceof Error ? err.message : String(err);
      throw new KamailioStartError(`${message}\n--- last lines of ${this.logPath} ---\n${await logTail(this.logPath)}`, await logTail(this.logPath, 200));
    }
  }

  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.pid === undefined) return;
    const pid = child.pid;
    if (signal === 'SIGKILL') {
      killGroup(pid, 'SIGKILL');
    } else {
      // The main process forwards SIGTERM to its workers and waits for them.
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
      await this.exited;
      clearTimeout(timer);
    }
    await this.exited;
    // Reap any worker that outlived the main process.
    await waitUntil(() => !groupAlive(pid), { timeoutMs: 5000, intervalMs: 10, what: `kamailio group ${pid} to exit` }).catch(
      () => killGroup(pid, 'SIGKILL'),
    );
  }
}

/**
 * Kamailio runs in its own process group, so nothing kills it when the test
 * runner dies (a vitest worker is torn down with SIGTERM/SIGKILL, which runs
 * no 'exit' handler). This shell holds a pipe from us: when our process goes
 * away, however it goes, `read` hits EOF and the shell SIGKILLs the group.
 */
function startWatchdog(pgid: number): ChildProcess {
  const watchdog = spawn('sh', ['-c', 'read _ignored; kill -s KILL -- "-$1" 2>/dev/null', 'kamailio-watchdog', String(pgid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own group too, so a Ctrl-C to the runner's group doesn't take the
    // watchdog down before Kamailio.
    detached: true,
  });
  // Neither the watchdog nor its pipe should keep the runner alive.
  watchdog.unref();
  (watchdog.stdin as net.Socket | null)?.unref();
  return watchdog;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * Whether any live process is left in process group `pgid`. Reads /proc
 * rather than kill(-pgid, 0): workers orphaned by a SIGKILLed main process
 * stay zombies until init reaps them (over a second here), and zombies
 * hold no sockets.
 */
function groupAlive(pgid: number): boolean {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after "(comm)": state, ppid, pgrp, ...
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      /* exited while we looked */
    }
  }
  return false;
}

export class KamailioStartError extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message);
    this.name = 'KamailioStartError';
  }
}

export async function startKamailio(opts: KamailioOptions = {}): Promise<KamailioHandle> {
  const extraUsers = opts.users ?? {};
  const usersDefine = extraUsersDefine(extraUsers);
  const readyTimeoutMs = opts.readyTimeoutMs ?? 10_000;
  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'switchboard-kamailio-'));
  // Kamailio writes its pid file and runtime sockets here (-Y/-P/-w); keep
  // it traversable for a non-root Kamailio user.
  await fs.chmod(runDir, 0o755);
  const logPath = path.join(runDir, 'kamailio.log');
  const pidPath = path.join(runDir, 'kamailio.pid');
  const { certPath, keyPath, spki } = await makeCertificate(runDir);

  let wsPort = 0;
  let wssPort = 0;
  const args = (): string[] => [
    '-DD', '-E',
    '-m', '64', '-M', '8', '-n', '2',
    '-Y', runDir, '-P', pidPath, '-w', runDir,
    '-A', `WS_PORT=${wsPort}`, '-A', `WSS_PORT=${wssPort}`,
    '-A', `TLS_CERT="${certPath}"`, '-A', `TLS_KEY="${keyPath}"`,
    '-A', `DBGLEVEL=${opts.debugLevel ?? 2}`,
    '-A', `MAX_EXPIRES=${Math.trunc(opts.maxExpires ?? 3600)}`,
    ...(usersDefine ? ['-A', usersDefine] : []),
    '-f', KAMAILIO_CFG,
  ];
  const proc = new KamailioProcess(args, logPath, pidPath, () => [wsPort, wssPort]);

  // freePort() can race with other processes; a bind failure gets new ports.
  for (let attempt = 1; ; attempt++) {
    wsPort = await freePort();
    do wssPort = await freePort();
    while (wssPort === wsPort);
    try {
      await proc.start(readyTimeoutMs);
      break;
    } catch (err) {
      const bindFailure = err instanceof KamailioStartError && /Address already in use|bind/i.test(err.log);
      if (!bindFailure || attempt >= 3) {
        if (!process.env.SWITCHBOARD_LAB_KEEP) await fs.rm(runDir, { recursive: true, force: true });
        throw err;
      }
    }
  }

  const handle: KamailioHandle = {
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    wssUrl: `wss://127.0.0.1:${wssPort}`,
    wsPort,
    wssPort,
    domain: '127.0.0.1',
    certSpki: spki,
    runDir,
    logPath,
    users: Object.freeze({ ...LAB_USERS, ...extraUsers }),
    async stop() {
      await proc.stop('SIGTERM');
      if (!process.env.SWITCHBOARD_LAB_KEEP) await fs.rm(runDir, { recursive: true, force: true });
    },
    async restart() {
      await proc.stop('SIGTERM');
      await proc.start(readyTimeoutMs);
    },
    async kill() {
      await proc.stop('SIGKILL');
    },
    async start() {
      await proc.start(readyTimeoutMs);
    },
    async registersOf(user) {
      const log = await fs.readFile(logPath, 'utf8').catch(() => '');
      return log.split('\n').filter((line) => line.endsWith(`REGISTER accepted for ${user}`)).length;
    },
  };
  return handle;
}
