/**
 * Where the task pane gets office.js from, and what a local copy of it holds.
 *
 * Two kinds of build (webpack.config.js):
 *   - "cdn" (the default, `npm run build`): taskpane.html loads office.js from Microsoft's
 *     Office CDN, OFFICE_JS_CDN_URL. That is the supported source: the README of the
 *     @microsoft/office-js npm package says the npm package is no longer officially supported.
 *   - "local" (`npm run build:local-officejs`, or `--env officejs=local`, or
 *     VERKSAM_OFFICE_JS=local): for networks that cannot reach the CDN. The build copies the
 *     files below from @microsoft/office-js/dist to office-js/ beside taskpane.html, and the
 *     page loads office-js/office.js from the add-in's own origin. The preview (`npm start`
 *     without Excel) and the browser tests use it too, so that they run offline.
 *
 * The local copy holds every file office.js can request in Excel, under the exact name it
 * requests (read from office.debug.js, o15apptofilemappingtable.debug.js and the Excel host
 * files of the package; tests/build/officejs-files.test.ts checks this list against them):
 *   - office.js, and o15apptofilemappingtable.js, which office.js loads when it gets no host
 *     information (Office 2013, or a plain browser: the preview);
 *   - the Excel host file office.js builds from the host information,
 *     `excel-<platform>-<version>.js` (the version capped by OSF.HostSpecificFileVersionMap),
 *     and the Excel files o15apptofilemappingtable.js maps (excel-15*.js, excelwebapp-15*.js);
 *   - `<locale>/office_strings.js` for each of the 51 locales of OSF.SupportedLocales
 *     (OSF.getSupportedLocale maps every other locale to one of them, en-us being the fallback);
 *   - telemetry/oteljs_agave.js (OTel.OTelLogger loads it once Office is ready);
 *   - the page office.js frames when it does not trust an Office on the web host:
 *     `AgaveErrorUX/index.html#...`, which loads AgaveErrorUX.js, style\AgaveErrorUX.css, two
 *     images and ../<locale>/office_strings.js. The npm package has that folder in lower case
 *     (agaveerrorux/agaveerrorux.js, ...); a web server on a case-sensitive file system must
 *     serve the names office.js asks for, so they are copied under those names.
 * Left out, because office.js never requests them for this add-in: the debug builds,
 * es6-promise.js and custom-functions-runtime.js (and the excel-*-core.js files only that
 * runtime loads: a shared-runtime add-in never uses it), excelios-15.js (not in the O15
 * table), the files of other Office applications, ariatelemetry/ (legacy telemetry, switched
 * off in every file: EnableSendingTelemetryWithLegacyAria = false), webauth/ and html2canvas.js
 * (first-party sign-in and PowerPoint only).
 */
"use strict";

/** The office.js the production build loads: Microsoft's CDN, API version 1. */
const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The folder office.js loads its other files from on the CDN (its own location). */
const OFFICE_JS_CDN_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The CDN's origin. */
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
/** Folder of the local copy, relative to taskpane.html (and to the build's output folder). */
const LOCAL_OFFICE_JS_DIR = "office-js";
/** The office.js the local-copy build loads, relative to taskpane.html. */
const OFFICE_JS_LOCAL_URL = `${LOCAL_OFFICE_JS_DIR}/office.js`;

/** The two kinds of build. */
const OFFICE_JS_SOURCES = ["cdn", "local"];

/**
 * The kind of build asked for: `--env officejs=...` first, then VERKSAM_OFFICE_JS, else "cdn".
 * Throws on anything else, so that a typo never silently builds the other kind.
 */
function resolveOfficeJsSource(envValue, processValue) {
  const raw = envValue !== undefined ? envValue : processValue;
  const value = raw === undefined || raw === "" ? "cdn" : String(raw).trim().toLowerCase();
  if (!OFFICE_JS_SOURCES.includes(value)) {
    throw new Error(
      `office.js source "${raw}" is unknown: use --env officejs=cdn|local or VERKSAM_OFFICE_JS=cdn|local`
    );
  }
  return value;
}

