/**
 * Servers that make a SIP WebSocket connection fail on purpose:
 * - startUntrustedTlsServer(): TLS with its own self-signed certificate (not
 *   the Kamailio one whose SPKI Chromium is told to trust), so wss:// fails
 *   with a certificate error;
 * - startSilentServer(): accepts TCP and never answers, so a ws:// handshake
 *   hangs until the client times out.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';

export { freePort } from './ports.ts';

const execFileP = promisify(execFile);

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** Closes the server and every socket it still holds (close() alone waits for them). */
function stopper(server: net.Server, sockets: Set<net.Socket>, cleanup?: () => Promise<void>): () => Promise<void> {
  return async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    await cleanup?.();
  };
}

function trackSockets(server: net.Server, event: 'connection' | 'secureConnection'): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on(event, (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  return sockets;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('no TCP address'));
      else resolve(address.port);
    });
  });
}

export async function startUntrustedTlsServer(): Promise<TestServer> {
  // A fresh key per server: it can never match the SPKI the browser trusts.
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'switchboard-untrusted-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  await execFileP('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '7',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ]);
  const server = tls.createServer({ key: await fs.readFile(keyPath), cert: await fs.readFile(certPath) });
  // The browser aborts the handshake with a certificate alert: expected here.
  server.on('tlsClientError', () => undefined);
  const sockets = trackSockets(server, 'connection');
  // Should anything get through the handshake, it gets nothing useful.
  server.on('secureConnection', (socket: tls.TLSSocket) => socket.destroy());
  const port = await listen(server);
  return {
    url: `wss://127.0.0.1:${port}`,
    stop: stopper(server, sockets, () => fs.rm(dir, { recursive: true, force: true })),
  };
}

export async function startSilentServer(): Promise<TestServer> {
  const server = net.createServer(() => {
    // Accept and hold the connection; never read a reply into it.
  });
  const sockets = trackSockets(server, 'connection');
  const port = await listen(server);
  return { url: `ws://127.0.0.1:${port}`, stop: stopper(server, sockets) };
}
