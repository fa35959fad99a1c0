/**
 * A tiny HTTP server on 127.0.0.1 for pages the tests open: the party page,
 * unbundled sip.js, and any fixture directories (a fake CRM, ...).
 * Pages must come from http://127.0.0.1 (not about:blank or file:) to get
 * navigator.mediaDevices and to match the extension's content-script pattern.
 */
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** node_modules/sip.js/lib: plain ESM with only relative './x.js' imports, so a page can import it as is. */
export const SIPJS_LIB_DIR = path.dirname(createRequire(import.meta.url).resolve('sip.js'));
export const PARTY_DIR = fileURLToPath(new URL('./party/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  /** Extra URL prefix -> absolute directory, e.g. { '/crm/': '/abs/fixtures/crm' }. */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  stop(): Promise<void>;
}

export async function startStaticServer(opts: StaticServerOptions = {}): Promise<StaticServer> {
  const mounts: Array<[prefix: string, dir: string]> = Object.entries({
    '/sip.js/': SIPJS_LIB_DIR,
    '/party/': PARTY_DIR,
    ...opts.mounts,
  }).map(([prefix, dir]) => {
    if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`startStaticServer: mount prefix must look like '/name/', got ${prefix}`);
    if (!path.isAbsolute(dir)) throw new Error(`startStaticServer: mount directory must be absolute, got ${dir}`);
    return [prefix, path.resolve(dir)];
  });
  // Longest prefix first, so '/crm/app/' can override '/crm/'.
  mounts.sort((a, b) => b[0].length - a[0].length);

  const server = http.createServer((req, res) => {
    void serve(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    // '/party' -> '/party/' so the page's relative URLs resolve inside the mount.
    const bare = mounts.find(([prefix]) => pathname === prefix.slice(0, -1));
    if (bare) {
      res.writeHead(301, { location: `${bare[0]}${url.search}` }).end();
      return;
    }
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [prefix, dir] = mount;
    // sip.js is ~190 small modules fetched as an import waterfall; letting
    // Chromium cache them makes every party page after the first in a
    // browser context load fast. Fixtures may change between runs: no-store.
    const cacheControl = dir === SIPJS_LIB_DIR ? 'max-age=3600, immutable' : 'no-store';
    let file = path.resolve(dir, `.${path.posix.sep}${pathname.slice(prefix.length)}`);
    // No escaping the mounted directory with '..'.
    if (file !== dir && !file.startsWith(dir + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = await fs.stat(file).catch(() => undefined);
    }
    if (!stat?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': cacheControl,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  // Track sockets so stop() doesn't wait for Chromium's keep-alive connections.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
