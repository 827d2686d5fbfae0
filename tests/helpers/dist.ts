/**
 * Access to the production builds for the build tests (tests/build/):
 *   - dist/: `npm run build`, office.js from Microsoft's CDN;
 *   - dist-local/: the same with a local copy of office.js, which `npm test` builds
 *     (scripts/test.js; by hand: `npm run build:local-officejs -- --output-path dist-local`).
 *
 * The build tests never build: they read what the build produced. Call
 * `requireProductionDist()` (or `requireLocalOfficeJsDist()`) in a `before` hook so that a
 * missing or development build fails the suite with a clear message instead of skipping it.
 */
import * as fs from "fs";
import * as path from "path";
import { URL_DEV, URL_PROD } from "../../scripts/deployment";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DIST_DIR = path.join(REPO_ROOT, "dist");
export const DIST_LOCAL_DIR = path.join(REPO_ROOT, "dist-local");

/** How to make each build folder, for the error messages. */
function buildHint(dir: string): string {
  return dir === DIST_LOCAL_DIR
    ? "run npm test, or npm run build:local-officejs -- --output-path dist-local"
    : "run npm run build first";
}

/** Absolute path of a file in dist/ (or `dir`), given its path relative to it (with "/"). */
export function distPath(relative: string, dir: string = DIST_DIR): string {
  return path.join(dir, ...relative.split("/"));
}

function requireProductionBuild(dir: string): void {
  const name = `${path.basename(dir)}/`;
  const hint = buildHint(dir);
  const required = [
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "manifest.xml",
  ];
  if (!fs.existsSync(dir)) {
    throw new Error(`${name} is missing: ${hint}`);
  }
  const missing = required.filter((file) => !fs.existsSync(distPath(file, dir)));
  if (missing.length > 0) {
    throw new Error(`${name} is incomplete (missing ${missing.join(", ")}): ${hint}`);
  }
  const manifest = fs.readFileSync(distPath("manifest.xml", dir), "utf8");
  if (manifest.includes(URL_DEV) || !manifest.includes(URL_PROD)) {
    throw new Error(
      `${name} is not a production build (${name}manifest.xml has development URLs): ${hint}`
    );
  }
}

/**
 * Throws "... run npm run build first" unless dist/ holds a production build that loads
 * office.js from the CDN (not the local-copy build).
 */
export function requireProductionDist(): void {
  requireProductionBuild(DIST_DIR);
  if (fs.existsSync(distPath("office-js"))) {
    throw new Error(
      "dist/ holds the build with a local copy of office.js (dist/office-js/): run npm run build first"
    );
  }
}

/** Throws unless dist-local/ holds a production build with a local copy of office.js. */
export function requireLocalOfficeJsDist(): void {
  requireProductionBuild(DIST_LOCAL_DIR);
  if (!fs.existsSync(distPath("office-js/office.js", DIST_LOCAL_DIR))) {
    throw new Error(
      `dist-local/ has no office-js/office.js (not the local-copy build): ${buildHint(DIST_LOCAL_DIR)}`
    );
  }
}

/** Reads a text file from dist/ (or `dir`), failing with the hint how to build it. */
export function readDist(relative: string, dir: string = DIST_DIR): string {
  const file = distPath(relative, dir);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.basename(dir)}/${relative} is missing: ${buildHint(dir)}`);
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
