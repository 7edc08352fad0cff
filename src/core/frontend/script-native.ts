/**
 * The standard-library corner Allo's tests and tutorials use around builds, on the script's own file
 * system (script-fs.ts): `tempfile` (TemporaryDirectory, mkdtemp, gettempdir), `os` / `os.path`
 * (join, exists, isfile, isdir, basename, dirname, split, splitext, abspath, makedirs, listdir, remove,
 * getcwd, environ), `shutil.rmtree`, `open()` text files and `io.StringIO`.
 */
import type { SourceRange } from "../diagnostics";
import { PyException } from "./pyexc";
import type { NativeObject, PyValue } from "./values";
import { describe, NONE, pyBool, pyStr } from "./values";
import type { ScriptFs } from "./script-fs";
import { joinPath, SCRIPT_CWD, splitPath } from "./script-fs";

/** Modules this file models (their members resolve through `stdlibMember`). */
export const STDLIB_MODULES: ReadonlySet<string> = new Set(["os", "os.path", "tempfile", "shutil", "io"]);

const MEMBERS: Readonly<Record<string, readonly string[]>> = {
  os: ["getcwd", "makedirs", "mkdir", "listdir", "remove", "unlink", "rmdir"],
  "os.path": ["join", "exists", "isfile", "isdir", "basename", "dirname", "split", "splitext", "abspath", "normpath"],
  tempfile: ["TemporaryDirectory", "mkdtemp", "gettempdir"],
  shutil: ["rmtree"],
  io: ["StringIO"],
};

/** `module.attr` of a modelled module; undefined when the module has no such member. */
export function stdlibMember(path: string, attr: string): PyValue | undefined {
  if (path === "os" && attr === "path") return { k: "module", path: "os.path" };
  if (path === "os" && attr === "sep") return pyStr("/");
  return MEMBERS[path]?.includes(attr) ? { k: "builtin", name: `${path}.${attr}` } : undefined;
}

export function stdlibMembers(path: string): string[] {
  return [...(MEMBERS[path] ?? []), ...(path === "os" ? ["path", "environ", "sep"] : [])];
}

export function isStdlibCall(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return name === "open" || (dot > 0 && MEMBERS[name.slice(0, dot)]?.includes(name.slice(dot + 1)) === true);
}

/** Functions that read the file system (their answer is unknown inside a folder marked unknown). */
const QUERIES: ReadonlySet<string> = new Set(["os.listdir", "os.path.exists", "os.path.isfile", "os.path.isdir", "open"]);

