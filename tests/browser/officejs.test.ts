/**
 * office.js in a real browser, in both production builds, with simulated Excel hosts:
 *   - dist/ loads office.js from Microsoft's CDN. The CDN is a local stand-in reached under
 *     its real address (tests/helpers/office-cdn.ts: Chromium maps appsforoffice.microsoft.com
 *     to a local HTTPS server with --host-resolver-rules), so the URLs, origins and the
 *     Content-Security-Policy are those of production, offline;
 *   - dist-local/ serves its own copy of office.js from office-js/.
 *
 * The page is opened the way Office opens it, with the host information office.js reads
 * from the query (`_host_Info=<app>$<platform>$<version>$<locale>$<correlation>$<isDialog>
 * $<disableLogging>$<flags>`, see _retrieveHostInfo in office.debug.js), for Excel on Windows,
 * on Mac and on the web, and without any (a plain browser: the preview). office.js then
 * requests its host file and strings; on the web, given a host it does not trust (an
 * `_xdm_Info` naming one), it also frames its error page AgaveErrorUX/ and then shows it.
 * There is no Office behind the page, so office.js stops there. For each case the test
 * asserts exactly which of office.js's own files were requested, that none failed (or was
 * answered with 400 or more), and that the CSP blocked none of them. The only thing the
 * CSP blocks is office.js's legacy telemetry frame outside Office, on purpose.
 * A last case per build has office.js's loader and the browser fetch every other file
 * office.js can request in Excel (scripts/office-js.js), through the same CSP.
 */
import { strict as assert } from "assert";
import type { Page, Request } from "playwright-core";
import {
  BrowserSession,
  DIST_DIR,
  DIST_LOCAL_DIR,
  launchChromium,
  startStaticServer,
  StaticServer,
} from "../helpers/browser";
import { requireLocalOfficeJsDist, requireProductionDist } from "../helpers/dist";
import {
  LOCAL_OFFICE_JS_DIR,
  OFFICE_JS_CDN_BASE,
  OFFICE_JS_CDN_ORIGIN,
  OFFICE_JS_EXCEL_HOST_FILES,
  OFFICE_JS_LOCALES,
  OFFICE_JS_O15_EXCEL_FILES,
} from "../../scripts/office-js";
import type { OfficeJsSource } from "../../scripts/office-js";

/** Where each build serves office.js from. */
const BUILDS: readonly {
  kind: OfficeJsSource;
  name: string;
  root: string;
  require: () => void;
  base: (server: StaticServer) => string;
}[] = [
  {
    kind: "cdn",
    name: "dist/ (office.js from the CDN)",
    root: DIST_DIR,
    require: requireProductionDist,
    base: () => OFFICE_JS_CDN_BASE,
  },
  {
    kind: "local",
    name: "dist-local/ (local copy of office.js)",
    root: DIST_LOCAL_DIR,
    require: requireLocalOfficeJsDist,
    base: (server) => `${server.url}${LOCAL_OFFICE_JS_DIR}/`,
  },
];

/** office.js's error page, as it requests it. */
const ERROR_PAGE = [
  "AgaveErrorUX/index.html",
  "AgaveErrorUX/AgaveErrorUX.js",
  "AgaveErrorUX/style/AgaveErrorUX.css",
  "AgaveErrorUX/images/moe_status_icons.png",
  "AgaveErrorUX/images/agavedefaulticon96x96.png",
];

/** The host that office.js frames for its telemetry outside Office; the CSP blocks it. */
const LEGACY_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";

const HOSTS: readonly {
  name: string;
  /** Query and fragment of taskpane.html. */
  suffix: string;
  /** office.js's files (relative to its folder) the page must request, and no others. */
  files: string[];
  /** Origins the CSP must block (office.js's telemetry), waited for. */
  blocked: string[];
}[] = [
  {
    name: "Excel on Windows (fi-FI)",
    suffix: "?_host_Info=Excel$Win32$16.01$fi-FI$$$$0",
    files: ["office.js", "excel-win32-16.01.js", "fi-fi/office_strings.js"],
    blocked: [],
  },
  {
    name: "Excel on Mac (sv-SE)",
    suffix: "?_host_Info=Excel$Mac$16.00$sv-SE$$$$0",
    files: ["office.js", "excel-mac-16.00.js", "sv-se/office_strings.js"],
    blocked: [],
  },
  {
    // is-IS has no strings of its own: office.js falls back to en-us. The error page takes
    // its language from the browser instead (navigator.language: sv-SE, launchChromium's).
    name: "Excel on the web (is-IS) on a host office.js does not trust: its error page",
    suffix:
      "?_host_Info=Excel$Web$16.00$is-IS$$$$0" +
      "#&_xdm_Info=conversation1$addin1$https%3a%2f%2fexcel.untrusted.invalid%2f",
    files: [
      "office.js",
      "excel-web-16.00.js",
      "en-us/office_strings.js",
      ...ERROR_PAGE,
      "sv-se/office_strings.js",
    ],
    blocked: [],
  },
  {
    // No host information: office.js loads its Office 2013 file and, after 3 s, frames its
    // legacy telemetry page, which the CSP blocks.
    name: "a plain browser (the preview)",
    suffix: "",
    files: ["office.js", "o15apptofilemappingtable.js"],
    blocked: [LEGACY_TELEMETRY],
  },
];

