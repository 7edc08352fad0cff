/**
 * Share links: the document in the URL fragment, `#share=1.<codec>.<base64url>` where codec `z` is
 * raw DEFLATE of the JSON and `j` is the JSON itself (used when compressing does not pay off).
 * The JSON carries its own document version; `parseDocument` migrates it.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from "fflate";
import { parseDocument, type Parsed, type StudioDocument } from "./document";

const PREFIX = "share=";
const LINK_VERSION = "1";
/**
 * The largest document a link may carry (RELIABILITY.md). DEFLATE expands up to ~1000×, so a short link
 * could otherwise inflate to gigabytes and crash the tab; the check runs while inflating.
 */
export const MAX_SHARED_DOCUMENT_BYTES = 4 << 20;

class TooLarge extends Error {}

/** Inflates raw DEFLATE data, stopping as soon as the output passes `limit` bytes. */
function inflateCapped(data: Uint8Array, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    parts.push(chunk);
  });
  // Small input slices keep each step's output small (at most ~1000× the slice).
  const SLICE = 1024;
  for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The fragment (without `#`) that carries `doc`. */
export function encodeShareFragment(doc: StudioDocument): string {
  const json = strToU8(JSON.stringify(doc));
  const packed = deflateSync(json, { level: 9 });
  const [codec, bytes] = packed.length < json.length ? ["z", packed] : ["j", json];
  return `${PREFIX}${LINK_VERSION}.${codec}.${toBase64Url(bytes)}`;
}

export function shareUrl(doc: StudioDocument, base: string): string {
  return `${base.split("#")[0]}#${encodeShareFragment(doc)}`;
}

/** Whether a location hash carries a shared document at all. */
export function hasShareFragment(hash: string): boolean {
  return hash.replace(/^#/, "").startsWith(PREFIX);
}

/** Decodes a location hash (with or without `#`); never throws. */
export function decodeShareFragment(hash: string): Parsed<StudioDocument> {
  const frag = hash.replace(/^#/, "");
  if (!frag.startsWith(PREFIX)) return { ok: false, error: "no shared document in this link" };
  const [version, codec, payload] = frag.slice(PREFIX.length).split(".");
  if (version !== LINK_VERSION) return { ok: false, error: `unknown share link version ${version ?? "?"}` };
  const tooLarge = { ok: false as const, error: `the shared document is larger than ${MAX_SHARED_DOCUMENT_BYTES / (1 << 20)} MB; open the design file instead of a link` };
  if ((payload ?? "").length > (MAX_SHARED_DOCUMENT_BYTES * 4) / 3 + 4) return tooLarge;
  try {
    const bytes = fromBase64Url(payload ?? "");
    const json = codec === "z" ? strFromU8(inflateCapped(bytes, MAX_SHARED_DOCUMENT_BYTES)) : codec === "j" ? strFromU8(bytes) : undefined;
    if (json === undefined) return { ok: false, error: `unknown share link encoding ${codec ?? "?"}` };
    return parseDocument(JSON.parse(json));
  } catch (e) {
    if (e instanceof TooLarge) return tooLarge;
    return { ok: false, error: "the share link is damaged (it did not decode)" };
  }
}
