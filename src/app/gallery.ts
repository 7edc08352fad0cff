/** The gallery manifest (/examples/index.json, generated from the design files' comment headers). */

export interface GalleryEntry {
  /** File name in /examples/, e.g. `gemm.py`. */
  readonly file: string;
  /** Display name: the file name without `.py`. */
  readonly name: string;
  /** The file's first comment line. */
  readonly description: string;
}

export function parseManifest(raw: unknown): GalleryEntry[] {
  if (!Array.isArray(raw)) throw new Error("the gallery index is not a list");
  return raw.flatMap((e): GalleryEntry[] => {
    if (typeof e !== "object" || e === null) return [];
    const { file, name, description } = e as Record<string, unknown>;
    if (typeof file !== "string" || !/^[\w.-]+\.py$/.test(file)) return [];
    return [{ file, name: typeof name === "string" ? name : file.replace(/\.py$/, ""), description: typeof description === "string" ? description : "" }];
  });
}

export function examplesBase(): string {
  return `${import.meta.env.BASE_URL}examples/`;
}
