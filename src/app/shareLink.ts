/**
 * Share links: the document in the URL fragment, `#share=1.<codec>.<base64url>` where codec `z` is
 * raw DEFLATE of the JSON and `j` is the JSON itself (used when compressing does not pay off).
 * The JSON carries its own document version; `parseDocument` migrates it.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { parseDocument, type Parsed, type StudioDocument } from "./document";

const PREFIX = "share=";
const LINK_VERSION = "1";

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
  try {
    const bytes = fromBase64Url(payload ?? "");
    const json = codec === "z" ? strFromU8(inflateSync(bytes)) : codec === "j" ? strFromU8(bytes) : undefined;
    if (json === undefined) return { ok: false, error: `unknown share link encoding ${codec ?? "?"}` };
    return parseDocument(JSON.parse(json));
  } catch {
    return { ok: false, error: "the share link is damaged (it did not decode)" };
  }
}
