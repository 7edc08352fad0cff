/**
 * One escaping function per output language (issue: hostile input). Every user-derived string (names,
 * template ids, file names, option values) that reaches generated C++, MLIR, Tcl, Makefiles, JSON, XML/SVG,
 * Markdown, file names or a terminal goes through one of these.
 */
export { cppComment, cppIdentifier, cppString } from "./cpp";
export { mlirString, mlirSymbol, mlirValueId } from "./mlir";
export { tclComment, tclWord } from "./tcl";
export { makeComment, makeWord } from "./make";
export { jsonString } from "./json";
export { xmlAttr, xmlText } from "./xml";
export { archivePath, fileNameComponent } from "./filename";
export { terminalText } from "./terminal";
export { markdownInline } from "./markdown";
