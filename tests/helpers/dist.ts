/**
 * Access to the production build in dist/ for the build tests (tests/build/).
 *
 * The build tests never build: they read what `npm run build` produced. Call
 * `requireProductionDist()` in a `before` hook so that a missing or development build
 * fails the suite with a clear message instead of skipping it.
 */
import * as fs from "fs";
import * as path from "path";
import { URL_DEV, URL_PROD } from "../../scripts/deployment";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DIST_DIR = path.join(REPO_ROOT, "dist");

/** Absolute path of a file in dist/, given its path relative to dist/ (with "/"). */
export function distPath(relative: string): string {
  return path.join(DIST_DIR, ...relative.split("/"));
}

/** Throws "... run npm run build first" unless dist/ holds a production build. */
export function requireProductionDist(): void {
  const required = [
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "manifest.xml",
  ];
  if (!fs.existsSync(DIST_DIR)) {
    throw new Error("dist/ is missing: run npm run build first");
  }
  const missing = required.filter((file) => !fs.existsSync(distPath(file)));
  if (missing.length > 0) {
    throw new Error(`dist/ is incomplete (missing ${missing.join(", ")}): run npm run build first`);
  }
  const manifest = fs.readFileSync(distPath("manifest.xml"), "utf8");
  if (manifest.includes(URL_DEV) || !manifest.includes(URL_PROD)) {
    throw new Error(
      "dist/ is not a production build (dist/manifest.xml has development URLs): run npm run build first"
    );
  }
}

/** Reads a text file from dist/, failing with the "run npm run build first" hint. */
export function readDist(relative: string): string {
  const file = distPath(relative);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${relative} is missing: run npm run build first`);
  }
  return fs.readFileSync(file, "utf8");
}

/** All files below a directory, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string, prefix: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(current, entry.name), rel);
      else out.push(rel);
    }
  };
  walk(dir, "");
  return out.sort();
}

/** Width and height of a PNG file, read from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    data.length < 24 ||
    !data.subarray(0, 8).equals(signature) ||
    data.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
