/**
 * Importing an ONNX model as the design: a button in the top bar, and dropping an .onnx file
 * anywhere on the studio. The worker turns the model into a design file of NN library calls.
 */
import { useEffect } from "react";
import { useCommands } from "../store/hooks";

const isOnnx = (f: File) => f.name.toLowerCase().endsWith(".onnx");

export function ImportModel() {
  const commands = useCommands();
  const open = async (file: File | undefined) => {
    if (file) await commands.importOnnx(file.name, new Uint8Array(await file.arrayBuffer()));
  };
  useEffect(() => {
    // Only .onnx files are taken; other drops (.npy inputs, csynth.xml) stay with their own targets.
    const over = (e: DragEvent) => {
      if ([...(e.dataTransfer?.items ?? [])].some((i) => i.kind === "file")) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (e.defaultPrevented) return;
      const file = [...(e.dataTransfer?.files ?? [])].find(isOnnx);
      if (!file) return;
      e.preventDefault();
      void file.arrayBuffer().then((b) => commands.importOnnx(file.name, new Uint8Array(b)));
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [commands]);
  return (
    <label className="btn file-button" title="Import an ONNX model as a design of NN library calls (or drop the .onnx file on the studio)">
      Import ONNX…
      <input type="file" accept=".onnx" aria-label="Import ONNX model" onChange={(e) => { void open(e.target.files?.[0]); e.target.value = ""; }} />
    </label>
  );
}
