/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { examplesManifest } from "./scripts/examples-manifest.ts";
import { precompress } from "./scripts/precompress.ts";

const MONACO = /node_modules[\\/]monaco-editor[\\/]/;

/**
 * The studio UI (src/app/Studio.tsx, with Monaco) is a dynamic import so the page frame paints first;
 * this starts downloading (and parsing, off the main thread) that chunk and everything it imports
 * while the HTML is parsed, instead of after the entry chunk has run. Its CSS is preloaded without
 * blocking the first paint.
 */
function preloadStudio(): Plugin {
  return {
    name: "allo:preload-studio",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const studio = Object.values(bundle).find((c) => c.type === "chunk" && c.facadeModuleId?.replace(/\\/g, "/").endsWith("/src/app/Studio.tsx"));
        if (!studio || studio.type !== "chunk") return html;
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (file: string) => {
          const c = bundle[file];
          if (!c || c.type !== "chunk" || js.has(file)) return;
          js.add(file);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          c.imports.forEach(visit);
        };
        visit(studio.fileName);
        // Largest first: the Monaco chunks are the critical path.
        const files = [...js].filter((f) => !html.includes(f)).sort((a, b) => (bundle[b] as { code: string }).code.length - (bundle[a] as { code: string }).code.length);
        return [
          ...files.map((f) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `/${f}` }, injectTo: "head" as const })),
          ...[...css].filter((f) => !html.includes(f)).map((f) => ({ tag: "link", attrs: { rel: "preload", as: "style", crossorigin: true, href: `/${f}` }, injectTo: "head" as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), examplesManifest(), preloadStudio(), precompress()],
  worker: { format: "es" },
  build: {
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Monaco in three chunks of similar size: the browser parses them in parallel off the main thread.
          groups: [
            // Vite's preload helper is shared by the entry and Monaco: keep it out of the Monaco chunks.
            { name: "preload-helper", test: /vite\/preload-helper/ },
            { name: "monaco-base", test: /node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/](base|platform|nls)/ },
            { name: "monaco-common", test: /node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]common/ },
            { name: "monaco", test: MONACO },
          ],
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
