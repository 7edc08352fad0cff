/**
 * The file system a script sees: an in-memory tree, never the disk. Allo's tests build Vitis projects
 * into `tempfile.TemporaryDirectory()` folders, read generated files back with `open(...)` and check
 * them with `os.path.exists`; the same script runs here (in the studio too) against this tree. Project
 * folders are filled on first look (`provide`), so a build that nobody inspects costs nothing.
 */
import type { SourceRange } from "../diagnostics";
import { PyException } from "./pyexc";

/** Where relative paths start (a script's `os.getcwd()`): a neutral name, not the host's folder. */
export const SCRIPT_CWD = "/project";
const TEMP_ROOT = "/tmp";

export class ScriptFs {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(["/", TEMP_ROOT, SCRIPT_CWD]);
  /** Folders whose contents come from a function on first access (built projects). */
  private readonly pending = new Map<string, () => Readonly<Record<string, string>>>();
  private readonly unknownDirs = new Set<string>();
  private chars = 0;
  private nextTemp = 0;

  /** `maxChars`: characters all files together may hold (the script's item limit). */
  constructor(private readonly maxChars: number) {}

  /** An absolute, normalized path: `.` and `..` resolved, no trailing slash. */
  resolve(path: string): string {
    const parts: string[] = [];
    for (const p of (path.startsWith("/") ? path : `${SCRIPT_CWD}/${path}`).split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") parts.pop();
      else parts.push(p);
    }
    return `/${parts.join("/")}`;
  }

  /** A fresh folder under /tmp, as `tempfile.mkdtemp()` makes (names like CPython's `tmpXXXXXXXX`). */
  mkdtemp(prefix = "tmp", suffix = ""): string {
    let path: string;
    do path = `${TEMP_ROOT}/${prefix}${(++this.nextTemp * 2654435761 % 2 ** 32).toString(36).padStart(8, "0")}${suffix}`;
    while (this.dirs.has(path));
    this.dirs.add(path);
    return path;
  }

  mkdir(path: string, parents: boolean, existOk: boolean, at: SourceRange): void {
    const p = this.resolve(path);
    this.materialize(p);
    if (this.dirs.has(p)) {
      if (!existOk) throw new PyException("FileExistsError", `[Errno 17] File exists: '${path}'`, at);
      return;
    }
    if (this.files.has(p)) throw new PyException("FileExistsError", `[Errno 17] File exists: '${path}'`, at);
    const parent = dirname(p);
    if (!this.dirs.has(parent)) {
      if (!parents) throw new PyException("FileNotFoundError", `[Errno 2] No such file or directory: '${path}'`, at);
      this.mkdir(parent, true, true, at);
    }
    this.dirs.add(p);
  }

  /**
   * Makes `path` a folder whose contents only a script run knows (a build's project when compiling a
   * design, where nothing is built): questions about it have no answer here (see `unknown`).
   */
  markUnknown(path: string, at: SourceRange): void {
    const p = this.resolve(path);
    this.mkdir(p, true, true, at);
    this.unknownDirs.add(p);
  }

  /** Whether `path` lies in a folder marked unknown. */
  unknown(path: string): boolean {
    if (this.unknownDirs.size === 0) return false;
    const p = this.resolve(path);
    for (const d of this.unknownDirs) if (p === d || p.startsWith(`${d}/`)) return true;
    return false;
  }

  /** Makes `path` a folder whose files `provide` computes when someone first looks inside. */
  provide(path: string, provide: () => Readonly<Record<string, string>>, at: SourceRange): void {
    const p = this.resolve(path);
    this.mkdir(p, true, true, at);
    this.pending.set(p, provide);
  }

  exists(path: string): boolean {
    const p = this.resolve(path);
    this.materialize(p);
    return this.files.has(p) || this.dirs.has(p);
  }

  isFile(path: string): boolean {
    const p = this.resolve(path);
    this.materialize(p);
    return this.files.has(p);
  }

  isDir(path: string): boolean {
    const p = this.resolve(path);
    this.materialize(p);
    return this.dirs.has(p);
  }

