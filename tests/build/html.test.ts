/**
 * Checks the built task pane page of both production builds, the local copy of office.js and
 * the JavaScript bundles:
 *   - dist/ (`npm run build`): taskpane.html loads office.js from Microsoft's CDN, and its
 *     Content-Security-Policy allows exactly the CDN folder office.js needs, nothing else;
 *   - dist-local/ (the local-copy build, which `npm test` makes): office.js and every file it
 *     requests are served from our own origin (office-js/), and the policy allows only that.
 * Nothing in either talks to another origin. Reads the builds as scripts/test.js makes them.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import { contentSecurityPolicy } from "../../scripts/deployment";
import {
  LOCAL_OFFICE_JS_DIR,
  localOfficeJsFiles,
  OFFICE_JS_CDN_BASE,
  OFFICE_JS_CDN_URL,
  officeJsUrl,
} from "../../scripts/office-js";
import type { OfficeJsSource } from "../../scripts/office-js";
import {
  DIST_DIR,
  DIST_LOCAL_DIR,
  distPath,
  listFiles,
  readDist,
  requireLocalOfficeJsDist,
  requireProductionDist,
} from "../helpers/dist";
import { OFFICE_JS_PACKAGE_DIR } from "../helpers/office-cdn";

/** The two production builds. */
const BUILDS: readonly {
  kind: OfficeJsSource;
  name: string;
  dir: string;
  require: () => void;
}[] = [
  { kind: "cdn", name: "dist/", dir: DIST_DIR, require: requireProductionDist },
  { kind: "local", name: "dist-local/", dir: DIST_LOCAL_DIR, require: requireLocalOfficeJsDist },
];

/** 9.6 MiB (72 files) with @microsoft/office-js 1.1.110, of the package's 84 MiB. */
const OFFICE_JS_MAX_BYTES = 12 * 1024 * 1024;

/** Attributes that make the browser fetch something. */
const URL_ATTRIBUTES = [
  "src",
  "href",
  "srcset",
  "action",
  "formaction",
  "data",
  "poster",
  "background",
  "xlink:href",
];

/** http(s) or protocol-relative. */
const ABSOLUTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * URLs that may appear in a bundle because they are text, never requested:
 * XML namespaces (createElementNS and the like) and the documentation link in the
 * RangeError date-fns throws for the YYYY/DD format tokens.
 */
const ALLOWED_BUNDLE_URLS = [
  /^http:\/\/www\.w3\.org\//,
  /^https:\/\/github\.com\/date-fns\/date-fns\/blob\/[^/]+\/docs\//,
];

/**
 * XML namespace names the förbund view's xlsx parser compares element and relationship types
 * with (strings inside the .xlsx files, never requested): allowed in the lazy xlsx chunks only.
 */
const XLSX_CHUNKS = ["xlsx-reader.js", "xlsx-vendor.js"];
const ALLOWED_XLSX_NAMESPACES = [
  /^http:\/\/schemas\.openxmlformats\.org\/[\w./-]*$/,
  /^http:\/\/purl\.oclc\.org\/ooxml\/[\w./-]*$/,
];

/** Browser APIs that send data over the network. */
const NETWORK_APIS: [string, RegExp][] = [
  ["fetch()", /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["importScripts", /\bimportScripts\b/],
];

function parseHtml(text: string): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(text, "text/html");
  return { doc, problems };
}

function all(doc: Document, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

function cspMeta(doc: Document): Element[] {
  return all(doc, "meta").filter(
    (meta) => (meta.getAttribute("http-equiv") ?? "").toLowerCase() === "content-security-policy"
  );
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** Every source of every directive is a keyword ('self', 'none', ...) or data:. */
function assertOnlyKeywords(directive: Map<string, string[]>): void {
  for (const [name, values] of directive) {
    for (const value of values) {
      assert.ok(
        ["'self'", "'none'", "'unsafe-inline'", "data:"].includes(value),
        `${name} allows ${value}`
      );
      if (value === "'unsafe-inline'")
        assert.equal(name, "style-src", `${name} allows 'unsafe-inline'`);
    }
  }
}

function dirSize(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0);
}

/** The bundles webpack emitted at the top of dist/. */
function bundles(): string[] {
  return fs.readdirSync(DIST_DIR).filter((file) => file.endsWith(".js"));
}

/**
 * Bundle text without comments. The production bundles are minified (Terser keeps no
 * comments in them except license blocks and the sourceMappingURL line), so removing
 * block comments and whole-line // comments is enough, and cannot hide code.
 */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
}

