/**
 * Helpers for browser tests of the built add-in (dist/, or dist-local/ for the build with a
 * local copy of office.js).
 *
 *   const server = await startStaticServer();            // serves dist/ with its CSP header
 *   const session = await launchChromium({ allowedOrigin: server.origin });
 *   await session.page.goto(server.url + "taskpane.html");
 *   ...
 *   assert.deepStrictEqual(session.foreignRequests, []);  // nothing left our origin
 *   await session.close();
 *   await server.close();
 *
 * The production build loads office.js from Microsoft's CDN. So that the tests run offline,
 * launchChromium starts a stand-in for the CDN (./office-cdn.ts: a local HTTPS server that
 * Chromium reaches under the CDN's own address, serving the @microsoft/office-js package),
 * unless told not to; requests to the CDN are then allowed, not foreign.
 *
 * Chromium is driven by playwright-core, and no browser is ever downloaded: launchChromium
 * uses the first of these that starts (chromiumCandidates(); the one used is named once in
 * the output, with the ones skipped and why):
 *   1. CHROMIUM_PATH, when set;
 *   2. Debian's /usr/bin/chromium (what .ci/run installs);
 *   3. an installed Google Chrome, then Microsoft Edge (playwright-core's channels);
 *   4. the Chromium that the devDependency @sparticuz/chromium ships inside its npm package
 *      (Linux x64), unpacked on first use into node_modules/.cache/verksam-chromium/.
 * VERKSAM_BROWSER_SKIP=system,chrome,msedge (ids: env, system, chrome, msedge, npm) leaves
 * candidates out, e.g. to run the suite as on a machine without them.
 */
import { requireProductionDist } from "./dist";
import * as fs from "fs";
import * as http from "http";
import { createRequire } from "module";
import type { AddressInfo } from "net";
import * as path from "path";
import { pipeline } from "stream/promises";
import * as zlib from "zlib";
import { chromium } from "playwright-core";
import type {
  Browser,
  BrowserContext,
  Frame,
  LaunchOptions as PlaywrightLaunchOptions,
  Page,
} from "playwright-core";
import { contentSecurityPolicy } from "../../scripts/deployment";
import type { OfficeJsSource } from "../../scripts/office-js";
import { FakeOfficeCdn, startFakeOfficeCdn } from "./office-cdn";
import type { ServedConfig } from "./server-config";

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");
/** Where `npm run build` writes the add-in. */
export const DIST_DIR = path.join(REPO_ROOT, "dist");
/** Where `npm test` writes the build with a local copy of office.js (scripts/test.js). */
export const DIST_LOCAL_DIR = path.join(REPO_ROOT, "dist-local");
/** Debian's Chromium, the second candidate (after CHROMIUM_PATH). */
export const SYSTEM_CHROMIUM_PATH = "/usr/bin/chromium";
/**
 * The exact Chromium flags the browser tests use, whichever candidate runs. @sparticuz/chromium's
 * own `args` (made for AWS Lambda) are not added: the suite runs its Chromium with these alone
 * (tests/browser/chromium.test.ts), and some of them would hide what the tests check
 * (--disable-web-security turns CORS and the same-origin policy off,
 * --allow-running-insecure-content, --disable-site-isolation-trials), others are Lambda's
 * needs (--single-process, --no-zygote, --in-process-gpu).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** One request the static server answered. */
export interface ServedRequest {
  method: string;
  /** Path and query, e.g. "/office-js/office.js". */
  path: string;
  status: number;
}

export interface StaticServer {
  /** Base URL with trailing slash, e.g. "http://127.0.0.1:41234/". */
  url: string;
  /** Origin without trailing slash, e.g. "http://127.0.0.1:41234". */
  origin: string;
  port: number;
  /** Every request served so far, in order (including 404s). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Directory to serve; default dist/. */
  root?: string;
  /** Port; default 0 (a random free port). */
  port?: number;
  /**
   * Which kind of build is served, for its Content-Security-Policy header
   * (scripts/deployment.js). Default: "local" if the root holds office-js/office.js, else "cdn".
   */
  officeJs?: OfficeJsSource;
  /** Extra or overriding response headers. */
  headers?: Record<string, string>;
  /**
   * Serve as a production web server configured by this (./server-config.ts: dist/web.config
   * or dist/staticwebapp.config.json as read): each file gets exactly the headers and the MIME
   * type it declares (a type it does not declare comes from the server's own table), and
   * nothing else: no Content-Security-Policy, nosniff or Cache-Control of the test server.
   * `headers` still applies on top.
   */
  served?: ServedConfig;
}

