/**
 * "Kopiera statistik" where the clipboard is hard to reach, in headless Chromium.
 *
 * Excel on the web shows the pane in a cross-origin frame without `allow="clipboard-write"`:
 * its permissions policy forbids the Clipboard API, and `execCommand('copy')` works only in
 * the click. The stand-in here is the same: a host page on another origin (localhost, the
 * pane being on 127.0.0.1) framing the built pane without that permission. office.js refuses
 * to run in a frame outside Office, so in these tests it is replaced by a stub that reports
 * no Office host (the preview: the sample workbook in memory).
 */
import { strict as assert } from "assert";
import * as http from "http";
import type { AddressInfo } from "net";
import type { Frame, Page } from "playwright-core";
import {
  plan,
  SAMPLE_TODAY,
  sampleWorkbook,
  statisticsCells,
  statisticsChoiceLabel,
} from "../../src/core/planning";
import {
  BrowserSession,
  launchChromium,
  pressAction,
  startStaticServer,
  StaticServer,
} from "../helpers/browser";
import { requireProductionDist } from "../helpers/dist";

/** What the instrumented pane saw: each writeText call and each copy event, in order. */
interface Logged {
  readonly event: "writeText" | "copy";
  /** True while the click was being dispatched (the button's handler and its microtasks). */
  readonly inClick: boolean;
  /** For a copy: the text selected when it happened. */
  readonly text?: string;
}

/** Instruments every document of `origin` (installed before any of its scripts run). */
function instrument(origin: string): void {
  if (location.origin !== origin) return;
  const w = window as unknown as { __log: Logged[] };
  w.__log = [];
  let inClick = false;
  window.addEventListener("click", () => (inClick = true), true);
  window.addEventListener("click", () => (inClick = false));
  document.addEventListener("copy", () => {
    const el = document.activeElement;
    const text =
      el instanceof HTMLTextAreaElement
        ? el.value.substring(el.selectionStart, el.selectionEnd)
        : String(document.getSelection());
    w.__log.push({ event: "copy", inClick, text });
  });
  const clipboard = navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === "function") {
    const real = clipboard.writeText.bind(clipboard);
    Object.defineProperty(clipboard, "writeText", {
      configurable: true,
      value: (text: string) => {
        w.__log.push({ event: "writeText", inClick });
        return real(text);
      },
    });
  }
}

/** office.js for a pane outside Office: no host, ready at once. */
const OFFICE_JS_STUB = `window.Office = {
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) setTimeout(function () { callback(info); });
    return Promise.resolve(info);
  }
};`;

/** Möte 3 of the sample as the pane offers and copies it, computed from the core. */
function meeting3(): { label: string; cases: string } {
  const result = plan(sampleWorkbook("sv"), { today: SAMPLE_TODAY, lang: "sv" });
  const row = result.statistics.rows.find((r) => r.kind === "meeting" && r.nr === 3)!;
  const cases = statisticsCells(row, "sv").find((c) => c.header === "Ärenden")!;
  return { label: statisticsChoiceLabel(row, "sv"), cases: String(cases.value) };
}
const MEETING_3 = meeting3();
/** The status after copying Möte 3: "Kopierat: <label>. …". */
const COPIED_3 = new RegExp(`^Kopierat: ${MEETING_3.label.replace(/[()]/g, "\\$&")}\\.`);