for (const build of BUILDS) {
  describe(`${build.name}taskpane.html`, () => {
    let doc: Document;
    let problems: string[];
    const policy = contentSecurityPolicy(build.kind);

    before(() => {
      build.require();
      ({ doc, problems } = parseHtml(readDist("taskpane.html", build.dir)));
    });

    it("parses without problems", () => {
      assert.deepEqual(problems, []);
    });

    it("is a Swedish UTF-8 page titled VerkSam planner with the app container", () => {
      const html = doc.documentElement;
      assert.ok(html);
      assert.equal(html.getAttribute("lang"), "sv");
      assert.ok(
        all(doc, "meta").some(
          (meta) => (meta.getAttribute("charset") ?? "").toLowerCase() === "utf-8"
        ),
        "no <meta charset=utf-8>"
      );
      assert.ok(
        all(doc, "meta").some((meta) => meta.getAttribute("name") === "viewport"),
        "no viewport meta"
      );
      assert.equal((all(doc, "title")[0]?.textContent ?? "").trim(), "VerkSam planner");
      const main = all(doc, "main").find((element) => element.getAttribute("id") === "app");
      assert.ok(main, "no <main id=app>");
      // One live region per status line (each action's own), never the whole pane.
      assert.equal(main.getAttribute("aria-live"), null);
    });

    it(`declares the ${build.kind} build's Content-Security-Policy before any script or stylesheet`, () => {
      const metas = cspMeta(doc);
      assert.equal(metas.length, 1, "expected exactly one CSP meta");
      assert.equal(metas[0].getAttribute("content"), policy);
      const head = all(doc, "head")[0];
      const children = Array.from(head.childNodes).filter(
        (node): node is Element => node.nodeType === 1
      );
      const metaIndex = children.indexOf(metas[0]);
      const firstResource = children.findIndex(
        (element) => element.localName === "script" || element.localName === "link"
      );
      assert.ok(
        metaIndex >= 0 && metaIndex < firstResource,
        "the CSP meta must come before scripts and stylesheets"
      );
    });

    if (build.kind === "local") {
      it("has a CSP that allows only our own origin", () => {
        const directive = directives(policy);
        assert.deepEqual(directive.get("default-src"), ["'self'"]);
        assert.deepEqual(directive.get("script-src"), ["'self'"]);
        assert.deepEqual(directive.get("connect-src"), ["'self'"]);
        assert.deepEqual(directive.get("frame-src"), ["'self'"]);
        assert.deepEqual(directive.get("object-src"), ["'none'"]);
        assertOnlyKeywords(directive);
      });
    } else {
      it("has a CSP that allows our own origin and, for office.js, only its folder on the CDN", () => {
        assert.equal(OFFICE_JS_CDN_BASE, "https://appsforoffice.microsoft.com/lib/1/hosted/");
        const directive = directives(policy);
        assert.deepEqual(directive.get("default-src"), ["'self'"]);
        // office.js, its host file, office_strings.js and oteljs_agave.js: that one folder.
        assert.deepEqual(directive.get("script-src"), ["'self'", OFFICE_JS_CDN_BASE]);
        // The page office.js frames on an Office on the web host it does not trust.
        assert.deepEqual(directive.get("frame-src"), [`${OFFICE_JS_CDN_BASE}AgaveErrorUX/`]);
        // Nothing may be sent anywhere but to us, office.js's telemetry included.
        assert.deepEqual(directive.get("connect-src"), ["'self'"]);
        assert.deepEqual(directive.get("object-src"), ["'none'"]);
        const withoutCdn = new Map(
          [...directive].map(([name, values]): [string, string[]] => [
            name,
            ["script-src", "frame-src"].includes(name)
              ? values.filter((value) => !value.startsWith(OFFICE_JS_CDN_BASE))
              : values,
          ])
        );
        assertOnlyKeywords(withoutCdn);
      });
    }

    it("loads nothing from another origin (but office.js from the CDN in the CDN build)", () => {
      const external: string[] = [];
      for (const element of Array.from(doc.getElementsByTagName("*"))) {
        for (const attribute of URL_ATTRIBUTES) {
          const value = element.getAttribute(attribute);
          if (value === null) continue;
          const candidates =
            attribute === "srcset"
              ? value.split(",").map((part) => part.trim().split(/\s+/)[0])
              : [value];
          for (const candidate of candidates) {
            if (ABSOLUTE_URL.test(candidate))
              external.push(`<${element.localName} ${attribute}="${value}">`);
          }
        }
      }
      assert.deepEqual(
        external,
        build.kind === "cdn" ? [`<script src="${OFFICE_JS_CDN_URL}">`] : []
      );
    });

    it("has no inline scripts or inline event handlers (the CSP would block them)", () => {
      const inline = all(doc, "script").filter(
        (script) => !script.getAttribute("src") && (script.textContent ?? "").trim() !== ""
      );
      assert.equal(inline.length, 0, "inline <script>");
      const handlers: string[] = [];
      for (const element of Array.from(doc.getElementsByTagName("*"))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name))
            handlers.push(`<${element.localName} ${attribute.name}>`);
        }
      }
      assert.deepEqual(handlers, []);
    });

    it(`loads office.js first, once, from ${officeJsUrl(build.kind)}, then the bundles`, () => {
      const sources = all(doc, "script").map((script) => script.getAttribute("src") ?? "");
      assert.equal(sources[0], officeJsUrl(build.kind));
      assert.equal(sources.filter((src) => /(^|\/)office(\.debug)?\.js$/.test(src)).length, 1);
      const officeScript = all(doc, "script")[0];
      assert.ok(
        !officeScript.hasAttribute("async") && !officeScript.hasAttribute("defer"),
        "office.js must load synchronously"
      );
      assert.ok(sources.includes("taskpane.js"), "taskpane.js is not injected");
      assert.ok(sources.includes("functions.js"), "functions.js is not injected (shared runtime)");
    });

    it(`references only files that exist in ${build.name} (or office.js on the CDN)`, () => {
      const missing: string[] = [];
      for (const [tag, attribute] of [
        ["script", "src"],
        ["link", "href"],
        ["img", "src"],
      ] as const) {
        for (const element of all(doc, tag)) {
          const value = element.getAttribute(attribute);
          if (!value || value.startsWith("data:") || value === OFFICE_JS_CDN_URL) continue;
          const relative = value.replace(/[?#].*$/, "").replace(/^\.?\//, "");
          if (!fs.existsSync(distPath(relative, build.dir))) missing.push(value);
        }
      }
      assert.deepEqual(missing, []);
    });

    it(`has no debug builds anywhere in ${build.name}`, () => {
      assert.deepEqual(
        listFiles(build.dir).filter((file) => file.endsWith(".debug.js")),
        []
      );
    });
  });
}

