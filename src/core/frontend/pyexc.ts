/**
 * Python exceptions of the script interpreter: `raise`, failed `assert`s, numpy's errors and the
 * interpreter's own user errors seen as the exception Python would raise, with the call frames
 * they passed through (for the traceback a failed script prints).
 */
import type { SourceRange } from "../diagnostics";
import { UserError } from "../diagnostics";

/** A frame of the traceback: the call site and the function it was in ("<module>" at top level). */
export interface TraceFrame {
  readonly range: SourceRange;
  readonly func: string;
}

export class PyException {
  readonly frames: TraceFrame[] = [];
  constructor(
    readonly type: string,
    readonly message: string,
    readonly range: SourceRange,
    /** Diagnostics behind a compile error raised as an exception (allo.customize of a bad kernel). */
    readonly diagnostics?: readonly { readonly code: string; readonly message: string; readonly range: SourceRange }[],
  ) {}
}

/** Python's exception hierarchy, as far as scripts catch it: child → parent. */
const PARENT: Record<string, string> = {
  ZeroDivisionError: "ArithmeticError", OverflowError: "ArithmeticError", ArithmeticError: "Exception",
  IndexError: "LookupError", KeyError: "LookupError", LookupError: "Exception",
  AxisError: "ValueError", ValueError: "Exception", TypeError: "Exception", NameError: "Exception",
  AttributeError: "Exception", AssertionError: "Exception", RuntimeError: "Exception", NotImplementedError: "RuntimeError",
  MemoryError: "Exception", SyntaxError: "Exception", ImportError: "Exception", ModuleNotFoundError: "ImportError",
  RecursionError: "RuntimeError", StopIteration: "Exception", Exception: "BaseException",
  SystemExit: "BaseException",
  OSError: "Exception", FileNotFoundError: "OSError", FileExistsError: "OSError", IsADirectoryError: "OSError",
  NotADirectoryError: "OSError", PermissionError: "OSError", UnsupportedOperation: "OSError",
  // An Allo compile error: Allo itself raises several types for these (AssertionError, RuntimeError,
  // TypeError..., and SystemExit when it prints a located error and exits); `except`/`pytest.raises`
  // of any of those types catch it (see `matches`).
  AlloCompileError: "Exception",
};

export const EXCEPTION_TYPES: ReadonlySet<string> = new Set([...Object.keys(PARENT), "BaseException"]);

/** Whether an exception of `type` is caught by `except expected`. */
export function matches(type: string, expected: string): boolean {
  if (type === "AlloCompileError" && expected !== "BaseException" && EXCEPTION_TYPES.has(expected)) return true;
  for (let t: string | undefined = type; t; t = PARENT[t]) if (t === expected) return true;
  return expected === "BaseException";
}

const USER_ERROR_TYPES: Record<string, string> = {
  "E-zero-div": "ZeroDivisionError", "E-index": "IndexError", "E-key": "KeyError", "E-name": "NameError",
  "E-attr": "AttributeError", "E-call": "TypeError", "E-operand": "TypeError", "E-unpack": "ValueError",
  "E-iterate": "TypeError", "E-subscript": "TypeError", "E-recursion": "RecursionError", "E-import": "ImportError",
  "E-memory": "ValueError",
};

/** The exception a user error of the interpreter stands for (TypeError for a bad call, ...). */
export function fromUserError(e: UserError): PyException {
  return new PyException(USER_ERROR_TYPES[e.code] ?? "AlloCompileError", e.message, e.range, [{ code: e.code, message: e.message, range: e.range }]);
}
