/**
 * Which Chromium the browser tests use (tests/helpers/browser.ts): CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, an installed Chrome or Edge, and last the Chromium that the
 * devDependency @sparticuz/chromium ships inside its npm package, so that `npm install &&
 * npm test` passes on a machine with none of the others. The order and the skipping are
 * tested with injected candidates; the npm candidate is started for real and renders a page.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import {
  BUNDLED_CHROMIUM_CACHE,
  CHROMIUM_ARGS,
  CHROMIUM_CANDIDATE_IDS,
  chromiumCandidates,
  chromiumSkipList,
  INSTALL_A_CHROMIUM,
  selectChromium,
  SYSTEM_CHROMIUM_PATH,
  type CandidateLaunch,
  type ChromiumCandidate,
} from "../helpers/browser";

/** An injected candidate; whether it starts is up to the injected `start`. */
function fake(
  id: string,
  launch: () => CandidateLaunch = () => ({ executablePath: `/fake/${id}` })
): ChromiumCandidate {
  return { id, name: `fake ${id}`, launch };
}

describe("the test Chromium: choosing a candidate (injected)", () => {
  const started: string[] = [];
  const start =
    (broken: string[]) =>
    async (launch: CandidateLaunch): Promise<string> => {
      const what = launch.executablePath ?? `channel ${launch.channel}`;
      started.push(what);
      if (broken.some((b) => what.endsWith(b)))
        throw new Error(`browserType.launch: ${what} exited at once\n  (more lines of the log)`);
      return `browser of ${what}`;
    };
  beforeEach(() => started.splice(0));

  it("takes the first candidate that starts, and tries nothing after it", async () => {
    const selection = await selectChromium([fake("a"), fake("b"), fake("c")], start([]));
    assert.equal(selection.candidate.id, "a");
    assert.equal(selection.browser, "browser of /fake/a");
    assert.deepEqual(started, ["/fake/a"]);
    assert.deepEqual(selection.skipped, []);
  });

  it("skips a candidate that does not start, and one that is not there, keeping the order", async () => {
    const missing = fake("b", () => {
      throw new Error("not found");
    });
    const selection = await selectChromium(
      [fake("a"), missing, fake("c"), fake("d")],
      start(["/fake/a"])
    );
    assert.equal(selection.candidate.id, "c");
    assert.deepEqual(started, ["/fake/a", "/fake/c"]);
    assert.deepEqual(selection.skipped, [
      "fake a: does not start (browserType.launch: /fake/a exited at once)",
      "fake b: not found",
    ]);
  });

  it("leaves out the candidates VERKSAM_BROWSER_SKIP names", async () => {
    const selection = await selectChromium(
      [fake("system"), fake("chrome"), fake("npm")],
      start([]),
      chromiumSkipList("system, chrome")
    );
    assert.equal(selection.candidate.id, "npm");
    assert.deepEqual(started, ["/fake/npm"]);
    assert.deepEqual(selection.skipped, [
      "fake system: left out (VERKSAM_BROWSER_SKIP)",
      "fake chrome: left out (VERKSAM_BROWSER_SKIP)",
    ]);
  });

  it("says what it tried and what to install when none starts", async () => {
    await assert.rejects(
      selectChromium([fake("a"), fake("b")], start(["/fake/a", "/fake/b"]), new Set()),
      (error: Error) => {
        assert.equal(
          error.message,
          [
            "No Chromium for the browser tests starts. Tried, in order:",
            "  - fake a: does not start (browserType.launch: /fake/a exited at once)",
            "  - fake b: does not start (browserType.launch: /fake/b exited at once)",
            INSTALL_A_CHROMIUM,
          ].join("\n")
        );
        for (const advice of [
          "apt-get install chromium",
          "Google Chrome",
          "Microsoft Edge",
          "CHROMIUM_PATH",
          "@sparticuz/chromium",
        ])
          assert.ok(error.message.includes(advice), advice);
        return true;
      }
    );
  });

  it("refuses a VERKSAM_BROWSER_SKIP id it does not know (a typo would skip nothing)", () => {
    assert.throws(
      () => chromiumSkipList("sytem"),
      /VERKSAM_BROWSER_SKIP names sytem: the candidates are env, system, chrome, msedge, npm/
    );
    assert.deepEqual([...chromiumSkipList("")], []);
    assert.deepEqual([...chromiumSkipList(undefined)], []);
  });

  it("tries CHROMIUM_PATH, Debian's Chromium, Chrome, Edge, then the npm package, in that order", async () => {
    const withPath = chromiumCandidates({ CHROMIUM_PATH: "/opt/my/chromium" });
    assert.deepEqual(
      withPath.map((c) => c.id),
      [...CHROMIUM_CANDIDATE_IDS]
    );
    assert.equal(withPath[0].name, "CHROMIUM_PATH=/opt/my/chromium");
    assert.throws(() => withPath[0].launch(), /not found/);
    assert.deepEqual(await withPath[2].launch(), { channel: "chrome" });
    assert.deepEqual(await withPath[3].launch(), { channel: "msedge" });
    const without = chromiumCandidates({});
    assert.deepEqual(
      without.map((c) => c.id),
      ["system", "chrome", "msedge", "npm"]
    );
    assert.ok(without[0].name.includes(SYSTEM_CHROMIUM_PATH));
    assert.match(without[3].name, /@sparticuz\/chromium 1\d\d\.\d+\.\d+/);
  });
});