/** The src of taskpane.html's office.js <script> for a kind of build. */
function officeJsUrl(source) {
  return source === "local" ? OFFICE_JS_LOCAL_URL : OFFICE_JS_CDN_URL;
}

/** OSF.SupportedLocales of office.js: the folders of <locale>/office_strings.js. */
// prettier-ignore
const OFFICE_JS_LOCALES = [
  "ar-sa", "bg-bg", "bn-in", "ca-es", "cs-cz", "da-dk", "de-de", "el-gr", "en-us", "es-es",
  "et-ee", "eu-es", "fa-ir", "fi-fi", "fr-fr", "gl-es", "he-il", "hi-in", "hr-hr", "hu-hu",
  "id-id", "it-it", "ja-jp", "kk-kz", "ko-kr", "lo-la", "lt-lt", "lv-lv", "ms-my", "nb-no",
  "nl-nl", "nn-no", "pl-pl", "pt-br", "pt-pt", "ro-ro", "ru-ru", "sk-sk", "sl-si",
  "sr-cyrl-cs", "sr-cyrl-rs", "sr-latn-cs", "sr-latn-rs", "sv-se", "th-th", "tr-tr", "uk-ua",
  "ur-pk", "vi-vn", "zh-cn", "zh-tw",
];

/** The Excel host files office.js can request: excel-<platform>-<version>.js. */
const OFFICE_JS_EXCEL_HOST_FILES = [
  "excel-android-16.00.js",
  "excel-ios-16.00.js",
  "excel-mac-16.00.js",
  "excel-web-16.00.js",
  "excel-win32-16.00.js",
  "excel-win32-16.01.js",
  "excel-winrt-16.00.js",
];

/** The Excel files o15apptofilemappingtable.js maps (Excel 2013 and Excel Web App 2013). */
const OFFICE_JS_O15_EXCEL_FILES = [
  "excel-15.js",
  "excel-15.01.js",
  "excel-15.02.js",
  "excelwebapp-15.js",
  "excelwebapp-15.01.js",
  "excelwebapp-15.02.js",
];

/** The error page office.js frames: [path in the npm package, path office.js requests]. */
const OFFICE_JS_AGAVE_ERROR_UX_FILES = [
  ["agaveerrorux/index.html", "AgaveErrorUX/index.html"],
  ["agaveerrorux/agaveerrorux.js", "AgaveErrorUX/AgaveErrorUX.js"],
  ["agaveerrorux/style/agaveerrorux.css", "AgaveErrorUX/style/AgaveErrorUX.css"],
  ["agaveerrorux/images/moe_status_icons.png", "AgaveErrorUX/images/moe_status_icons.png"],
  ["agaveerrorux/images/agavedefaulticon96x96.png", "AgaveErrorUX/images/agavedefaulticon96x96.png"],
];

/**
 * Every file of the local copy as [path in @microsoft/office-js/dist, path below office-js/],
 * both with "/" separators, in a stable order.
 */
function localOfficeJsFiles() {
  const same = (file) => [file, file];
  return [
    same("office.js"),
    same("o15apptofilemappingtable.js"),
    ...OFFICE_JS_EXCEL_HOST_FILES.map(same),
    ...OFFICE_JS_O15_EXCEL_FILES.map(same),
    ...OFFICE_JS_LOCALES.map((locale) => same(`${locale}/office_strings.js`)),
    same("telemetry/oteljs_agave.js"),
    ...OFFICE_JS_AGAVE_ERROR_UX_FILES,
  ];
}

module.exports = {
  OFFICE_JS_CDN_URL,
  OFFICE_JS_CDN_BASE,
  OFFICE_JS_CDN_ORIGIN,
  LOCAL_OFFICE_JS_DIR,
  OFFICE_JS_LOCAL_URL,
  OFFICE_JS_SOURCES,
  OFFICE_JS_LOCALES,
  OFFICE_JS_EXCEL_HOST_FILES,
  OFFICE_JS_O15_EXCEL_FILES,
  OFFICE_JS_AGAVE_ERROR_UX_FILES,
  resolveOfficeJsSource,
  officeJsUrl,
  localOfficeJsFiles,
};
