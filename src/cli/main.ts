/** The Node host of the compiler API: `allo-studio check|ir|run|export|report|arch`. */
export async function main(argv: string[]): Promise<number> {
  console.error(`allo-studio: unknown command '${argv[0] ?? ""}'`);
  return 1;
}
