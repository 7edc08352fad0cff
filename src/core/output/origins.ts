/**
 * Where a printed output line came from, as the printers (MLIR, HLS C++) record it while they print:
 * the source range of the statement or function being printed, and for lines that spell a schedule
 * attribute (a pragma, an MLIR loop attribute) the key of that attribute, which `attrBlame` resolves to
 * the schedule call that set it. Keys name the IR object by function and user name, so they survive the
 * steps that rebuild loops and buffers.
 */
import type { SourceRange } from "../diagnostics";

export interface LineOrigin {
  /** The statement, declaration or function the line was printed for. */
  readonly range?: SourceRange;
  /** Schedule attributes the line spells (keys from the functions below). */
  readonly attrs?: readonly string[];
}

/** A loop attribute: `pipeline` (II and rewind), `unroll`, `dataflow`, `parallel`. */
export function loopAttrKey(func: string, loopName: string, attr: string): string {
  return `loop:${func}:${loopName}:${attr}`;
}

/** A buffer attribute: `partition`, `stream`, `memory`. */
export function bufferAttrKey(func: string, buffer: string, attr: string): string {
  return `buffer:${func}:${buffer}:${attr}`;
}

/** A function attribute: `dataflow`, `inline`. */
export function funcAttrKey(func: string, attr: string): string {
  return `func:${func}:${attr}`;
}
