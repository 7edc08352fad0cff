#!/usr/bin/env node
/**
 * Serves the studio's production build (dist/) over HTTP: the precompressed `.br`/`.gz` copies that
 * the build writes (scripts/precompress.ts) when the browser accepts them, hashed assets cached for a
 * year, everything else revalidated. No compression per request, no dependencies.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 5173] [--host localhost]
 */
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".py": "text/x-python; charset=utf-8",
  ".npy": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
};

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

/** The file for a URL path inside `root`, or undefined (outside the root, or not a file). */
export function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return undefined;
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Which stored encoding to send: Brotli, then gzip, when accepted and present. */
export function pickEncoding(file, acceptEncoding = "") {
  const accepted = new Set();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (accepted.has(encoding) && existsSync(file + suffix)) return { encoding, path: file + suffix };
  }
  return { encoding: undefined, path: file };
}

export function createStudioServer(root) {
  const dir = resolve(root);
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveFile(dir, req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const { encoding, path } = pickEncoding(file, String(req.headers["accept-encoding"] ?? ""));
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(path).size,
      // Vite names built assets by content hash: they never change under the same URL.
      "cache-control": file.startsWith(join(dir, "assets") + sep) ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "accept-encoding",
    };
    if (encoding) headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else createReadStream(path).pipe(res);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const dir = option(args, "dir", "dist");
  const port = Number(option(args, "port", "5173"));
  const host = option(args, "host", "localhost");
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`serve: ${dir}/index.html not found; build the studio first (npx vite build)`);
    process.exit(1);
  }
  createStudioServer(dir).listen(port, host, () => console.log(`Allo Studio: http://${host}:${port}/`));
}
