/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { examplesManifest } from "./scripts/examples-manifest.ts";

export default defineConfig({
  plugins: [react(), examplesManifest()],
  worker: { format: "es" },
  build: {
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: "monaco", test: /node_modules[\\/]monaco-editor/ }],
        },
      },
    },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
