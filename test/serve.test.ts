/** The studio's static server (scripts/serve.mjs) and the build's precompressed copies (scripts/precompress.ts). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { precompressFile } from "../scripts/precompress";
// @ts-expect-error: a plain ES module script without type declarations
import { createStudioServer, pickEncoding } from "../scripts/serve.mjs";

const JS = `export const answer = ${JSON.stringify("x".repeat(4000))};\n`;
let dir: string;
let server: Server;
let port: number;

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "allo-serve-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Allo Studio</title>");
  writeFileSync(join(dir, "assets", "app-abc123.js"), JS);
  precompressFile(join(dir, "assets", "app-abc123.js"));
  writeFileSync(join(dir, "secret.txt"), "outside assets");
  server = createStudioServer(dir);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("precompressed copies", () => {
  it("decompress to the original bytes", () => {
    const path = join(dir, "assets", "app-abc123.js");
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(JS);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(JS);
    expect(readFileSync(`${path}.br`).length).toBeLessThan(JS.length / 10);
  });
});

describe("serve", () => {
  it("sends the Brotli copy when the browser accepts it, else gzip, else the file", async () => {
    const br = await get("/assets/app-abc123.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(JS);
    const gz = await get("/assets/app-abc123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(JS);
    const plain = await get("/assets/app-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(JS);
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(JS));
  });

  it("honours q=0 (refused) encodings", () => {
    const file = join(dir, "assets", "app-abc123.js");
    expect(pickEncoding(file, "br;q=0, gzip").encoding).toBe("gzip");
    expect(pickEncoding(file, "br;q=0.5").encoding).toBe("br");
    expect(pickEncoding(file, "identity").encoding).toBeUndefined();
  });

  it("caches hashed assets for good and revalidates the page", async () => {
    expect((await get("/assets/app-abc123.js")).headers["cache-control"]).toContain("immutable");
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain("Allo Studio");
    expect(page.headers["cache-control"]).toBe("no-cache");
  });

  it("never serves outside its directory, and answers HEAD and other methods properly", async () => {
    expect((await get("/../../etc/passwd")).status).toBe(404);
    expect((await get("/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
    expect((await get("/missing.js")).status).toBe(404);
    expect((await get("/secret.txt")).body.toString()).toBe("outside assets");
    const head = await get("/assets/app-abc123.js", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get("/", {}, "POST")).status).toBe(405);
  });
});
