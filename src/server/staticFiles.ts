/**
 * Serves the built app (dist/) so a live session is same-origin: the app's Content-Security-
 * Policy can stay `connect-src 'self'`. Unknown paths without a file extension get index.html
 * (the app routes `/j/<id>` itself); every response carries the same security headers.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Used when the built index.html carries no policy of its own. */
export const FALLBACK_CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; worker-src 'self' blob:";

/** The policy of the built index.html (its <meta>), so header and page never disagree. */
export function cspOf(indexHtml: string | null): string {
  const m = indexHtml && /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(indexHtml);
  const base = m ? m[1].trim().replace(/;\s*$/, '') : FALLBACK_CSP;
  // Only a header can forbid framing (a <meta> policy ignores frame-ancestors).
  return `${base}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'`;
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function staticHandler(dir: string | null): RequestHandler {
  const indexPath = dir ? join(dir, 'index.html') : null;
  const indexHtml = indexPath && existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null;
  const headers = securityHeaders(cspOf(indexHtml));
  const root = dir ? normalize(dir + sep) : null;

  return (req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return send(res, 200, 'text/plain; charset=utf-8', 'ok\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    if (!root || indexHtml === null) {
      return send(res, 503, 'text/plain; charset=utf-8', 'The app is not built here: run "npm run build" (or set COLLAB_STATIC_DIR).\n');
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad path\n');
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || path.includes('\0')) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      const immutable = path.startsWith('/assets/');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') return void res.end();
      return void createReadStream(file).pipe(res);
    }
    // A path with an extension names a file that is not there; anything else is an app route.
    if (extname(path)) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : indexHtml);
  };
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}
