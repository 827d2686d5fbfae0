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
 * Chromium is Debian's /usr/bin/chromium (override with CHROMIUM_PATH), driven by
 * playwright-core; no browser is downloaded.
 */
import { requireProductionDist } from "./dist";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { contentSecurityPolicy } from "../../scripts/deployment";
import type { OfficeJsSource } from "../../scripts/office-js";
import { FakeOfficeCdn, startFakeOfficeCdn } from "./office-cdn";

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");
/** Where `npm run build` writes the add-in. */
export const DIST_DIR = path.join(REPO_ROOT, "dist");
/** Where `npm test` writes the build with a local copy of office.js (scripts/test.js). */
export const DIST_LOCAL_DIR = path.join(REPO_ROOT, "dist-local");
/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** The exact Chromium flags the browser tests use. */
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
  const requests: ServedRequest[] = [];

  const server = http.createServer((req, res) => {
    const method = req.method ?? "GET";
    const rawPath = req.url ?? "/";
    const send = (
      status: number,
      body: string | Buffer,
      type = "text/plain; charset=utf-8"
    ): void => {
      requests.push({ method, path: rawPath, status });
      res.writeHead(status, {
        ...baseHeaders,
        "Content-Type": type,
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
      send(200, data, MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream");
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
 * Launches Debian's Chromium headless with exactly CHROMIUM_ARGS (plus, with the CDN
 * stand-in, the two flags that map the CDN's host name to it) and opens a page.
 * Every request to an origin other than `allowedOrigin` (and the CDN, with the stand-in)
 * (http, https and WebSocket) is aborted and recorded in `foreignRequests`; data:, blob: and
 * about: URLs are allowed.
 */
export async function launchChromium(options: LaunchOptions): Promise<BrowserSession> {
  const allowedOrigin = new URL(options.allowedOrigin).origin;
  const allowedWsOrigin = allowedOrigin.replace(/^http/, "ws");
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`
    );
  }
  const cdnOption = options.officeCdn ?? "start";
  const ownCdn = cdnOption === "start" ? await startFakeOfficeCdn() : null;
  const officeCdn = cdnOption === "start" ? ownCdn : cdnOption === "none" ? null : cdnOption;
  const allowed = new Set([allowedOrigin, ...(officeCdn ? [officeCdn.origin] : [])]);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, ...(officeCdn ? officeCdn.chromiumArgs : [])],
    });
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
  const button = scope.getByRole("button", { name, exact: true });
  const status = await button.getAttribute("data-status");
  await button.click();
  await scope.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return status ? ((await scope.textContent(`#${status}`)) ?? "") : "";
}

/** True when the whole element is inside the page's viewport as it is scrolled now. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return (
      r.height > 0 &&
      r.top >= 0 &&
      r.left >= 0 &&
      r.bottom <= window.innerHeight &&
      r.right <= window.innerWidth
    );
  });
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
