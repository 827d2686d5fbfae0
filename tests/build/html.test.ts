/**
 * Checks the built task pane page (dist/taskpane.html), the office.js copy in
 * dist/office-js/ and the JavaScript bundles: everything is served from our own origin
 * and nothing in them talks to another one. Reads dist/ as built by `npm run build`.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import { CONTENT_SECURITY_POLICY } from "../../scripts/deployment";
import { DIST_DIR, distPath, listFiles, readDist, requireProductionDist } from "../helpers/dist";

/** Files from @microsoft/office-js/dist that must be in dist/office-js/. */
const REQUIRED_OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "excel-win32-16.01.js",
  "excel-web-16.00.js",
  "excel-mac-16.00.js",
  "sv-se/office_strings.js",
  "en-us/office_strings.js",
];

/** What may be in dist/office-js/ at all (the full package is 86 MB). */
const ALLOWED_OFFICE_JS_FILES = [
  /^office\.js$/,
  /^o15apptofilemappingtable\.js$/,
  /^custom-functions-runtime\.js$/,
  /^es6-promise\.js$/,
  /^excel(webapp|ios)?-[a-z0-9.-]+\.js$/,
  /^(sv-se|en-us)\/office_strings\.js$/,
];

const OFFICE_JS_MAX_BYTES = 15 * 1024 * 1024;

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

function dirSize(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0);
}

/** The bundles webpack emitted at the top of dist/ (not the copied office.js files). */
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

describe("dist/taskpane.html", () => {
  let doc: Document;
  let problems: string[];

  before(() => {
    requireProductionDist();
    ({ doc, problems } = parseHtml(readDist("taskpane.html")));
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
    assert.equal(main.getAttribute("aria-live"), "polite");
  });

  it("declares the add-in's Content-Security-Policy before any script or stylesheet", () => {
    const metas = cspMeta(doc);
    assert.equal(metas.length, 1, "expected exactly one CSP meta");
    assert.equal(metas[0].getAttribute("content"), CONTENT_SECURITY_POLICY);
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

  it("has a CSP that allows only our own origin", () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    assert.deepEqual(policy.get("default-src"), ["'self'"]);
    assert.deepEqual(policy.get("script-src"), ["'self'"]);
    assert.deepEqual(policy.get("connect-src"), ["'self'"]);
    assert.deepEqual(policy.get("object-src"), ["'none'"]);
    for (const [name, values] of policy) {
      for (const value of values) {
        assert.ok(
          ["'self'", "'none'", "'unsafe-inline'", "data:"].includes(value),
          `${name} allows ${value}`
        );
        if (value === "'unsafe-inline'")
          assert.equal(name, "style-src", `${name} allows 'unsafe-inline'`);
      }
    }
  });

  it("loads nothing from another origin", () => {
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
    assert.deepEqual(external, []);
  });

  it("has no inline scripts or inline event handlers (the CSP would block them)", () => {
    const inline = all(doc, "script").filter(
      (script) => !script.getAttribute("src") && (script.textContent ?? "").trim() !== ""
    );
    assert.equal(inline.length, 0, "inline <script>");
    const handlers: string[] = [];
    for (const element of Array.from(doc.getElementsByTagName("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) handlers.push(`<${element.localName} ${attribute.name}>`);
      }
    }
    assert.deepEqual(handlers, []);
  });

  it("loads office.js from our origin first, then the task pane and functions bundles", () => {
    const sources = all(doc, "script").map((script) => script.getAttribute("src") ?? "");
    assert.equal(sources[0], "office-js/office.js");
    const officeScript = all(doc, "script")[0];
    assert.ok(
      !officeScript.hasAttribute("async") && !officeScript.hasAttribute("defer"),
      "office.js must load synchronously"
    );
    assert.ok(sources.includes("taskpane.js"), "taskpane.js is not injected");
    assert.ok(sources.includes("functions.js"), "functions.js is not injected (shared runtime)");
  });

  it("references only files that exist in dist/", () => {
    const missing: string[] = [];
    for (const [tag, attribute] of [
      ["script", "src"],
      ["link", "href"],
      ["img", "src"],
    ] as const) {
      for (const element of all(doc, tag)) {
        const value = element.getAttribute(attribute);
        if (!value || value.startsWith("data:")) continue;
        const relative = value.replace(/[?#].*$/, "").replace(/^\.?\//, "");
        if (!fs.existsSync(distPath(relative))) missing.push(value);
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe("dist/office-js", () => {
  before(() => requireProductionDist());

  it("contains the office.js files an Excel add-in needs", () => {
    const missing = REQUIRED_OFFICE_JS_FILES.filter(
      (file) => !fs.existsSync(distPath(`office-js/${file}`))
    );
    assert.deepEqual(missing, []);
  });

  it("contains nothing else from @microsoft/office-js", () => {
    const unexpected = listFiles(distPath("office-js")).filter(
      (file) => !ALLOWED_OFFICE_JS_FILES.some((pattern) => pattern.test(file))
    );
    assert.deepEqual(unexpected, []);
  });

  it("is smaller than 15 MB", () => {
    const size = dirSize(distPath("office-js"));
    assert.ok(
      size < OFFICE_JS_MAX_BYTES,
      `dist/office-js is ${(size / 1024 / 1024).toFixed(1)} MB`
    );
  });

  it("has no debug builds anywhere in dist/", () => {
    assert.deepEqual(
      listFiles(DIST_DIR).filter((file) => file.endsWith(".debug.js")),
      []
    );
  });
});

describe("JavaScript bundles in dist/", () => {
  before(() => requireProductionDist());

  it("include taskpane.js and functions.js", () => {
    const files = bundles();
    assert.ok(files.includes("taskpane.js"));
    assert.ok(files.includes("functions.js"));
  });

  it("contain no http(s) URLs outside comments", () => {
    const found: string[] = [];
    for (const file of bundles()) {
      const code = stripComments(readDist(file));
      for (const match of code.matchAll(/https?:\/\/[^\s"'`)\\]+/g)) {
        if (!ALLOWED_BUNDLE_URLS.some((allowed) => allowed.test(match[0])))
          found.push(`${file}: ${match[0]}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it("use no network APIs (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource)", () => {
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