describe("copying the statistics where the clipboard is hard to reach (headless Chromium)", function () {
  this.timeout(60000);
  let server: StaticServer;
  let host: http.Server;
  let hostOrigin: string;
  let session: BrowserSession;

  before(async () => {
    requireProductionDist();
    server = await startStaticServer();
    // Excel on the web's stand-in: another origin framing the pane without allow="clipboard-write".
    host = http.createServer((_req, res) => {
      res.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      });
      res.end(
        `<!doctype html><html><head><title>Excel på webben (stand-in)</title></head><body>` +
          `<iframe id="pane" src="${server.url}taskpane.html" width="1000" height="900"></iframe>` +
          `</body></html>`
      );
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
    session = await launchChromium({ allowedOrigin: server.origin });
    // The host page is ours, local: let it through (every other origin stays blocked).
    await session.context.route(`${hostOrigin}/**`, (route) => route.continue());
    await session.context.route("**/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript; charset=utf-8", body: OFFICE_JS_STUB })
    );
    await session.context.addInitScript(instrument, server.origin);
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
  });

  after(async () => {
    await session?.close();
    await server?.close();
    await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  });

  /** The pane inside the refusing frame, ready, statistics made, "Möte 3" chosen. */
  async function paneInFrame(): Promise<{ page: Page; frame: Frame }> {
    const page = await session.context.newPage();
    await page.goto(`${hostOrigin}/excel.html`);
    const frame = page.frame({ url: /\/taskpane\.html$/ });
    assert.ok(frame, "the pane's frame");
    await frame.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    assert.match(await pressAction(frame, "Skapa statistik"), /^Statistik är skriven: 4 möten, /);
    await frame.selectOption("#copy-choice", { label: MEETING_3.label });
    return { page, frame };
  }

  const logOf = (scope: Page | Frame): Promise<Logged[]> =>
    scope.evaluate(() => (window as unknown as { __log: Logged[] }).__log);

  it("in a frame whose policy forbids clipboard-write: execCommand in the click, text on the clipboard, no manual fallback", async () => {
    const { page, frame } = await paneInFrame();
    // The premise, Chromium's own: this frame may not use the Clipboard API.
    assert.equal(
      await frame.evaluate(() =>
        (
          document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }
        ).featurePolicy?.allowsFeature("clipboard-write")
      ),
      false
    );
    await frame.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await frame.waitForSelector("#copy-status:not([hidden])");
    assert.match((await frame.textContent("#copy-status")) ?? "", COPIED_3);
    assert.equal(await frame.isHidden("#copy-fallback"), true, "no manual fallback");
    const log = await logOf(frame);
    assert.deepEqual(
      log.map((l) => `${l.event} ${l.inClick ? "in the click" : "after the click"}`),
      ["copy in the click"],
      "one copy by execCommand, inside the click, and no Clipboard API call"
    );
    assert.match(log[0].text ?? "", new RegExp(`\\nÄrenden: ${MEETING_3.cases}\\n`));
    // And the text is on the clipboard: read it back from a page that may.
    const reader = await session.context.newPage();
    await reader.goto(`${server.url}taskpane.html`);
    await reader.bringToFront();
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, log[0].text);
    const [header, values] = copied.split("\n");
    assert.equal(values.split("\t")[header.split("\t").indexOf("Ärenden")], MEETING_3.cases);
    await reader.close();
    await page.close();
  });

  it("in that frame, when execCommand fails too: the text shown selected, with the Ctrl+C status", async () => {
    const { page, frame } = await paneInFrame();
    await frame.evaluate(() => {
      document.execCommand = () => false;
    });
    await frame.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
    await frame.waitForSelector("#copy-fallback:not([hidden])");
    assert.match((await frame.textContent("#copy-status")) ?? "", /Ctrl\+C/);
    const selected = await frame.evaluate(() => {
      const area = document.getElementById("copy-fallback") as HTMLTextAreaElement;
      return area.value.substring(area.selectionStart, area.selectionEnd);
    });
    assert.match(selected, new RegExp(`\\nÄrenden: ${MEETING_3.cases}\\n`));
    await page.close();
  });

  it("with document.permissionsPolicy forbidding clipboard-write, or no Clipboard API: execCommand in the click", async () => {
    for (const setup of ["permissionsPolicy", "no Clipboard API"] as const) {
      const page = await session.context.newPage();
      await page.addInitScript((kind) => {
        if (kind === "permissionsPolicy") {
          Object.defineProperty(document, "permissionsPolicy", {
            value: { allowsFeature: (feature: string) => feature !== "clipboard-write" },
          });
        } else {
          Object.defineProperty(navigator, "clipboard", { value: undefined });
        }
      }, setup);
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
      await pressAction(page, "Skapa statistik");
      await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
      await page.waitForSelector("#copy-status:not([hidden])");
      assert.match((await page.textContent("#copy-status")) ?? "", /^Kopierat:/, setup);
      assert.equal(await page.isHidden("#copy-fallback"), true, setup);
      const log = await logOf(page);
      assert.deepEqual(
        log.map((l) => `${l.event} ${l.inClick ? "in the click" : "after the click"}`),
        ["copy in the click"],
        setup
      );
      assert.match(log[0].text ?? "", /Ärenden: \d+/, setup);
      await page.close();
    }
  });

  it("the copy status is never shown without its text, however late the clipboard answers", async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      // A slow clipboard: the answer comes 300 ms after the click.
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      Object.defineProperty(clipboard, "writeText", {
        value: (text: string) =>
          new Promise<void>((resolve, reject) =>
            setTimeout(() => write(text).then(resolve, reject), 300)
          ),
      });
      // Every state of #copy-status any observer could see.
      const states: string[] = [];
      (window as unknown as { __states: string[] }).__states = states;
      new MutationObserver(() => {
        const el = document.getElementById("copy-status");
        if (el && !el.hidden) states.push(el.textContent ?? "");
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    await pressAction(page, "Skapa statistik");
    await page.selectOption("#copy-choice", { label: MEETING_3.label });
    for (let i = 0; i < 2; i++) {
      await page.getByRole("button", { name: "Kopiera statistik", exact: true }).click();
      await page.waitForSelector("#copy-status:not([hidden])");
      assert.match((await page.textContent("#copy-status")) ?? "", COPIED_3);
    }
    const states = await page.evaluate(
      () => (window as unknown as { __states: string[] }).__states
    );
    assert.ok(states.length >= 2, JSON.stringify(states));
    for (const s of states) assert.match(s, COPIED_3, JSON.stringify(states));
    await page.close();
  });

  it("made no request to any other origin and raised no page error", () => {
    assert.deepEqual(session.foreignRequests, []);
    assert.deepEqual(session.pageErrors, []);
  });
});