/** Every other file office.js can request in Excel (the error page has its own case). */
const OTHER_FILES = [
  "o15apptofilemappingtable.js",
  ...OFFICE_JS_EXCEL_HOST_FILES,
  ...OFFICE_JS_O15_EXCEL_FILES,
  ...OFFICE_JS_LOCALES.map((locale) => `${locale}/office_strings.js`),
];

interface Seen {
  url: string;
  /** HTTP status, or the network error; undefined while under way. */
  outcome?: number | string;
}

/** Records every request of the session's context until stopped. */
function record(session: BrowserSession): { seen: Seen[]; stop: () => void } {
  const seen: Seen[] = [];
  const byRequest = new Map<Request, Seen>();
  const onRequest = (request: Request): void => {
    const entry: Seen = { url: request.url() };
    byRequest.set(request, entry);
    seen.push(entry);
  };
  const onFinished = (request: Request): void => {
    void request.response().then((response) => {
      const entry = byRequest.get(request);
      if (entry) entry.outcome = response ? response.status() : "no response";
    });
  };
  const onFailed = (request: Request): void => {
    const entry = byRequest.get(request);
    if (entry) entry.outcome = request.failure()?.errorText ?? "failed";
  };
  session.context.on("request", onRequest);
  session.context.on("requestfinished", onFinished);
  session.context.on("requestfailed", onFailed);
  return {
    seen,
    stop: () => {
      session.context.off("request", onRequest);
      session.context.off("requestfinished", onFinished);
      session.context.off("requestfailed", onFailed);
    },
  };
}

