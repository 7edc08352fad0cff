import { describe, expect, it } from "vitest";
import { applyChange, defaultDocument, parseDocument, DOCUMENT_VERSION, MIGRATIONS, type Migration } from "./document";
import { decodeShareFragment, encodeShareFragment, hasShareFragment } from "./shareLink";
import { initialDocument } from "./studioController";

describe("the studio document", () => {
  it("validates a stored document and fills defaults for missing layout", () => {
    const parsed = parseDocument({ version: 1, source: "x = 1" });
    expect(parsed.ok && parsed.value.panes.editor).toBeGreaterThan(0);
    expect(parsed.ok && parsed.value.theme).toBe("light");
  });

  it("rejects values that are not documents, without throwing", () => {
    expect(parseDocument(null).ok).toBe(false);
    expect(parseDocument({ source: "x" }).ok).toBe(false);
    expect(parseDocument({ version: 1 }).ok).toBe(false);
    expect(parseDocument({ version: DOCUMENT_VERSION + 1, source: "" }).ok).toBe(false);
  });

  it("migrates older versions step by step", () => {
    const renameText: Migration[] = [{ from: 0, up: ({ text, ...rest }) => ({ ...rest, version: 1, source: text }) }, ...MIGRATIONS];
    const parsed = parseDocument({ version: 0, text: "x = 1" }, renameText);
    expect(parsed.ok && parsed.value.source).toBe("x = 1");
    expect(parseDocument({ version: 0, text: "x = 1" }).ok).toBe(false);
  });

  it("migrates a version 1 document (no selected step) to the current version", () => {
    const parsed = parseDocument({ version: 1, source: "x = 1", example: "gemm.py", theme: "dark" });
    expect(parsed).toEqual({ ok: true, value: { ...defaultDocument("dark"), source: "x = 1", example: "gemm.py" } });
    expect(parsed.ok && parsed.value.version).toBe(DOCUMENT_VERSION);
    expect(parsed.ok && parsed.value.selectedStep).toBe(null);
  });

  it("keeps the selected schedule step and drops invalid ones", () => {
    const ok = parseDocument({ ...defaultDocument(), selectedStep: 3 });
    expect(ok.ok && ok.value.selectedStep).toBe(3);
    for (const bad of [-1, 1.5, "2", {}]) {
      const p = parseDocument({ ...defaultDocument(), selectedStep: bad });
      expect(p.ok && p.value.selectedStep).toBe(null);
    }
    const doc = defaultDocument();
    expect(applyChange(doc, { kind: "selectStep", step: null })).toBe(doc);
    expect(applyChange(doc, { kind: "selectStep", step: 2 }).selectedStep).toBe(2);
  });

  it("clamps pane sizes and drops unsafe example names", () => {
    const parsed = parseDocument({ version: 1, source: "", panes: { editor: 5 }, example: "../x.py" });
    expect(parsed.ok && parsed.value.panes.editor).toBe(0.9);
    expect(parsed.ok && parsed.value.example).toBe(null);
  });

  it("returns the same document when a change changes nothing", () => {
    const doc = defaultDocument();
    expect(applyChange(doc, { kind: "edit", source: doc.source })).toBe(doc);
    expect(applyChange(doc, { kind: "setTheme", theme: "light" })).toBe(doc);
    expect(applyChange(doc, { kind: "setTheme", theme: "dark" }).theme).toBe("dark");
  });

  it("forgets the example a text came from once all of it is replaced, not on an ordinary edit", () => {
    const opened = applyChange(defaultDocument(), { kind: "openExample", file: "gemm.py", source: "a = 1\n" });
    expect(applyChange(opened, { kind: "edit", source: "a = 2\n" }).example).toBe("gemm.py");
    expect(applyChange(opened, { kind: "edit", source: "b = 1\n", replacedAll: true }).example).toBeNull();
  });
});

describe("share links", () => {
  it("round-trip a document through the URL fragment", () => {
    const doc = { ...defaultDocument("dark"), source: "# hello\n".repeat(50), example: "gemm.py", selectedStep: 2 };
    const frag = encodeShareFragment(doc);
    expect(hasShareFragment(`#${frag}`)).toBe(true);
    expect(frag.startsWith("share=1.z.")).toBe(true);
    expect(frag).toMatch(/^[\w=.-]+$/);
    expect(decodeShareFragment(`#${frag}`)).toEqual({ ok: true, value: doc });
  });

  it("store short documents uncompressed when deflate does not pay off", () => {
    const doc = { ...defaultDocument(), source: "" };
    const frag = encodeShareFragment(doc);
    expect(decodeShareFragment(frag)).toEqual({ ok: true, value: doc });
  });

  it("report damaged links instead of throwing", () => {
    expect(decodeShareFragment("#share=1.z.!!!").ok).toBe(false);
    expect(decodeShareFragment("#share=9.z.abc").ok).toBe(false);
    expect(decodeShareFragment("#other").ok).toBe(false);
  });

  it("ask before a shared document replaces different autosaved work", () => {
    const mine = { ...defaultDocument(), source: "mine" };
    const theirs = { ...defaultDocument(), source: "theirs" };
    expect(initialDocument(mine, { ok: true, value: theirs }, defaultDocument()).pendingShare).toEqual(theirs);
    expect(initialDocument(undefined, { ok: true, value: theirs }, defaultDocument()).doc).toEqual(theirs);
    expect(initialDocument(theirs, { ok: true, value: theirs }, defaultDocument()).pendingShare).toBe(null);
  });
});
