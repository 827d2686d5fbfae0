/**
 * A stand-in for Microsoft's Office CDN (https://appsforoffice.microsoft.com), so that the
 * production build, which loads office.js from there, can be tested offline.
 *
 *   const cdn = await startFakeOfficeCdn();
 *   // launch Chromium with cdn.chromiumArgs (launchChromium in ./browser does this)
 *   ...
 *   await cdn.close();
 *
 * How: a real HTTPS server on 127.0.0.1 (a random port) answers for the CDN's host name.
 * Chromium is started with
 *   --host-resolver-rules="MAP appsforoffice.microsoft.com 127.0.0.1:<port>"
 * so that https://appsforoffice.microsoft.com/... reaches it, over TLS, with the URL, origin
 * and Content-Security-Policy checks of the real thing; and with
 *   --ignore-certificate-errors-spki-list=<sha-256 of the server's public key>
 * so that Chromium accepts that one self-signed certificate, made afresh for each server
 * with the `selfsigned` package, and no other (narrower than --ignore-certificate-errors).
 * Nothing else is mapped: every other host name still fails to resolve offline.
 *
 * What it serves: /lib/1/hosted/<path> from the @microsoft/office-js npm package's dist/
 * folder, the same release of the files. Path segments are matched without regard to case,
 * as the CDN does for the error page office.js requests as AgaveErrorUX/AgaveErrorUX.js, which
 * the npm package holds as agaveerrorux/agaveerrorux.js, and with
 * Access-Control-Allow-Origin: *, which office.js needs because it loads its files with
 * crossorigin="anonymous". Anything else is a 404.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as https from "https";
import type { AddressInfo } from "net";
import * as path from "path";
import { generate } from "selfsigned";
import { OFFICE_JS_CDN_BASE, OFFICE_JS_CDN_ORIGIN } from "../../scripts/office-js";

/** The npm package's dist/ folder, which the fake CDN serves. */
export const OFFICE_JS_PACKAGE_DIR = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

const CDN_HOST = new URL(OFFICE_JS_CDN_ORIGIN).hostname;
const CDN_PATH = new URL(OFFICE_JS_CDN_BASE).pathname; // "/lib/1/hosted/"

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

/** One request the fake CDN answered. */
export interface CdnRequest {
  /** Path and query as requested, e.g. "/lib/1/hosted/office.js". */
  path: string;
  status: number;
}

export interface FakeOfficeCdn {
  /** "https://appsforoffice.microsoft.com" */
  origin: string;
  /** The local port the CDN's host name is mapped to. */
  port: number;
  /** The Chromium flags that send the CDN's host name here and accept its certificate. */
  chromiumArgs: string[];
  /** Every request answered so far, in order (404s included). */
  requests: CdnRequest[];
  close(): Promise<void>;
}

/** Finds `relative` below `root`, each segment compared without regard to case. */
function resolveCaseInsensitive(root: string, relative: string): string | null {
  let current = root;
  for (const segment of relative.split("/")) {
    if (segment === "" || segment === "." || segment === "..") return null;
    let entries: string[];
    try {
      entries = fs.readdirSync(current);
    } catch {
      return null;
    }
    const match =
      entries.find((entry) => entry === segment) ??
      entries.find((entry) => entry.toLowerCase() === segment.toLowerCase());
    if (match === undefined) return null;
    current = path.join(current, match);
  }
  return fs.existsSync(current) && fs.statSync(current).isFile() ? current : null;
}

/** Starts the fake CDN. Close it when done. */
export async function startFakeOfficeCdn(): Promise<FakeOfficeCdn> {
  const now = Date.now();
  const pems = await generate([{ name: "commonName", value: CDN_HOST }], {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate: new Date(now - 24 * 3600 * 1000),
    notAfterDate: new Date(now + 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: CDN_HOST }] },
    ],
  });
  const spki = crypto.createPublicKey(pems.public).export({ type: "spki", format: "der" });
  const spkiHash = crypto.createHash("sha256").update(spki).digest("base64");

  const requests: CdnRequest[] = [];
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const rawPath = req.url ?? "/";
    const send = (status: number, body: Buffer | string, type: string): void => {
      requests.push({ path: rawPath, status });
      res.writeHead(status, {
        "Content-Type": type,
        "Content-Length": Buffer.byteLength(body),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        // office.js loads its other files with crossorigin="anonymous", so the CDN must
        // answer CORS requests (as it does); without this header Chromium refuses them.
        "Access-Control-Allow-Origin": "*",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(rawPath, OFFICE_JS_CDN_ORIGIN).pathname);
    } catch {
      send(400, "Bad Request", "text/plain; charset=utf-8");
      return;
    }
    const file =
      (req.method === "GET" || req.method === "HEAD") &&
      req.headers.host === CDN_HOST &&
      pathname.startsWith(CDN_PATH)
        ? resolveCaseInsensitive(OFFICE_JS_PACKAGE_DIR, pathname.slice(CDN_PATH.length))
        : null;
    if (file === null) {
      send(404, "Not Found", "text/plain; charset=utf-8");
      return;
    }
    send(
      200,
      fs.readFileSync(file),
      MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream"
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    origin: OFFICE_JS_CDN_ORIGIN,
    port,
    chromiumArgs: [
      `--host-resolver-rules=MAP ${CDN_HOST} 127.0.0.1:${port}`,
      `--ignore-certificate-errors-spki-list=${spkiHash}`,
    ],
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
