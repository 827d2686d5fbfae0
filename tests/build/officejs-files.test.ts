/**
 * Checks the list of office.js files in scripts/office-js.js (what the local-copy build
 * copies, under which names) against the sources of the installed @microsoft/office-js
 * package: the list must hold every file office.js can request in Excel, under the name it
 * requests, and nothing it never requests. When the package is updated and office.js starts
 * asking for something else, this fails and says what.
 *
 * Read from the minified files that are served (office.js, o15apptofilemappingtable.js, the
 * error page); the legacy-telemetry switch from the readable .debug.js twins.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  contentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_LOCAL,
} from "../../scripts/deployment";
import {
  localOfficeJsFiles,
  OFFICE_JS_AGAVE_ERROR_UX_FILES,
  OFFICE_JS_EXCEL_HOST_FILES,
  OFFICE_JS_LOCALES,
  OFFICE_JS_O15_EXCEL_FILES,
  officeJsUrl,
  resolveOfficeJsSource,
} from "../../scripts/office-js";
import { OFFICE_JS_PACKAGE_DIR } from "../helpers/office-cdn";

function packageFile(relative: string): string {
  return fs.readFileSync(path.join(OFFICE_JS_PACKAGE_DIR, ...relative.split("/")), "utf8");
}

/** The text of `name={...}` (one level of nested braces) in minified code. */
function objectLiteral(source: string, name: string): string {
  const match = new RegExp(`${name.replace(/\./g, "\\.")}=(\\{(?:[^{}]|\\{[^{}]*\\})*\\})`).exec(
    source
  );
  assert.ok(match, `${name} not found`);
  return match[1];
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe("the office.js files of the local copy (scripts/office-js.js)", () => {
  const officeJs = packageFile("office.js");

  it("has every locale of OSF.SupportedLocales, en-us (the fallback) and every associated locale", () => {
    const supported = [
      ...objectLiteral(officeJs, "OSF.SupportedLocales").matchAll(/"([a-z-]+)":/g),
    ].map((m) => m[1]);
    assert.equal(supported.length, 51);
    assert.deepEqual(sorted(OFFICE_JS_LOCALES), sorted(supported));
    assert.match(officeJs, /DefaultLocale:"en-us"/);
    const associated = [
      ...objectLiteral(officeJs, "OSF.AssociatedLocales").matchAll(/:"([a-z-]+)"/g),
    ].map((m) => m[1]);
    assert.ok(associated.length > 40);
    assert.deepEqual(
      associated.filter((locale) => !OFFICE_JS_LOCALES.includes(locale)),
      []
    );
    // The error page maps locales with the same list.
    const errorPage = packageFile("agaveerrorux/agaveerrorux.js");
    assert.deepEqual(
      sorted(
        [...objectLiteral(errorPage, "SupportedLocales").matchAll(/"([a-z-]+)":/g)].map((m) => m[1])
      ),
      sorted(supported)
    );
  });

  it("has the Excel host file of every platform office.js knows, and every other one in the package", () => {
    // office.js asks for <host>-<platform>-<version>.js, the version capped per platform by
    // OSF.HostSpecificFileVersionMap (default OSF.HostSpecificFileVersionDefault).
    const excel = /excel:\{([^}]*)\}/.exec(
      objectLiteral(officeJs, "OSF.HostSpecificFileVersionMap")
    );
    assert.ok(excel, "no excel entry in OSF.HostSpecificFileVersionMap");
    const capped = [...excel[1].matchAll(/(\w+):"([\d.]+)"/g)].map(
      ([, platform, version]) => `excel-${platform}-${version}.js`
    );
    const fallback = /OSF\.HostSpecificFileVersionDefault="([\d.]+)"/.exec(officeJs);
    assert.ok(fallback);
    assert.deepEqual(
      sorted(capped),
      sorted([
        "excel-ios-16.00.js",
        "excel-mac-16.00.js",
        "excel-web-16.00.js",
        "excel-win32-16.01.js",
        "excel-winrt-16.00.js",
      ])
    );
    for (const file of [...capped, `excel-android-${fallback[1]}.js`])
      assert.ok(OFFICE_JS_EXCEL_HOST_FILES.includes(file), file);
    // A host reporting an older version (Windows 16.00) gets that file: all are kept.
    const inPackage = fs
      .readdirSync(OFFICE_JS_PACKAGE_DIR)
      .filter((file) => /^excel-[a-z0-9]+-\d+\.\d+\.js$/.test(file));
    assert.deepEqual(sorted(OFFICE_JS_EXCEL_HOST_FILES), sorted(inPackage));
    // Only custom-functions-runtime.js (a JS-only runtime, not used by a shared runtime)
    // asks for the excel-*-core.js files; office.js sets no such suffix.
    assert.ok(!/HostFileScriptSuffix:/.test(officeJs), "office.js sets HostFileScriptSuffix");
    assert.match(packageFile("custom-functions-runtime.js"), /HostFileScriptSuffix:"core"/);
  });

  it("has the Excel files o15apptofilemappingtable.js maps (Excel 2013, Excel Web App 2013)", () => {
    const table = packageFile("o15apptofilemappingtable.js");
    // "1-15.00":"excel-15"+suffix ... app 1 is Excel, app 16 the Excel Web App.
    const mapped = [...table.matchAll(/"(\d+)-[\d.]+":"([a-z]+-[\d.]+)"\+/g)]
      .filter(([, app]) => app === "1" || app === "16")
      .map(([, , file]) => `${file}.js`);
    assert.deepEqual(sorted(OFFICE_JS_O15_EXCEL_FILES), sorted(mapped));
    assert.match(officeJs, /O15InitHelper:"o15apptofilemappingtable\.js"/);
  });

  it("has telemetry/oteljs_agave.js, which office.js loads from its own folder", () => {
    assert.match(officeJs, /"telemetry\/oteljs_agave\.js"/);
    assert.ok(localOfficeJsFiles().some(([, to]) => to === "telemetry/oteljs_agave.js"));
  });

  it("has the error page under the mixed-case names office.js and the page request", () => {
    for (const file of ["excel-web-16.00.js", "o15apptofilemappingtable.js"])
      assert.ok(packageFile(file).includes(`"AgaveErrorUX/index.html#"`), file);
    const index = packageFile("agaveerrorux/index.html");
    assert.match(index, /src="AgaveErrorUX\.js"/);
    assert.match(index, /href="style\\AgaveErrorUX\.css"/); // a backslash: the browser reads "/"
    const page = packageFile("agaveerrorux/agaveerrorux.js");
    const images = [...page.matchAll(/"(?:url\()?(images\/[a-z0-9_]+\.png)\)?"/g)].map((m) => m[1]);
    assert.deepEqual(sorted(images), [
      "images/agavedefaulticon96x96.png",
      "images/moe_status_icons.png",
    ]);
    assert.match(page, /"\.\.\/\{locale\}\/office_strings\.js"/);
    assert.ok(
      !/url\(/.test(packageFile("agaveerrorux/style/agaveerrorux.css")),
      "the CSS loads images"
    );
    assert.deepEqual(
      sorted(OFFICE_JS_AGAVE_ERROR_UX_FILES.map(([, to]) => to)),
      sorted([
        "AgaveErrorUX/index.html",
        "AgaveErrorUX/AgaveErrorUX.js",
        "AgaveErrorUX/style/AgaveErrorUX.css",
        ...images.map((image) => `AgaveErrorUX/${image}`),
      ])
    );
    for (const [from, to] of OFFICE_JS_AGAVE_ERROR_UX_FILES)
      assert.equal(from, `agaveerrorux/${to.slice("AgaveErrorUX/".length).toLowerCase()}`);
  });

  it("leaves out ariatelemetry/: the legacy telemetry is switched off in every file that has it", () => {
    const withAria = [...OFFICE_JS_EXCEL_HOST_FILES, "o15apptofilemappingtable.js"]
      .map((file) => file.replace(/\.js$/, ".debug.js"))
      .filter((file) => packageFile(file).includes("ariatelemetry/aria-web-telemetry.js"));
    assert.ok(withAria.length > 0);
    for (const file of withAria) {
      const text = packageFile(file);
      assert.match(text, /EnableSendingTelemetryWithLegacyAria\s*[=:]\s*false/, file);
      assert.doesNotMatch(text, /EnableSendingTelemetryWithLegacyAria\s*[=:]\s*(true|!0)/, file);
    }
    assert.ok(!localOfficeJsFiles().some(([, to]) => to.startsWith("ariatelemetry/")));
  });

  it("copies each file once, from a file that exists in the package", () => {
    const targets = localOfficeJsFiles().map(([, to]) => to);
    assert.equal(new Set(targets).size, targets.length);
    const missing = localOfficeJsFiles().filter(
      ([from]) => !fs.existsSync(path.join(OFFICE_JS_PACKAGE_DIR, ...from.split("/")))
    );
    assert.deepEqual(missing, []);
    assert.equal(targets.length, 2 + 7 + 6 + 51 + 1 + 5);
  });
});

describe("choosing where office.js comes from (--env officejs=..., VERKSAM_OFFICE_JS)", () => {
  it("defaults to the CDN, takes --env before the environment, and refuses anything else", () => {
    assert.equal(resolveOfficeJsSource(undefined, undefined), "cdn");
    assert.equal(resolveOfficeJsSource(undefined, ""), "cdn");
    assert.equal(resolveOfficeJsSource("local", undefined), "local");
    assert.equal(resolveOfficeJsSource(undefined, "LOCAL"), "local");
    assert.equal(resolveOfficeJsSource("cdn", "local"), "cdn");
    for (const [env, variable] of [
      [true, undefined],
      ["lokal", undefined],
      [undefined, "yes"],
    ] as const)
      assert.throws(() => resolveOfficeJsSource(env, variable), /cdn\|local/);
  });

  it("gives each kind its own office.js address and policy", () => {
    assert.equal(officeJsUrl("cdn"), "https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    assert.equal(officeJsUrl("local"), "office-js/office.js");
    assert.equal(CONTENT_SECURITY_POLICY, contentSecurityPolicy("cdn"));
    assert.equal(CONTENT_SECURITY_POLICY_LOCAL, contentSecurityPolicy("local"));
    assert.notEqual(CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_LOCAL);
    assert.ok(!CONTENT_SECURITY_POLICY_LOCAL.includes("appsforoffice"));
  });
});
