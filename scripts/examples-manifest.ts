/**
 * Vite plugin: serves and emits `examples/index.json`, the gallery manifest, from the design files in
 * public/examples/*.py. Each entry's description is the file's first comment sentence (it may wrap
 * over several `#` lines; it ends before a blank comment line or a `Shows:` / `From` / `Based on` line).
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

export interface ManifestEntry {
  readonly file: string;
  readonly name: string;
  readonly description: string;
}

/** The opening comment of a design file as one line (skipping a shebang and coding/licence markers), without `#`. */
export function describeDesign(source: string): string {
  const parts: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) { if (parts.length) break; continue; }
    if (!line.startsWith("#")) break;
    if (line.startsWith("#!") || /coding[:=]/.test(line) || /SPDX-License-Identifier/i.test(line)) continue;
    const text = line.replace(/^#+\s*/, "").trim();
    if (!text) { if (parts.length) break; continue; }
    if (parts.length && /^(Shows|From|Based on|Schedule)\b/.test(text)) break;
    parts.push(text);
  }
  return parts.join(" ");
}

export function buildManifest(dir: string): ManifestEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[\w.-]+\.py$/.test(f))
    .sort()
    .map((file) => ({ file, name: file.replace(/\.py$/, ""), description: describeDesign(readFileSync(join(dir, file), "utf8")) }));
}

export function examplesManifest(): Plugin {
  let dir = "";
  return {
    name: "allo-examples-manifest",
    configResolved(config) {
      dir = join(config.publicDir, "examples");
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== `${server.config.base}examples/index.json`) return next();
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Cache-Control", "no-store");
        res.end(JSON.stringify(buildManifest(dir), null, 2));
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "examples/index.json", source: JSON.stringify(buildManifest(dir), null, 2) });
    },
  };
}