/** The kind of build in a directory: "local" if it holds its own office.js. */
export function officeJsSourceOf(root: string): OfficeJsSource {
  return fs.existsSync(path.join(root, "office-js", "office.js")) ? "local" : "cdn";
}

/**
 * Serves a directory (default dist/) over http on 127.0.0.1 with the build's
 * Content-Security-Policy header on every response. GET and HEAD only; "/" serves
 * taskpane.html; paths outside the root are refused. Fails if the directory is missing.
 */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? DIST_DIR);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(`${root} does not exist: run npm run build first`);
  }
  const baseHeaders: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options.officeJs ?? officeJsSourceOf(root)),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    ...options.headers,
  };
  const served = options.served;
  const requests: ServedRequest[] = [];

  const server = http.createServer((req, res) => {
    const method = req.method ?? "GET";
    const rawPath = req.url ?? "/";
    const send = (
      status: number,
      body: string | Buffer,
      type = "text/plain; charset=utf-8",
      file?: string
    ): void => {
      requests.push({ method, path: rawPath, status });
      const relative = file ? path.relative(root, file).split(path.sep).join("/") : undefined;
      const headers = served
        ? {
            ...(relative ? served.headersFor(relative) : served.everyResponse),
            ...options.headers,
          }
        : baseHeaders;
      res.writeHead(status, {
        ...headers,
        "Content-Type": (relative && served?.mimeTypeFor(relative)) || type,
        "Content-Length": Buffer.byteLength(body),
      });
      res.end(method === "HEAD" ? undefined : body);
    };
    if (method !== "GET" && method !== "HEAD") {
      send(405, "Method Not Allowed");
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(rawPath, "http://localhost").pathname);
    } catch {
      send(400, "Bad Request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "taskpane.html";
    const file = path.resolve(root, "." + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(403, "Forbidden");
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        send(404, "Not Found");
        return;
      }
      send(
        200,
        data,
        MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        file
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + "/",
    origin,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// ---- which Chromium (chromiumCandidates, selectChromium) ----

/** How playwright-core starts one candidate: its executable or channel, and its environment. */
export type CandidateLaunch = Pick<PlaywrightLaunchOptions, "executablePath" | "channel" | "env">;

/** One way to get a Chromium, tried in the order of chromiumCandidates(). */
export interface ChromiumCandidate {
  /** Short id, as VERKSAM_BROWSER_SKIP names it: env, system, chrome, msedge, npm. */
  id: string;
  /** What the output calls it. */
  name: string;
  /** How to start it; throws (with the reason) when it is not there. */
  launch(): CandidateLaunch | Promise<CandidateLaunch>;
}

/** The ids VERKSAM_BROWSER_SKIP may name. */
export const CHROMIUM_CANDIDATE_IDS = ["env", "system", "chrome", "msedge", "npm"] as const;

/** What to do when no candidate starts. */
export const INSTALL_A_CHROMIUM =
  "Install one: Debian or Ubuntu: sudo apt-get install chromium (as .ci/run does); or Google " +
  "Chrome or Microsoft Edge; or set CHROMIUM_PATH to a Chromium, Chrome or Edge executable. " +
  "On Linux x64, npm install brings @sparticuz/chromium (a devDependency), which needs no " +
  "download; if it does not start, its libraries or node_modules/.cache/ are the cause.";

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? "failed").trim();
}

/** The folder of the installed @sparticuz/chromium (its package.json), or null. */
function bundledChromiumPackage(): { dir: string; version: string } | null {
  let entry: string;
  try {
    entry = require.resolve("@sparticuz/chromium");
  } catch {
    return null;
  }
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
      name?: string;
      version?: string;
    };
    if (pkg.name === "@sparticuz/chromium") return { dir, version: pkg.version ?? "unknown" };
  }
  return null;
}

