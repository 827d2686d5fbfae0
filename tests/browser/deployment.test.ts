/**
 * dist/ on a production web server, as Excel on the web uses it. Excel on the web downloads
 * the custom functions' metadata (functions.json, functions.en-us.json) with an XHR from its
 * own origin (excel.officeapps.live.com and others): without Access-Control-Allow-Origin the
 * browser keeps the answer from it, the functions are never registered and every VERKSAM.*
 * cell shows #NAME?.
 *
 * Each server configuration the build writes (dist/web.config for IIS,
 * dist/staticwebapp.config.json for Azure Static Web Apps) is read as its server applies it
 * (../helpers/server-config.ts), and dist/ is served with exactly the headers and MIME types
 * it declares, nothing more. A page of another origin (a second local server on another
 * port, standing in for Excel on the web) then loads the metadata with an XHR. The same
 * request to dist/ served without those headers fails: that is the server the README
 * described before ("publish dist/, send the same CSP header").
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { FUNCTIONS_METADATA_FILES, SERVER_CONFIG_FILES } from "../../scripts/deployment";
import {
  launchChromium,
  startStaticServer,
  type BrowserSession,
  type StaticServer,
} from "../helpers/browser";
import { distPath, readDist, requireProductionDist } from "../helpers/dist";
import { readServedConfig, type ServedConfig } from "../helpers/server-config";

interface XhrResult {
  /** "load" or "error" (the browser refused the answer, or the request failed). */
  outcome: string;
  status: number;
  contentType: string | null;
  text: string;
}

/** GET `url` with an XMLHttpRequest from the page's own origin, as Excel's loader does. */
function xhr(page: Page, url: string): Promise<XhrResult> {
  return page.evaluate(
    (target) =>
      new Promise<XhrResult>((resolve) => {
        const request = new XMLHttpRequest();
        request.open("GET", target);
        const done = (outcome: string) => () =>
          resolve({
            outcome,
            status: request.status,
            contentType: request.getResponseHeader("Content-Type"),
            text: outcome === "load" ? request.responseText : "",
          });
        request.onload = done("load");
        request.onerror = done("error");
        request.send();
      }),
    url
  );
}

/** What a server with no configuration of ours sends: no header beyond its own defaults. */
const BARE: ServedConfig = {
  source: "no configuration",
  everyResponse: {},
  files: {},
  mimeTypes: {},
  headersFor: () => ({}),
  mimeTypeFor: () => undefined,
};

describe("dist/ on a production web server, read from Excel on the web's origin", function () {
  this.timeout(60000);
  const configs = Object.keys(SERVER_CONFIG_FILES);
  const servers = new Map<string, StaticServer>();
  const served = new Map<string, ServedConfig>();
  let bare: StaticServer;
  /** The other origin's page: an empty page on its own server. */
  let excel: StaticServer;
  let excelDir: string;
  let session: BrowserSession;
  let excelPage: Page;

  before(async () => {
    requireProductionDist();
    for (const file of configs) {
      const config = readServedConfig(file, readDist(file));
      served.set(file, config);
      servers.set(file, await startStaticServer({ served: config }));
    }
    bare = await startStaticServer({ served: BARE });
    excelDir = fs.mkdtempSync(path.join(os.tmpdir(), "verksam-excel-origin-"));
    fs.writeFileSync(
      path.join(excelDir, "excel.html"),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Another origin</title></html>'
    );
    excel = await startStaticServer({ root: excelDir, served: BARE });
    session = await launchChromium({
      allowedOrigin: excel.origin,
      alsoAllowedOrigins: [...servers.values(), bare].map((server) => server.origin),
    });
    excelPage = session.page;
    await excelPage.goto(`${excel.url}excel.html`);
  });

  after(async () => {
    await session?.close();
    for (const server of [...servers.values(), bare, excel]) await server?.close();
    if (excelDir) fs.rmSync(excelDir, { recursive: true, force: true });
  });

  it("the other page really is another origin (another port)", () => {
    for (const server of [...servers.values(), bare]) assert.notEqual(server.origin, excel.origin);
  });

  for (const file of configs) {
    describe(`served as dist/${file} declares`, () => {
      for (const metadata of FUNCTIONS_METADATA_FILES) {
        it(`gives Excel's XHR ${metadata}: status 200, JSON in UTF-8, byte for byte the build's file`, async () => {
          const server = servers.get(file) as StaticServer;
          const result = await xhr(excelPage, `${server.url}${metadata}`);
          assert.equal(result.outcome, "load", JSON.stringify(result));
          assert.equal(result.status, 200);
          assert.equal(result.contentType, "application/json; charset=utf-8");
          // Swedish descriptions (å, ä, ö) arrive as written.
          assert.equal(result.text, fs.readFileSync(distPath(metadata), "utf8"));
          const parsed = JSON.parse(result.text) as { functions: { id: string }[] };
          assert.ok(parsed.functions.length >= 5, "too few functions");
        });
      }

      it("keeps every other file from another origin's scripts (taskpane.js, taskpane.html)", async () => {
        const server = servers.get(file) as StaticServer;
        for (const other of ["taskpane.js", "functions.js", "taskpane.html"]) {
          const result = await xhr(excelPage, `${server.url}${other}`);
          assert.equal(result.outcome, "error", `${other}: ${JSON.stringify(result)}`);
        }
      });

      it("serves the task pane with its CSP header, nosniff and JavaScript types: it starts, no violation", async () => {
        const server = servers.get(file) as StaticServer;
        const config = served.get(file) as ServedConfig;
        const page = await session.context.newPage();
        const violationsBefore = session.cspViolations.length;
        const failedBefore = session.failedRequests.length;
        const errorsBefore = session.pageErrors.length;
        const response = await page.goto(`${server.url}taskpane.html`);
        assert.ok(response);
        const headers = response.headers();
        assert.equal(
          headers["content-security-policy"],
          config.headersFor("taskpane.html")["Content-Security-Policy"]
        );
        assert.equal(headers["x-content-type-options"], "nosniff");
        await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
        const scripts = session.requests.filter(
          (r) => r.url.startsWith(server.url) && r.resourceType === "script"
        );
        assert.ok(scripts.length >= 2, "taskpane.js and functions.js");
        assert.deepEqual(session.cspViolations.slice(violationsBefore), []);
        assert.deepEqual(session.failedRequests.slice(failedBefore), []);
        assert.deepEqual(session.pageErrors.slice(errorsBefore), []);
        await page.close();
      });
    });
  }

  describe("served without them (a plain static server)", () => {
    for (const metadata of FUNCTIONS_METADATA_FILES) {
      it(`the browser keeps ${metadata} from Excel's XHR, although the server sent it`, async () => {
        const before = bare.requests.length;
        const result = await xhr(excelPage, `${bare.url}${metadata}`);
        assert.equal(result.outcome, "error", JSON.stringify(result));
        assert.equal(result.status, 0);
        // The request went out and was answered: only CORS stands in the way.
        assert.deepEqual(
          bare.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`),
          [`GET /${metadata} 200`]
        );
      });
    }
  });

  describe("afterwards", () => {
    it("nothing was sent to any origin but these servers and the CDN stand-in", () => {
      assert.deepEqual(session.foreignRequests, []);
    });
  });
});