describe("office.js in the builds", () => {
  it("dist/ holds no copy of office.js: the production build loads it from the CDN", () => {
    requireProductionDist();
    assert.ok(!fs.existsSync(distPath(LOCAL_OFFICE_JS_DIR)), "dist/office-js/ exists");
    const copied = listFiles(DIST_DIR).filter((file) =>
      /(^|\/)(office|o15apptofilemappingtable|excel[^/]*|office_strings)\.js$/i.test(file)
    );
    assert.deepEqual(copied, []);
  });

  describe("dist-local/office-js, the local copy", () => {
    const copyDir = (): string => distPath(LOCAL_OFFICE_JS_DIR, DIST_LOCAL_DIR);
    before(() => requireLocalOfficeJsDist());

    it("holds exactly the files of scripts/office-js.js, under the names office.js requests", () => {
      const expected = localOfficeJsFiles()
        .map(([, to]) => to)
        .sort();
      assert.deepEqual(listFiles(copyDir()), expected);
      // The mixed case office.js asks for, not the npm package's lower case.
      for (const file of [
        "AgaveErrorUX/index.html",
        "AgaveErrorUX/AgaveErrorUX.js",
        "AgaveErrorUX/style/AgaveErrorUX.css",
      ])
        assert.ok(expected.includes(file), file);
      assert.equal(expected.filter((file) => file.endsWith("/office_strings.js")).length, 51);
    });

    it("is, file for file, byte for byte the @microsoft/office-js package", () => {
      const different = localOfficeJsFiles().filter(
        ([from, to]) =>
          !fs
            .readFileSync(path.join(OFFICE_JS_PACKAGE_DIR, ...from.split("/")))
            .equals(fs.readFileSync(path.join(copyDir(), ...to.split("/"))))
      );
      assert.deepEqual(different, []);
    });

    it(`is smaller than ${OFFICE_JS_MAX_BYTES / 1024 / 1024} MB`, () => {
      const size = dirSize(copyDir());
      assert.ok(
        size < OFFICE_JS_MAX_BYTES,
        `dist-local/office-js is ${(size / 1024 / 1024).toFixed(1)} MB`
      );
    });
  });
});

describe("JavaScript bundles in dist/", () => {
  before(() => requireProductionDist());

  it("are taskpane.js, functions.js and the xlsx chunks, nothing else", () => {
    assert.deepEqual(bundles().sort(), ["functions.js", "taskpane.js", ...XLSX_CHUNKS].sort());
  });

  it("load chunks only relative to the page: no script-URL detection, no worker loading", () => {
    // publicPath "" (webpack.config.js): the runtime in functions.js loads a chunk with a
    // <script> tag of the page's own origin; "auto" would add importScripts and currentScript.
    const runtime = stripComments(readDist("functions.js"));
    assert.ok(!/currentScript/.test(runtime), "functions.js looks up its own script URL");
    assert.ok(/"xlsx-reader"/.test(runtime), "the runtime does not know the xlsx-reader chunk");
  });

  it("contain no http(s) URLs outside comments", () => {
    const found: string[] = [];
    for (const file of bundles()) {
      const code = stripComments(readDist(file));
      for (const match of code.matchAll(/https?:\/\/[^\s"'`)\\]+/g)) {
        const allowed = XLSX_CHUNKS.includes(file)
          ? [...ALLOWED_BUNDLE_URLS, ...ALLOWED_XLSX_NAMESPACES]
          : ALLOWED_BUNDLE_URLS;
        if (!allowed.some((pattern) => pattern.test(match[0]))) found.push(`${file}: ${match[0]}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it("use no network APIs (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, importScripts)", () => {
    const found: string[] = [];
    for (const file of bundles()) {
      const code = stripComments(readDist(file));
      for (const [name, pattern] of NETWORK_APIS) {
        if (pattern.test(code)) found.push(`${file}: ${name}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
