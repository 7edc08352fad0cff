/**
 * The Python AST our frontend works on: the subset of Python's `ast` module that Allo design files use,
 * with the same node names and fields, every node carrying its source range. Constructs the kernel
 * language or the script interpreter reject (class, lambda, comprehensions, ...) still parse into
 * `Unsupported` nodes so the diagnostic can name them at their range.
 */
import type { SourceRange } from "../diagnostics";

interface NodeBase {
  readonly range: SourceRange;
}

// ---------------------------------------------------------------- expressions
export type Expr =
  | Name | IntLit | FloatLit | StrLit | BoolLit | NoneLit | EllipsisLit
  | BinOp | UnaryOp | BoolOp | Compare | Call | Attribute | Subscript | Slice
  | Tuple | List | Dict | IfExp | JoinedStr | ListComp | Starred | ErrorExpr | UnsupportedExpr;

export type BinOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "&" | "|" | "^" | "@";
export type UnaryOperator = "-" | "+" | "~" | "not";
export type CmpOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "is" | "is not";

export interface Name extends NodeBase { readonly kind: "Name"; readonly id: string }
/** Integer literal (decimal, hex, octal, binary, with `_` separators), exact. */
export interface IntLit extends NodeBase { readonly kind: "Int"; readonly value: bigint }
export interface FloatLit extends NodeBase { readonly kind: "Float"; readonly value: number }
/** String literal with escapes resolved (adjacent literals concatenated; f-strings are Unsupported). */
export interface StrLit extends NodeBase { readonly kind: "Str"; readonly value: string }
export interface BoolLit extends NodeBase { readonly kind: "Bool"; readonly value: boolean }
export interface NoneLit extends NodeBase { readonly kind: "None" }
export interface EllipsisLit extends NodeBase { readonly kind: "Ellipsis" }
export interface BinOp extends NodeBase { readonly kind: "BinOp"; readonly op: BinOperator; readonly left: Expr; readonly right: Expr; readonly opRange: SourceRange }
export interface UnaryOp extends NodeBase { readonly kind: "UnaryOp"; readonly op: UnaryOperator; readonly operand: Expr }
/** `a and b and c` is one BoolOp with three values (as in Python). */
export interface BoolOp extends NodeBase { readonly kind: "BoolOp"; readonly op: "and" | "or"; readonly values: readonly Expr[] }
/** `a < b < c` is one Compare with ops ["<","<"] and comparators [b, c]. */
export interface Compare extends NodeBase { readonly kind: "Compare"; readonly left: Expr; readonly ops: readonly CmpOperator[]; readonly comparators: readonly Expr[] }
export interface Keyword extends NodeBase { readonly name: string; readonly value: Expr }
export interface Call extends NodeBase { readonly kind: "Call"; readonly func: Expr; readonly args: readonly Expr[]; readonly keywords: readonly Keyword[] }
export interface Attribute extends NodeBase { readonly kind: "Attribute"; readonly value: Expr; readonly attr: string; readonly attrRange: SourceRange }
/** `a[i]` has index `i`; `a[i, j]` has a Tuple index; slices appear as Slice nodes inside. */
export interface Subscript extends NodeBase { readonly kind: "Subscript"; readonly value: Expr; readonly index: Expr }
export interface Slice extends NodeBase { readonly kind: "Slice"; readonly lower?: Expr; readonly upper?: Expr; readonly step?: Expr }
/** `(a, b)`; also a set display `{a, b}` (`set` true), which kernels read like a tuple (`i in {0, N}`). */
export interface Tuple extends NodeBase { readonly kind: "Tuple"; readonly elts: readonly Expr[]; readonly set?: true }
export interface List extends NodeBase { readonly kind: "List"; readonly elts: readonly Expr[] }
export interface Dict extends NodeBase { readonly kind: "Dict"; readonly keys: readonly Expr[]; readonly values: readonly Expr[] }
export interface IfExp extends NodeBase { readonly kind: "IfExp"; readonly test: Expr; readonly body: Expr; readonly orelse: Expr }
/** An f-string: literal text and `{value!conversion:spec}` fields (a spec with nested fields is kept as text). */
export interface JoinedStr extends NodeBase { readonly kind: "JoinedStr"; readonly parts: readonly (string | FormattedValue)[] }
export interface FormattedValue { readonly value: Expr; readonly conversion?: string; readonly spec?: string }
/** `[elt for target in iter if cond ...]` (the script interpreter runs it; kernels reject it). */
/**
 * `[x for ...]`; a set comprehension `{x for ...}`, a generator expression `(x for ...)` (run eagerly,
 * as a list), or a dict comprehension `{key: elt for ...}` (form "dict" with its `key`).
 */