/** Where the bundled Chromium is unpacked: one folder per version, platform and architecture. */
export const BUNDLED_CHROMIUM_CACHE = path.join(
  path.resolve(__dirname, "..", ".."),
  "node_modules",
  ".cache",
  "verksam-chromium"
);

/**
 * Unpacks the Chromium of @sparticuz/chromium (bin/chromium.br: a headless shell build for
 * Linux x64) with its libraries (bin/al2023.tar.br: NSS, NSPR, expat, the only libraries it
 * needs beyond glibc) and its fonts (bin/fonts.tar.br), once, into its own folder below
 * `cacheRoot`. The package's own executablePath() would unpack into /tmp/chromium, shared
 * with any other user of the package whatever its version, and would use the libraries
 * only on AWS Lambda; a half-written file there (an interrupted first run) would be used
 * ever after. Here the files are written into a temporary folder that is renamed into place
 * when complete.
 */
export async function unpackBundledChromium(
  cacheRoot: string = BUNDLED_CHROMIUM_CACHE
): Promise<CandidateLaunch> {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(
      `ships Chromium for Linux x64 only (this is ${process.platform} ${process.arch})`
    );
  const pkg = bundledChromiumPackage();
  if (!pkg) throw new Error("not installed (npm install)");
  const dir = path.join(cacheRoot, `${pkg.version}-linux-x64`);
  const launch = (): CandidateLaunch => ({
    executablePath: path.join(dir, "chromium"),
    env: {
      ...process.env,
      LD_LIBRARY_PATH: [path.join(dir, "lib"), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(":"),
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
    },
  });
  if (fs.existsSync(path.join(dir, "chromium"))) return launch();
  const bin = path.join(pkg.dir, "bin");
  fs.mkdirSync(cacheRoot, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cacheRoot, `.unpacking-${pkg.version}-`));
  try {
    const tar = createRequire(path.join(pkg.dir, "package.json"))("tar-fs") as {
      extract(dir: string): NodeJS.WritableStream;
    };
    const brotli = (file: string): NodeJS.ReadableStream =>
      fs.createReadStream(path.join(bin, file)).pipe(zlib.createBrotliDecompress());
    await pipeline(
      brotli("chromium.br"),
      fs.createWriteStream(path.join(tmp, "chromium"), { mode: 0o755 })
    );
    await pipeline(brotli("al2023.tar.br"), tar.extract(tmp)); // lib/
    await pipeline(brotli("fonts.tar.br"), tar.extract(tmp)); // fonts/ (and a fonts.conf for /tmp)
    // The machine's fonts, if it has any, and the package's Open Sans.
    fs.writeFileSync(
      path.join(tmp, "fonts.conf"),
      [
        `<?xml version="1.0"?>`,
        `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
        `<fontconfig>`,
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
        `  <dir>${path.join(dir, "fonts")}</dir>`,
        `  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>`,
        `</fontconfig>`,
        ``,
      ].join("\n")
    );
    try {
      fs.renameSync(tmp, dir);
    } catch (error) {
      // Another process unpacked it first: use that one.
      if (!fs.existsSync(path.join(dir, "chromium"))) throw error;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return launch();
}

/** The candidates, in the order they are tried (see the top of this file). */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): ChromiumCandidate[] {
  const executable = (file: string): CandidateLaunch => {
    if (!fs.existsSync(file)) throw new Error(`not found`);
    return { executablePath: file };
  };
  const candidates: ChromiumCandidate[] = [];
  if (env.CHROMIUM_PATH)
    candidates.push({
      id: "env",
      name: `CHROMIUM_PATH=${env.CHROMIUM_PATH}`,
      launch: () => executable(env.CHROMIUM_PATH as string),
    });
  const bundled = bundledChromiumPackage();
  candidates.push(
    {
      id: "system",
      name: `Debian's Chromium (${SYSTEM_CHROMIUM_PATH})`,
      launch: () => executable(SYSTEM_CHROMIUM_PATH),
    },
    { id: "chrome", name: "Google Chrome (channel chrome)", launch: () => ({ channel: "chrome" }) },
    {
      id: "msedge",
      name: "Microsoft Edge (channel msedge)",
      launch: () => ({ channel: "msedge" }),
    },
    {
      id: "npm",
      name: `the Chromium of @sparticuz/chromium${bundled ? ` ${bundled.version}` : ""} (npm devDependency)`,
      launch: () => unpackBundledChromium(),
    }
  );
  return candidates;
}

/** The ids of VERKSAM_BROWSER_SKIP (comma-separated); an unknown id is an error. */
export function chromiumSkipList(
  value: string | undefined = process.env.VERKSAM_BROWSER_SKIP
): Set<string> {
  const ids = (value ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(CHROMIUM_CANDIDATE_IDS as readonly string[]).includes(id));
  if (unknown.length > 0)
    throw new Error(
      `VERKSAM_BROWSER_SKIP names ${unknown.join(", ")}: the candidates are ${CHROMIUM_CANDIDATE_IDS.join(", ")}`
    );
  return new Set(ids);
}

/** What selectChromium found. */
export interface ChromiumSelection<B> {
  candidate: ChromiumCandidate;
  launch: CandidateLaunch;
  /** The browser it started. */
  browser: B;
  /** The candidates before it, as "name: why not". */
  skipped: string[];
}

/**
 * Tries the candidates in order, leaving out those in `skip`, and returns the first that
 * `start` starts (with the browser it started). A candidate that is missing or does not
 * start is skipped. When none starts, the error lists each with its reason and says what to
 * install.
 */
export async function selectChromium<B>(
  candidates: readonly ChromiumCandidate[],
  start: (launch: CandidateLaunch) => Promise<B>,
  skip: ReadonlySet<string> = new Set()
): Promise<ChromiumSelection<B>> {
  const skipped: string[] = [];
  for (const candidate of candidates) {
    if (skip.has(candidate.id)) {
      skipped.push(`${candidate.name}: left out (VERKSAM_BROWSER_SKIP)`);
      continue;
    }
    let launch: CandidateLaunch;
    try {
      launch = await candidate.launch();
    } catch (error) {
      skipped.push(`${candidate.name}: ${firstLine(error)}`);
      continue;
    }
    try {
      const browser = await start(launch);
      return { candidate, launch, browser, skipped };
    } catch (error) {
      skipped.push(`${candidate.name}: does not start (${firstLine(error)})`);
    }
  }
  throw new Error(
    [
      "No Chromium for the browser tests starts. Tried, in order:",
      ...skipped.map((line) => `  - ${line}`),
      INSTALL_A_CHROMIUM,
    ].join("\n")
  );
}

let chosenChromium: Promise<CandidateLaunch> | undefined;

/**
 * Starts the test Chromium with CHROMIUM_ARGS and `extraArgs`. The first call chooses the
 * candidate (selectChromium over chromiumCandidates(), named once in the output); later
 * calls start the same one.
 */
export async function launchTestChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const start = (launch: CandidateLaunch): Promise<Browser> =>
    chromium.launch({ ...launch, args: [...CHROMIUM_ARGS, ...extraArgs] });
  if (chosenChromium) return start(await chosenChromium);
  const selecting = (async () => selectChromium(chromiumCandidates(), start, chromiumSkipList()))();
  chosenChromium = selecting.then((selection) => selection.launch);
  // Handled here; a later call still gets the rejection (the same message, at once).
  chosenChromium.catch(() => undefined);
  const selection = await selecting;
  console.log(
    `\n  Chromium for the browser tests: ${selection.candidate.name}, version ${selection.browser.version()}` +
      (selection.skipped.length > 0 ? `\n    (not used: ${selection.skipped.join("; ")})` : "")
  );
  return selection.browser;
}