describe("the test Chromium: @sparticuz/chromium, for real", function () {
  this.timeout(120000);
  if (process.platform !== "linux" || process.arch !== "x64") {
    it("ships Chromium for Linux x64 only: the candidate says so", async () => {
      const npm = chromiumCandidates({}).find((c) => c.id === "npm") as ChromiumCandidate;
      await assert.rejects(
        Promise.resolve().then(() => npm.launch()),
        /Linux x64 only/
      );
    });
    return;
  }
  let launch: CandidateLaunch;
  let browser: Browser | undefined;

  before(async () => {
    const npm = chromiumCandidates({}).find((c) => c.id === "npm") as ChromiumCandidate;
    launch = await npm.launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("is unpacked below node_modules/.cache, with the libraries it needs beyond glibc", () => {
    const executable = launch.executablePath as string;
    assert.ok(executable.startsWith(BUNDLED_CHROMIUM_CACHE + path.sep), executable);
    const lib = path.join(path.dirname(executable), "lib");
    const ldd = spawnSync("ldd", [executable], {
      env: launch.env as NodeJS.ProcessEnv,
      encoding: "utf8",
    });
    assert.equal(ldd.status, 0, ldd.stderr);
    const resolved = ldd.stdout
      .split("\n")
      .map((line) => /^\s*(\S+) => (\S+)/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    assert.ok(resolved.length > 0, ldd.stdout);
    // Everything but the C library's own parts comes from the package, not from the machine.
    const base = /^(libc|libm|libdl|libpthread|libgcc_s|librt|ld-linux-x86-64)\.so/;
    for (const [, name, file] of resolved) {
      assert.notEqual(file, "not", `${name} not found`);
      if (!base.test(name)) assert.ok(file.startsWith(lib + path.sep), `${name} => ${file}`);
    }
  });

  it("starts headless with the suite's flags only, and renders text in a page", async () => {
    browser = await chromium.launch({ ...launch, args: [...CHROMIUM_ARGS] });
    assert.match(browser.version(), /^1\d\d\./);
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="sv"><meta charset="utf-8"><p id="p">Mötesschema för hösten</p><canvas id="c" width="240" height="40"></canvas></html>'
    );
    assert.equal(await page.textContent("#p"), "Mötesschema för hösten");
    // Glyphs really are drawn: count the canvas pixels the text covers.
    const inked = await page.$eval("#c", (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const context = c.getContext("2d") as CanvasRenderingContext2D;
      context.font = "24px sans-serif";
      context.fillStyle = "#000";
      context.fillText("Mötesschema", 4, 30);
      const data = context.getImageData(0, 0, c.width, c.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
      return count;
    });
    assert.ok(inked > 200, `${inked} pixels inked`);
    const width = await page.$eval("#p", (p) => p.getBoundingClientRect().width);
    assert.ok(width > 50, `paragraph width ${width}`);
  });

  it("a candidate that does not start (an executable that is no browser) is skipped for it", async () => {
    const npm = chromiumCandidates({}).find((c) => c.id === "npm") as ChromiumCandidate;
    const notABrowser: ChromiumCandidate = {
      id: "env",
      name: "CHROMIUM_PATH=/bin/false",
      launch: () => ({ executablePath: "/bin/false" }),
    };
    const selection = await selectChromium([notABrowser, npm], (l) =>
      chromium.launch({ ...l, args: [...CHROMIUM_ARGS], timeout: 30000 })
    );
    try {
      assert.equal(selection.candidate.id, "npm");
      assert.equal(selection.skipped.length, 1);
      assert.match(selection.skipped[0], /^CHROMIUM_PATH=\/bin\/false: does not start \(/);
    } finally {
      await selection.browser.close();
    }
  });
});
