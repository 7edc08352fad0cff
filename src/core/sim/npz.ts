/**
 * numpy's .npz archives (np.savez, np.savez_compressed): a zip of .npy members, one per array, named
 * by the array's key plus ".npy". Only the member bytes are returned here; each is read as .npy.
 */
import { unzipSync } from "fflate";

/** Member name (without ".npy") → its .npy bytes, or why the file is not an .npz archive. */
export function readNpz(bytes: Uint8Array): { readonly members: Record<string, Uint8Array> } | { readonly error: string } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    return { error: `not an .npz archive (a zip of .npy files, as np.savez writes): ${(e as Error).message}` };
  }
  const out: Record<string, Uint8Array> = {};
  for (const [name, b] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    out[name.endsWith(".npy") ? name.slice(0, -4) : name] = b;
  }
  return { members: out };
}