/** One request the page made, as seen by the browser. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

/** A Content-Security-Policy violation a page (or one of its frames) reported. */
export interface CspViolation {
  /** The URL that was blocked (its origin only, for another origin), or "inline" / "eval". */
  blockedURI: string;
  /** e.g. "script-src-elem", "frame-src". */
  effectiveDirective: string;
  /** The document whose policy was violated. */
  documentURI: string;
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** A page in the context, ready for goto(). */
  page: Page;
  /** Every request the pages made (same origin or not), in order. */
  requests: RecordedRequest[];
  /**
   * URLs of requests (and WebSocket connections) to any other origin. They were aborted,
   * never sent; a test should assert this stays empty.
   */
  foreignRequests: string[];
  /**
   * Requests that failed ("url: error") or were answered with a status of 400 or more
   * ("url: 404"), foreign requests (aborted on purpose) left out.
   */
  failedRequests: string[];
  /** Content-Security-Policy violations, from every page and frame, in order. */
  cspViolations: CspViolation[];
  /** Console messages, as "type: text". CSP violations show up here as errors. */
  consoleMessages: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** The stand-in for Microsoft's CDN, or null when launched without one. */
  officeCdn: FakeOfficeCdn | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The only origin requests may go to, e.g. StaticServer.origin (and the CDN, see below). */
  allowedOrigin: string;
  /** Further origins requests may go to (a second server, as another site's page). */
  alsoAllowedOrigins?: string[];
  /** Browser locale (navigator.language); default "sv-SE". */
  locale?: string;
  /**
   * The stand-in for Microsoft's Office CDN: "start" (default) starts one for this session
   * (closed with it), a FakeOfficeCdn uses that one, "none" launches without: requests to
   * the CDN are then foreign and aborted.
   */
  officeCdn?: "start" | "none" | FakeOfficeCdn;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" ||
      parsed.protocol === "https:" ||
      parsed.protocol.startsWith("ws")
      ? parsed.origin
      : null;
  } catch {
    return null;
  }
}

