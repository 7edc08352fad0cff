import { describe, expect, it } from "vitest";
import { joinPath, ScriptFs, splitPath } from "./script-fs";
import { PyException } from "./pyexc";

const at = { from: 0, to: 0 };

describe("the script's file system", () => {
  it("resolves relative paths from /project and normalizes . and ..", () => {
    const fs = new ScriptFs(1000);
    expect(fs.resolve("a/./b/../c.txt")).toBe("/project/a/c.txt");
    expect(fs.resolve("/tmp//x/")).toBe("/tmp/x");
  });

  it("joins and splits as POSIX os.path does", () => {
    expect(joinPath(["a", "b", "c.txt"])).toBe("a/b/c.txt");
    expect(joinPath(["a/", "/abs", "x"])).toBe("/abs/x");
    expect(splitPath("/a/b/c.txt")).toEqual(["/a/b", "c.txt"]);
    expect(splitPath("/c.txt")).toEqual(["/", "c.txt"]);
  });

  it("fills a provided folder only when someone looks inside, and removes trees", () => {
    const fs = new ScriptFs(1000);
    let calls = 0;
    const d = fs.mkdtemp();
    fs.provide(`${d}/prj`, () => { calls++; return { "kernel.cpp": "void k();", "data/in.dat": "1\n" }; }, at);
    expect(calls).toBe(0);
    expect(fs.list(`${d}/prj`, at)).toEqual(["data", "kernel.cpp"]);
    expect(fs.read(`${d}/prj/data/in.dat`, at)).toBe("1\n");
    expect(calls).toBe(1);
    fs.removeTree(d);
    expect(fs.exists(`${d}/prj/kernel.cpp`)).toBe(false);
  });

  it("raises Python's errors and keeps to its size limit", () => {
    const fs = new ScriptFs(10);
    expect(() => fs.read("missing.txt", at)).toThrow(PyException);
    expect(() => fs.write("nodir/x.txt", "a", at)).toThrow(/No such file or directory/);
    fs.write("x.txt", "0123456789", at);
    expect(() => fs.write("y.txt", "a", at)).toThrow(/No space left on device/);
    fs.write("x.txt", "", at);
    fs.write("y.txt", "a", at);
  });
});
