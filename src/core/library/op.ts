/** One operator of the NN library: an Allo template kernel and the schedule Allo pairs with it. */
export interface LibraryOp {
  /** The template kernel's name, as in Allo (`linear2d`, `GeLU`, ...). */
  readonly kernel: string;
  /** The schedule function registered for it (Allo's `KERNEL2SCHEDULE`), if it has one. */
  readonly schedule?: string;
  /** Allo source text of the kernel (and of its schedule function), in the project's dialect. */
  readonly source: string;
}