/**
 * Launches the test Chromium (launchTestChromium) headless with exactly CHROMIUM_ARGS (plus, with the CDN
 * stand-in, the two flags that map the CDN's host name to it) and opens a page.
 * Every request to an origin other than `allowedOrigin` (and the CDN, with the stand-in)
 * (http, https and WebSocket) is aborted and recorded in `foreignRequests`; data:, blob: and
 * about: URLs are allowed.
 */
export async function launchChromium(options: LaunchOptions): Promise<BrowserSession> {
  const allowedOrigin = new URL(options.allowedOrigin).origin;
  const allowedWsOrigin = allowedOrigin.replace(/^http/, "ws");
  const cdnOption = options.officeCdn ?? "start";
  const ownCdn = cdnOption === "start" ? await startFakeOfficeCdn() : null;
  const officeCdn = cdnOption === "start" ? ownCdn : cdnOption === "none" ? null : cdnOption;
  const allowed = new Set([
    allowedOrigin,
    ...(options.alsoAllowedOrigins ?? []).map((origin) => new URL(origin).origin),
    ...(officeCdn ? [officeCdn.origin] : []),
  ]);
  let browser: Browser;
  try {
    // Note: Debian's headless Chromium formats <input type=date> as mm/dd/yyyy whatever
    // --lang, LANG or the context's locale say (tried); the guide's pictures show it so.
    browser = await launchTestChromium([...(officeCdn ? officeCdn.chromiumArgs : [])]);
  } catch (error) {
    await ownCdn?.close();
    throw error;
  }
  const closeAll = async (): Promise<void> => {
    try {
      await browser.close();
    } finally {
      await ownCdn?.close();
    }
  };
  const requests: RecordedRequest[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  const cspViolations: CspViolation[] = [];
  const consoleMessages: string[] = [];
  const pageErrors: string[] = [];
  const isForeign = (url: string): boolean => {
    const origin = originOf(url);
    return origin !== null && !allowed.has(origin);
  };
  try {
    const context = await browser.newContext({
      locale: options.locale ?? "sv-SE",
      serviceWorkers: "block",
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (isForeign(url)) {
        foreignRequests.push(url);
        await route.abort("blockedbyclient");
      } else {
        await route.continue();
      }
    });
    await context.routeWebSocket(
      (url) => url.origin !== allowedWsOrigin,
      (ws) => {
        foreignRequests.push(ws.url());
        void ws.close();
      }
    );
    // Every document (frames included) reports its CSP violations here.
    await context.exposeBinding("__verksamCspViolation", (_source, violation: CspViolation) => {
      cspViolations.push(violation);
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as Record<string, (v: unknown) => void>)
          .__verksamCspViolation;
        if (typeof report === "function")
          report({
            blockedURI: event.blockedURI,
            effectiveDirective: event.effectiveDirective,
            documentURI: event.documentURI,
          });
      });
    });
    context.on("request", (request) => {
      requests.push({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
      });
    });
    context.on("requestfailed", (request) => {
      if (!isForeign(request.url()))
        failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
    });
    context.on("response", (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()}: ${response.status()}`);
    });
    const page = await context.newPage();
    page.on("console", (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    return {
      browser,
      context,
      page,
      requests,
      foreignRequests,
      failedRequests,
      cspViolations,
      consoleMessages,
      pageErrors,
      officeCdn,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

// ---- the task pane's actions and accessibility (tests/browser/) ----

/**
 * Presses the task pane's button named `name` (exact accessible name) and waits until no
 * button is busy any more. Returns the text of the status line the button answers in (its
 * `data-status` attribute names it).
 */
export async function pressAction(scope: Page | Frame, name: string): Promise<string> {
  // A button in a view not shown: open its view first, as a person would (its tab).
  const view = await scope.evaluate((label) => {
    const button = Array.from(document.querySelectorAll("button")).find(
      (b) => (b.textContent ?? "").trim() === label
    );
    const panel = button?.closest('[role="tabpanel"]');
    return panel && (panel as HTMLElement).hidden ? panel.id.replace(/^view-/, "") : undefined;
  }, name);
  if (view) await openView(scope, view);
  const button = scope.getByRole("button", { name, exact: true });
  const status = await button.getAttribute("data-status");
  await button.click();
  await scope.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return status ? ((await scope.textContent(`#${status}`)) ?? "") : "";
}