/** Polls `done` until it holds; fails after `timeoutMs` saying what it waited for. */
async function waitUntil(
  done: () => boolean,
  what: () => string,
  timeoutMs = 15000
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The path below `base` of a URL there (query and fragment dropped), or null. */
function below(base: string, url: string): string | null {
  const clean = url.replace(/[?#].*$/, "");
  return clean.startsWith(base) ? clean.slice(base.length) : null;
}

for (const build of BUILDS) {
  describe(`office.js in headless Chromium: ${build.name}`, function () {
    this.timeout(60000);
    let server: StaticServer;
    let session: BrowserSession;
    let base: string;

    before(async () => {
      build.require();
      server = await startStaticServer({ root: build.root, officeJs: build.kind });
      session = await launchChromium({ allowedOrigin: server.origin });
      base = build.base(server);
    });

    after(async () => {
      await session?.close();
      await server?.close();
    });

    /** Opens taskpane.html + suffix in a fresh page and waits for `files` to be answered. */
    async function visit(
      suffix: string,
      files: string[],
      blocked: string[],
      then?: (page: Page) => Promise<string[]>
    ): Promise<{ seen: Seen[]; violations: typeof session.cspViolations; extra: string[] }> {
      const firstViolation = session.cspViolations.length;
      const recorder = record(session);
      const page = await session.context.newPage();
      try {
        await page.goto(`${server.url}taskpane.html${suffix}`);
        const answered = (file: string): boolean =>
          recorder.seen.some((s) => below(base, s.url) === file && s.outcome !== undefined);
        await waitUntil(
          () => files.every(answered),
          () =>
            `answers for ${files.filter((file) => !answered(file)).join(", ")}; CSP violations: ` +
            JSON.stringify(session.cspViolations.slice(firstViolation))
        );
        const extra = then ? await then(page) : [];
        const isBlocked = (origin: string): boolean =>
          session.cspViolations.slice(firstViolation).some((v) => v.blockedURI.startsWith(origin));
        await waitUntil(
          () => blocked.every(isBlocked),
          () => `the CSP to block ${blocked.join(", ")}`
        );
        // Let whatever these answers started finish before looking.
        await waitUntil(
          () => recorder.seen.every((s) => s.outcome !== undefined),
          () =>
            `requests under way: ${recorder.seen
              .filter((s) => s.outcome === undefined)
              .map((s) => s.url)
              .join(", ")}`
        );
        return {
          seen: [...recorder.seen],
          violations: session.cspViolations.slice(firstViolation),
          extra,
        };
      } finally {
        recorder.stop();
        await page.close();
      }
    }

    /** The assertions every case shares. */
    function check(
      result: Awaited<ReturnType<typeof visit>>,
      files: string[],
      blocked: string[]
    ): void {
      const office = result.seen
        .map((s) => below(base, s.url))
        .filter((file): file is string => file !== null);
      assert.deepEqual(
        [...new Set(office)].sort(),
        [...new Set(files)].sort(),
        "office.js's files"
      );
      // No request failed or got an error status: office.js's files, our own, anything.
      const failed = result.seen
        .filter((s) => typeof s.outcome !== "number" || s.outcome >= 400)
        .map((s) => `${s.url}: ${s.outcome}`);
      assert.deepEqual(failed, []);
      // The CSP blocked nothing of office.js's or ours; only the telemetry it should.
      const ownOrigin = server.origin;
      const own = result.violations.filter(
        (v) =>
          v.blockedURI.startsWith(base) ||
          v.blockedURI.startsWith(OFFICE_JS_CDN_ORIGIN) ||
          v.blockedURI.startsWith(ownOrigin) ||
          !/^https?:/.test(v.blockedURI)
      );
      const others = result.violations.filter((v) => !own.includes(v));
      assert.deepEqual(own, [], "CSP violations for office.js's files or ours");
      assert.deepEqual(
        [...new Set(others.map((v) => `${v.effectiveDirective} ${v.blockedURI}`))],
        blocked.map((origin) => `frame-src ${origin}`)
      );
      // office.js came only from where this build says.
      if (build.kind === "local") {
        assert.deepEqual(
          result.seen.filter((s) => s.url.startsWith(OFFICE_JS_CDN_ORIGIN)).map((s) => s.url),
          [],
          "the local-copy build asked the CDN"
        );
      } else {
        assert.deepEqual(
          result.seen
            .filter((s) => s.url.startsWith(`${ownOrigin}/${LOCAL_OFFICE_JS_DIR}/`))
            .map((s) => s.url),
          []
        );
      }
      assert.deepEqual(session.foreignRequests, []);
    }

    for (const host of HOSTS) {
      it(`${host.name}: requests only its own files, none fails, the CSP blocks none`, async () => {
        const result = await visit(host.suffix, host.files, host.blocked);
        check(result, host.files, host.blocked);
      });
    }

    it("every other file office.js can request in Excel is there and allowed by the CSP", async () => {
      const host = HOSTS[0];
      const result = await visit(host.suffix, host.files, [], async (page) => {
        // office.js's own idea of its folder, its own loader for the telemetry sink, and a
        // preload (fetched as office.js fetches: a script, crossorigin="anonymous") for the rest.
        return page.evaluate(
          async ({ files }) => {
            type Loader = { getOfficeJsBasePath(): string };
            const w = window as unknown as {
              OSF: {
                _OfficeAppFactory: { getLoadScriptHelper(): Loader };
                OUtil: { loadScript(url: string, callback: () => void, timeout?: number): void };
              };
              OTel: { OTelLogger: { getOtelSinkCDNLocation(): string } };
              oteljs_agave?: unknown;
            };
            const basePath = w.OSF._OfficeAppFactory.getLoadScriptHelper().getOfficeJsBasePath();
            const sink = w.OTel.OTelLogger.getOtelSinkCDNLocation();
            await new Promise<void>((resolve) => w.OSF.OUtil.loadScript(sink, resolve, 10000));
            const loaded = typeof w.oteljs_agave !== "undefined";
            const results = await Promise.all(
              files.map(
                (file) =>
                  new Promise<string>((resolve) => {
                    const link = document.createElement("link");
                    link.rel = "preload";
                    link.as = "script";
                    link.crossOrigin = "anonymous";
                    link.href = basePath + file;
                    link.onload = () => resolve("");
                    link.onerror = () => resolve(`${file}: error`);
                    document.head.appendChild(link);
                  })
              )
            );
            return [
              `base ${basePath}`,
              `sink ${sink} ${loaded ? "loaded" : "not loaded"}`,
              ...results.filter(Boolean),
            ];
          },
          { files: OTHER_FILES }
        );
      });
      assert.deepEqual(result.extra, [
        `base ${base}`,
        `sink ${base}telemetry/oteljs_agave.js loaded`,
      ]);
      check(result, [...host.files, "telemetry/oteljs_agave.js", ...OTHER_FILES], []);
    });
  });
}