  read(path: string, at: SourceRange): string {
    const p = this.resolve(path);
    this.materialize(p);
    const text = this.files.get(p);
    if (text !== undefined) return text;
    if (this.dirs.has(p)) throw new PyException("IsADirectoryError", `[Errno 21] Is a directory: '${path}'`, at);
    throw new PyException("FileNotFoundError", `[Errno 2] No such file or directory: '${path}'`, at);
  }

  write(path: string, text: string, at: SourceRange): void {
    const p = this.resolve(path);
    this.materialize(p);
    if (this.dirs.has(p)) throw new PyException("IsADirectoryError", `[Errno 21] Is a directory: '${path}'`, at);
    if (!this.dirs.has(dirname(p))) throw new PyException("FileNotFoundError", `[Errno 2] No such file or directory: '${path}'`, at);
    const grown = this.chars - (this.files.get(p)?.length ?? 0) + text.length;
    if (grown > this.maxChars) throw new PyException("OSError", `[Errno 28] No space left on device: the script's files may hold ${this.maxChars} characters in all`, at);
    this.chars = grown;
    this.files.set(p, text);
  }

  /** Names directly inside folder `path`, sorted (CPython's order is the file system's; sorted is stable). */
  list(path: string, at: SourceRange): string[] {
    const p = this.resolve(path);
    this.materialize(p);
    if (!this.dirs.has(p)) throw new PyException("FileNotFoundError", `[Errno 2] No such file or directory: '${path}'`, at);
    const prefix = p === "/" ? "/" : `${p}/`;
    const names = new Set<string>();
    for (const k of [...this.files.keys(), ...this.dirs]) {
      if (k !== p && k.startsWith(prefix)) names.add(k.slice(prefix.length).split("/")[0]!);
    }
    return [...names].sort();
  }

  removeFile(path: string, at: SourceRange): void {
    const p = this.resolve(path);
    this.materialize(p);
    const text = this.files.get(p);
    if (text === undefined) throw new PyException(this.dirs.has(p) ? "IsADirectoryError" : "FileNotFoundError", `[Errno ${this.dirs.has(p) ? 21 : 2}] ${this.dirs.has(p) ? "Is a directory" : "No such file or directory"}: '${path}'`, at);
    this.chars -= text.length;
    this.files.delete(p);
  }

  /** Removes a folder and everything in it (`shutil.rmtree`, the end of a TemporaryDirectory). */
  removeTree(path: string): void {
    const p = this.resolve(path);
    const prefix = `${p}/`;
    for (const [k, text] of this.files) if (k.startsWith(prefix)) { this.chars -= text.length; this.files.delete(k); }
    for (const k of this.dirs) if (k === p || k.startsWith(prefix)) this.dirs.delete(k);
    for (const k of this.pending.keys()) if (k === p || k.startsWith(prefix)) this.pending.delete(k);
    for (const k of this.unknownDirs) if (k === p || k.startsWith(prefix)) this.unknownDirs.delete(k);
  }

  /** Writes the pending files of any provided folder that contains `p` (or is `p`). */
  private materialize(p: string): void {
    if (this.pending.size === 0) return;
    for (const [dir, provide] of [...this.pending]) {
      if (p !== dir && !p.startsWith(`${dir}/`)) continue;
      this.pending.delete(dir);
      for (const [name, text] of Object.entries(provide())) {
        const full = this.resolve(`${dir}/${name}`);
        for (let d = dirname(full); !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
        this.chars += text.length - (this.files.get(full)?.length ?? 0);
        this.files.set(full, text);
      }
    }
  }
}

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  return i <= 0 ? "/" : p.slice(0, i);
}

/** `os.path.join` as on POSIX: an absolute part restarts the path; empty parts add nothing but a separator. */
export function joinPath(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) {
    if (part.startsWith("/")) out = part;
    else if (out === "" || out.endsWith("/")) out += part;
    else out += `/${part}`;
  }
  return out;
}

/** `os.path.basename` / `os.path.dirname` / `os.path.split` of POSIX (no normalization, as CPython). */
export function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
  return [head, p.slice(i)];
}
