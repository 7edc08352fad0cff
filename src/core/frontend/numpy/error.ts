/** A Python exception raised by numpy (`ValueError`, `IndexError`, `TypeError`, `AssertionError`). */
export class NumpyError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
  }
}