/** Calls a modelled standard-library function. */
export function callStdlib(name: string, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, fs: ScriptFs, at: SourceRange): PyValue {
  const arg = (i: number, kw?: string): PyValue | undefined => args[i] ?? (kw ? kwargs.get(kw) : undefined);
  const str = (i: number, kw?: string): string => {
    const v = arg(i, kw);
    if (!v) throw new PyException("TypeError", `${name}() missing required argument${kw ? ` '${kw}'` : ""}`, at);
    return pathOf(v, name, at);
  };
  const flag = (kw: string, i: number): boolean => {
    const v = arg(i, kw);
    return v !== undefined && v.k === "bool" ? v.v : v !== undefined && v.k === "int" ? v.v !== 0n : false;
  };
  // Compiling a design builds nothing: what a build's project folder holds is known to script runs only.
  if (QUERIES.has(name) && args[0]?.k === "str" && fs.unknown(args[0].v)) return { k: "opaque", what: "the files of a build (made when the script runs: allo-studio script)" };
  switch (name) {
    case "os.getcwd": return pyStr(SCRIPT_CWD);
    case "os.makedirs": fs.mkdir(str(0, "name"), true, flag("exist_ok", 2), at); return NONE;
    case "os.mkdir": fs.mkdir(str(0, "path"), false, false, at); return NONE;
    case "os.listdir": return { k: "list", items: fs.list(args.length ? str(0, "path") : ".", at).map(pyStr) };
    case "os.remove": case "os.unlink": fs.removeFile(str(0, "path"), at); return NONE;
    case "os.rmdir": {
      const p = str(0, "path");
      if (!fs.isDir(p)) throw new PyException("FileNotFoundError", `[Errno 2] No such file or directory: '${p}'`, at);
      if (fs.list(p, at).length > 0) throw new PyException("OSError", `[Errno 39] Directory not empty: '${p}'`, at);
      fs.removeTree(p);
      return NONE;
    }
    case "os.path.join": {
      if (args.length === 0) throw new PyException("TypeError", "join() missing 1 required positional argument: 'a'", at);
      return pyStr(joinPath(args.map((a) => pathOf(a, name, at))));
    }
    case "os.path.exists": return pyBool(fs.exists(str(0, "path")));
    case "os.path.isfile": return pyBool(fs.isFile(str(0, "path")));
    case "os.path.isdir": return pyBool(fs.isDir(str(0, "s")));
    case "os.path.basename": return pyStr(splitPath(str(0, "p"))[1]);
    case "os.path.dirname": return pyStr(splitPath(str(0, "p"))[0]);
    case "os.path.split": return { k: "tuple", items: splitPath(str(0, "p")).map(pyStr) };
    case "os.path.splitext": {
      const p = str(0, "p");
      const [, base] = splitPath(p);
      const dot = base.lastIndexOf(".");
      // A leading dot starts a hidden file's name, not an extension (".bashrc").
      if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return { k: "tuple", items: [pyStr(p), pyStr("")] };
      const cut = p.length - (base.length - dot);
      return { k: "tuple", items: [pyStr(p.slice(0, cut)), pyStr(p.slice(cut))] };
    }
    case "os.path.abspath": case "os.path.normpath": return pyStr(fs.resolve(str(0, "path")));
    case "tempfile.TemporaryDirectory": {
      const o = optStr(arg(1, "prefix"));
      return { k: "native", o: new TemporaryDirectory(fs, fs.mkdtemp(o ?? "tmp", optStr(arg(0, "suffix")) ?? "")) };
    }
    case "tempfile.mkdtemp": return pyStr(fs.mkdtemp(optStr(arg(1, "prefix")) ?? "tmp", optStr(arg(0, "suffix")) ?? ""));
    case "tempfile.gettempdir": return pyStr("/tmp");
    case "shutil.rmtree": {
      const p = str(0, "path");
      if (!fs.exists(p) && !flag("ignore_errors", 1)) throw new PyException("FileNotFoundError", `[Errno 2] No such file or directory: '${p}'`, at);
      fs.removeTree(p);
      return NONE;
    }
    case "io.StringIO": {
      const init = arg(0, "initial_value");
      return { k: "native", o: new TextFile(fs, undefined, "w+", init && init.k === "str" ? init.v : "") };
    }
    case "open": {
      const path = str(0, "file");
      const modeV = arg(1, "mode");
      const mode = modeV && modeV.k === "str" ? modeV.v : "r";
      if (mode.includes("b")) throw new PyException("ValueError", `open(): binary mode '${mode}' is not supported in a script; open the file as text ('r' or 'w')`, at);
      if (!/^[rwax](?:t?\+?|\+?t?)$/.test(mode)) throw new PyException("ValueError", `invalid mode: '${mode}'`, at);
      const base = mode.replace(/[t+]/g, "");
      if (base === "x" && fs.exists(path)) throw new PyException("FileExistsError", `[Errno 17] File exists: '${path}'`, at);
      let text = "";
      if (base === "r") text = fs.read(path, at);
      else if (base === "a") text = fs.isFile(path) ? fs.read(path, at) : "";
      if (base !== "r") fs.write(path, text, at);
      return { k: "native", o: new TextFile(fs, path, mode, text, base === "a" ? text.length : 0) };
    }
    default:
      throw new Error(`internal: ${name} is not a modelled standard-library function`);
  }
}

function optStr(v: PyValue | undefined): string | undefined {
  return v && v.k === "str" ? v.v : undefined;
}

function pathOf(v: PyValue, fn: string, at: SourceRange): string {
  if (v.k === "str") return v.v;
  if (v.k === "native" && v.o instanceof TemporaryDirectory) {
    throw new PyException("TypeError", `${fn}(): expected str, got a TemporaryDirectory object; use the name 'with tempfile.TemporaryDirectory() as d:' binds, or its .name`, at);
  }
  throw new PyException("TypeError", `${fn}(): expected str, bytes or os.PathLike object, not ${describe(v)}`, at);
}

