/**
 * Deterministic zip archives (DESIGN §8): entries sorted by name, one fixed timestamp, fixed compression,
 * and sanitized relative names, so the same files always give byte-identical archives.
 */
import { zipSync } from "fflate";
import type { Zippable } from "fflate";
import { archivePath, fileNameComponent } from "./escape/filename";

/** DOS timestamps cannot go before 1980; built from local fields so the zip's fields do not depend on the time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A safe relative archive path (escape/filename.ts); undefined when nothing usable remains. */
export const sanitizeEntryName = archivePath;

/** Zips `files` under an optional root folder. Throws on names that sanitize to nothing or collide. */
export function deterministicZip(files: Readonly<Record<string, Uint8Array | string>>, root?: string): Uint8Array {
  const enc = new TextEncoder();
  const prefix = root ? fileNameComponent(root) : undefined;
  const entries = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(files)) {
    const clean = sanitizeEntryName(name);
    if (!clean) throw new Error(`unusable archive entry name '${name}'`);
    const full = prefix ? `${prefix}/${clean}` : clean;
    if (entries.has(full)) throw new Error(`two archive entries are named '${full}'`);
    entries.set(full, typeof content === "string" ? enc.encode(content) : content);
  }
  const zippable: Zippable = {};
  for (const name of [...entries.keys()].sort()) zippable[name] = [entries.get(name)!, { mtime: FIXED_MTIME, level: 6 }];
  return zipSync(zippable, { mtime: FIXED_MTIME, level: 6 });
}
