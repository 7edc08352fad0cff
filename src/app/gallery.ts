/** The gallery manifest (/examples/index.json, generated from the design files' comment headers). */

export interface GalleryEntry {
  /** File name in /examples/, e.g. `gemm.py`. */
  readonly file: string;
  /** Display name: the file name without `.py`. */
  readonly name: string;
  /** The file's opening comment sentence. */
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

/** Gallery sections, in the order the menu shows them. */
export const GALLERY_GROUPS = ["Basics", "PolyBench", "Systolic", "Dataflow", "AI Engine"] as const;
export type GalleryGroup = (typeof GALLERY_GROUPS)[number];

/** Which section a design belongs to: AI Engine designs, dataflow regions, systolic arrays, PolyBench kernels, or the basics. */
export function galleryGroup(e: GalleryEntry): GalleryGroup {
  if (/^aie_/.test(e.name)) return "AI Engine";
  if (/^df_/.test(e.name)) return "Dataflow";
  if (/systolic/i.test(e.name)) return "Systolic";
  if (/^PolyBench\b/.test(e.description)) return "PolyBench";
  return "Basics";
}

/** The entries by section, each section's entries in manifest order; empty sections are left out. */
export function groupGallery(entries: readonly GalleryEntry[]): { group: GalleryGroup; entries: GalleryEntry[] }[] {
  return GALLERY_GROUPS.map((group) => ({ group, entries: entries.filter((e) => galleryGroup(e) === group) })).filter((g) => g.entries.length > 0);
}