/** `tempfile.TemporaryDirectory()`: a fresh folder; `with ... as d` binds its path and removes it afterwards. */
class TemporaryDirectory implements NativeObject {
  readonly typeName = "TemporaryDirectory";
  readonly methods: ReadonlySet<string> = new Set(["cleanup"]);
  constructor(private readonly fs: ScriptFs, readonly name: string) {}
  attr(name: string): PyValue | undefined {
    return name === "name" ? pyStr(this.name) : undefined;
  }
  call(): PyValue {
    this.fs.removeTree(this.name);
    return NONE;
  }
  enter(): PyValue {
    return pyStr(this.name);
  }
  exit(): void {
    this.fs.removeTree(this.name);
  }
}

/** A text file from `open()` (path set) or an `io.StringIO` (no path): reads, writes, and lines. */
class TextFile implements NativeObject {
  readonly typeName: string;
  readonly methods: ReadonlySet<string> = new Set(["read", "readline", "readlines", "write", "writelines", "close", "getvalue", "seek", "tell", "flush"]);
  private closed = false;

  constructor(private readonly fs: ScriptFs, private readonly path: string | undefined, private readonly mode: string, private text: string, private pos = 0) {
    this.typeName = path === undefined ? "StringIO" : "TextIOWrapper";
  }

  attr(name: string): PyValue | undefined {
    if (name === "closed") return pyBool(this.closed);
    if (name === "name" && this.path !== undefined) return pyStr(this.path);
    if (name === "mode" && this.path !== undefined) return pyStr(this.mode);
    return undefined;
  }

  private open(at: SourceRange): void {
    if (this.closed) throw new PyException("ValueError", "I/O operation on closed file.", at);
  }

  private readable(at: SourceRange): void {
    this.open(at);
    if (this.path !== undefined && !this.mode.startsWith("r") && !this.mode.includes("+")) throw new PyException("UnsupportedOperation", "not readable", at);
  }

  private lines(at: SourceRange): string[] {
    this.readable(at);
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  }

  call(name: string, args: readonly PyValue[], _kwargs: ReadonlyMap<string, PyValue>, at: SourceRange): PyValue {
    switch (name) {
      case "read": {
        this.readable(at);
        const n = args[0] && args[0].k === "int" && args[0].v >= 0n ? Number(args[0].v) : Infinity;
        const out = this.text.slice(this.pos, this.pos + n);
        this.pos += out.length;
        return pyStr(out);
      }
      case "readline": {
        this.readable(at);
        const nl = this.text.indexOf("\n", this.pos);
        const end = nl < 0 ? this.text.length : nl + 1;
        const out = this.text.slice(this.pos, end);
        this.pos = end;
        return pyStr(out);
      }
      case "readlines": return { k: "list", items: this.lines(at).map(pyStr) };
      case "write": case "writelines": {
        this.open(at);
        if (this.path !== undefined && this.mode.startsWith("r") && !this.mode.includes("+")) throw new PyException("UnsupportedOperation", "not writable", at);
        const v = args[0];
        const parts = name === "write" ? [v] : v && (v.k === "list" || v.k === "tuple") ? v.items : [v];
        let written = "";
        for (const p of parts) {
          if (!p || p.k !== "str") throw new PyException("TypeError", `${name}() argument must be str, not ${p ? describe(p) : "nothing"}`, at);
          written += p.v;
        }
        this.text = this.text.slice(0, this.pos) + written + this.text.slice(this.pos + written.length);
        this.pos += written.length;
        if (this.path !== undefined) this.fs.write(this.path, this.text, at);
        return name === "write" ? { k: "int", v: BigInt(written.length) } : NONE;
      }
      case "getvalue":
        if (this.path !== undefined) throw new PyException("AttributeError", "'TextIOWrapper' object has no attribute 'getvalue'", at);
        this.open(at);
        return pyStr(this.text);
      case "seek": {
        this.open(at);
        const p = args[0];
        this.pos = p && p.k === "int" ? Math.max(0, Math.min(this.text.length, Number(p.v))) : 0;
        return { k: "int", v: BigInt(this.pos) };
      }
      case "tell": this.open(at); return { k: "int", v: BigInt(this.pos) };
      case "flush": this.open(at); return NONE;
      case "close": this.closed = true; return NONE;
      default: throw new PyException("AttributeError", `'${this.typeName}' object has no attribute '${name}'`, at);
    }
  }

  enter(at: SourceRange): PyValue {
    this.open(at);
    return { k: "native", o: this };
  }

  exit(): void {
    this.closed = true;
  }

  iterate(at: SourceRange): PyValue[] {
    return this.lines(at).map(pyStr);
  }
}