/**
 * Opens the pane's view `id` ("oversikt", "arenden", "moten", "meddela", "statistik", …) by
 * clicking its tab, and waits until its panel is the one shown.
 */
export async function openView(scope: Page | Frame, id: string): Promise<void> {
  await scope.click(`#tab-${id}`);
  await scope.waitForSelector(`#view-${id}:not([hidden])`, { timeout: 5000 });
}

/** Opens the view that holds the element `selector` (when it is in one that is not shown). */
export async function openViewOf(scope: Page | Frame, selector: string): Promise<void> {
  const view = await scope.$eval(selector, (el) => {
    const panel = el.closest('[role="tabpanel"]');
    return panel && (panel as HTMLElement).hidden ? panel.id.replace(/^view-/, "") : undefined;
  });
  if (view) await openView(scope, view);
}

/** True when the whole element is inside the page's viewport as it is scrolled now. */
export async function inViewport(page: Page, selector: string, timeoutMs = 2000): Promise<boolean> {
  // The pane scrolls an answer into view after it renders, and a background re-read (a
  // table changed) may lay the pane out again first: wait for the answer to come into view.
  return page
    .waitForFunction(
      (sel) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return (
          r.height > 0 &&
          r.top >= 0 &&
          r.left >= 0 &&
          r.bottom <= window.innerHeight &&
          r.right <= window.innerWidth
        );
      },
      selector,
      { timeout: timeoutMs }
    )
    .then(
      () => true,
      () => false
    );
}

let axeSourceText: string | undefined;

/** axe-core's browser build (the devDependency), read once. */
export function axeSource(): string {
  axeSourceText ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return axeSourceText;
}

/**
 * Runs axe-core over the whole document and returns its violations, one line each (rule,
 * help and the first elements). axe's source is evaluated through the DevTools protocol
 * (`evaluate`), to which the page's Content-Security-Policy does not apply: the page
 * itself still allows no inline script.
 */
export async function axeViolations(scope: Page | Frame): Promise<string[]> {
  const loaded = await scope.evaluate(() => "axe" in window);
  if (!loaded) await scope.evaluate(axeSource());
  return scope.evaluate(async () => {
    type Axe = typeof import("axe-core");
    const axe = (window as unknown as { axe: Axe }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`.replace(/\s+/g, " "))
          .join(" | ")}`
    );
  });
}

/**
 * The set-up the preview suites share: mocha hooks that serve the production dist/ and start
 * Chromium with clipboard access for the suite. The fields are set once `before` has run.
 */
export function previewSuite(): { server: StaticServer; session: BrowserSession } {
  const suite = {} as { server: StaticServer; session: BrowserSession };
  before(async () => {
    requireProductionDist();
    suite.server = await startStaticServer();
    suite.session = await launchChromium({ allowedOrigin: suite.server.origin });
    await suite.session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: suite.server.origin,
    });
  });
  after(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}