export interface ListComp extends NodeBase { readonly kind: "ListComp"; readonly elt: Expr; readonly generators: readonly Comprehension[]; readonly form?: "set" | "generator" | "dict"; readonly key?: Expr }
export interface Comprehension { readonly target: Expr; readonly iter: Expr; readonly ifs: readonly Expr[] }
/** `*xs` as a call argument: the items of an iterable, spread (the script interpreter only). */
export interface Starred extends NodeBase { readonly kind: "Starred"; readonly value: Expr }
/** Placeholder where the source did not parse (a syntax diagnostic was already reported). */
export interface ErrorExpr extends NodeBase { readonly kind: "ErrorExpr" }
/** Valid Python we do not support, named for the diagnostic: "lambda", "list comprehension", "f-string", "await", "starred expression", "set", ... */
export interface UnsupportedExpr extends NodeBase { readonly kind: "UnsupportedExpr"; readonly what: string }

// ---------------------------------------------------------------- statements
export type Stmt =
  | FunctionDef | ClassDef | Return | Assign | AugAssign | AnnAssign | For | While | If | With | ExprStmt
  | Pass | Break | Continue | Import | ImportFrom | Global | Assert | Raise | Try | ErrorStmt | UnsupportedStmt;

export interface TypeParam extends NodeBase { readonly name: string; readonly bound?: Expr }
export interface Arg extends NodeBase { readonly name: string; readonly annotation?: Expr; readonly default?: Expr }
export interface FunctionDef extends NodeBase {
  readonly kind: "FunctionDef";
  readonly name: string;
  readonly nameRange: SourceRange;
  readonly typeParams: readonly TypeParam[];
  readonly args: readonly Arg[];
  readonly returns?: Expr;
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
}
/** `class Name(Base):` with its body (methods and class attributes); run by the script interpreter only. */
export interface ClassDef extends NodeBase {
  readonly kind: "ClassDef";
  readonly name: string;
  readonly nameRange: SourceRange;
  readonly bases: readonly Expr[];
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
}
export interface Return extends NodeBase { readonly kind: "Return"; readonly value?: Expr }
/** `a = b = c` has two targets. */
export interface Assign extends NodeBase { readonly kind: "Assign"; readonly targets: readonly Expr[]; readonly value: Expr }
export interface AugAssign extends NodeBase { readonly kind: "AugAssign"; readonly target: Expr; readonly op: BinOperator; readonly value: Expr }
export interface AnnAssign extends NodeBase { readonly kind: "AnnAssign"; readonly target: Expr; readonly annotation: Expr; readonly value?: Expr }
export interface For extends NodeBase { readonly kind: "For"; readonly target: Expr; readonly iter: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
export interface While extends NodeBase { readonly kind: "While"; readonly test: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
/** `elif` chains are nested If nodes in orelse, as in Python. */
export interface If extends NodeBase { readonly kind: "If"; readonly test: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
export interface WithItem extends NodeBase { readonly context: Expr; readonly vars?: Expr }
export interface With extends NodeBase { readonly kind: "With"; readonly items: readonly WithItem[]; readonly body: readonly Stmt[] }
export interface ExprStmt extends NodeBase { readonly kind: "Expr"; readonly value: Expr }
export interface Pass extends NodeBase { readonly kind: "Pass" }
export interface Break extends NodeBase { readonly kind: "Break" }
export interface Continue extends NodeBase { readonly kind: "Continue" }
export interface Alias extends NodeBase { readonly name: string; readonly asname?: string }
/** `import a.b as c, d` */
export interface Import extends NodeBase { readonly kind: "Import"; readonly names: readonly Alias[] }
/** `from a.b import c as d, e` (`*` is an Alias named "*") */
export interface ImportFrom extends NodeBase { readonly kind: "ImportFrom"; readonly module: string; readonly names: readonly Alias[] }
export interface Global extends NodeBase { readonly kind: "Global"; readonly names: readonly string[] }
/** `assert test, msg` */
export interface Assert extends NodeBase { readonly kind: "Assert"; readonly test: Expr; readonly msg?: Expr }
/** `raise exc from cause` (a bare `raise` re-raises the exception being handled). */
export interface Raise extends NodeBase { readonly kind: "Raise"; readonly exc?: Expr; readonly cause?: Expr }
export interface ExceptHandler extends NodeBase { readonly type?: Expr; readonly name?: string; readonly body: readonly Stmt[] }
export interface Try extends NodeBase { readonly kind: "Try"; readonly body: readonly Stmt[]; readonly handlers: readonly ExceptHandler[]; readonly orelse: readonly Stmt[]; readonly finalbody: readonly Stmt[] }
export interface ErrorStmt extends NodeBase { readonly kind: "ErrorStmt" }
/** Valid Python we do not support: "class", "try", "lambda", "del", "assert", "raise", "async", "match", "nonlocal", ... */
export interface UnsupportedStmt extends NodeBase { readonly kind: "UnsupportedStmt"; readonly what: string }

export interface Module {
  readonly body: readonly Stmt[];
}
