/** Placeholder studio shell: the full studio (editor, diagram, IR, simulation panes) is built on top of it. */
export function App() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
      <h1>Allo Studio</h1>
      <p>Design hardware accelerators the Allo way, in the browser. The studio panes are under construction;
        the compiler runs today from the command line: <code>npx allo-studio run public/examples/gemm.py</code>.</p>
    </main>
  );
}
