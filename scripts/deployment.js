/**
 * Deployment constants shared by webpack.config.js, scripts/start.js and the tests.
 */
"use strict";

const { OFFICE_JS_CDN_BASE, OFFICE_JS_CDN_ORIGIN } = require("./office-js");

/** Origin + path the add-in is served from while developing (used in manifest.xml). */
const URL_DEV = "https://localhost:3000/";

/**
 * Origin + path of the production deployment. CHANGE THIS to the real location before
 * deploying: in production builds (`npm run build`) every occurrence of URL_DEV in
 * manifest.xml is replaced by this value in dist/manifest.xml.
 */
const URL_PROD = "https://verksam.example.se/planner/";

/**
 * The Content-Security-Policy of each kind of build (scripts/office-js.js): one string per
 * kind, and the only place it is written. The build's string is
 *  - written as a <meta http-equiv="Content-Security-Policy"> into taskpane.html by webpack
 *    (a build test checks that dist/taskpane.html carries exactly this value),
 *  - sent as an HTTP header by the webpack dev server (webpack.config.js, which also serves
 *    the preview of scripts/start.js), the test server (tests/helpers/browser.ts) and the
 *    production web server (serverHeaders below: web.config, staticwebapp.config.json, nginx).
 *
 * Everything of our own comes from our own origin; nothing may be sent to another origin
 * (connect-src 'self', form-action 'none').
 *
 * "local": office.js is served from our own origin too, so the policy allows only 'self'
 * (frame-src 'self' for office.js's AgaveErrorUX/ page, now on our origin).
 *
 * "cdn": exactly what office.js needs from Microsoft's CDN in Excel, and no more:
 *  - script-src: its own folder on the CDN, https://appsforoffice.microsoft.com/lib/1/hosted/
 *    (office.js, the Excel host file, <locale>/office_strings.js, telemetry/oteljs_agave.js;
 *    a path ending in "/" allows that folder and below, nothing else on the host);
 *  - frame-src: the page office.js frames (and then shows) when it does not trust an
 *    Office on the web host, .../lib/1/hosted/AgaveErrorUX/ (the add-in frames nothing itself).
 * office.js asks for nothing else from any other host for this add-in (it sends its
 * telemetry through the Office host, not over the network). What it could load from
 * elsewhere stays blocked on purpose: its legacy telemetry frame
 * (telemetryservice.firstpartyapps.oaspapps.com; only without host information, i.e. outside
 * Office as in the preview, in Office 2013, or from a Windows host reporting version 16.00),
 * the Aria collectors (*.pipe.aria.microsoft.com; the sink office.js never enables),
 * MicrosoftAjax from ajax.aspnetcdn.com (Outlook only) and msal from alcdn.msauth.net
 * (first-party sign-in only). The add-in sends nothing over the network.
 * style-src needs 'unsafe-inline': office.js and its host files set inline styles.
 */
function contentSecurityPolicy(source) {
  if (source !== "cdn" && source !== "local") {
    throw new Error(`unknown office.js source "${source}"`);
  }
  const cdn = source === "cdn";
  return [
    "default-src 'self'",
    cdn ? `script-src 'self' ${OFFICE_JS_CDN_BASE}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    cdn ? `frame-src ${OFFICE_JS_CDN_BASE}AgaveErrorUX/` : "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The production build's policy (office.js from the CDN). */
const CONTENT_SECURITY_POLICY = contentSecurityPolicy("cdn");
/** The local-copy build's policy (office.js from our own origin). */
const CONTENT_SECURITY_POLICY_LOCAL = contentSecurityPolicy("local");

// ---- what the production web server sends (README "Deploying dist/ to a web server") ----

/**
 * The custom functions' metadata files the manifest points to (Functions.Metadata.Url and its
 * English overrides). Excel on the web downloads them with an XHR from its own origin
 * (excel.officeapps.live.com and others), so they need Access-Control-Allow-Origin.
 * A build test checks this list against every .json URL in dist/manifest.xml.
 */
const FUNCTIONS_METADATA_FILES = ["functions.json", "functions.en-us.json"];

/**
 * Access-Control-Allow-Origin for the metadata files: "*", as Microsoft's publishing guide
 * sets it ("Deploy custom functions for Excel": allowed origins *, method GET) and as the
 * `yo office` dev server sends it. Excel's origins are not a fixed list (Microsoft:
 * "there is no list for the endpoints that could call you ... they change from time to
 * time", office-js-docs-pr #2956), and the files hold nothing but the functions' public
 * descriptions: no workbook data, no cookie, nothing a person typed. "*" lets a page of any
 * origin read what anyone can already download; it never allows credentials.
 */
const FUNCTIONS_METADATA_CORS_ORIGIN = "*";

/**
 * MIME types the server must use: IIS before 8 has no mapping for .json (it answers 404.3),
 * and the charset makes the Swedish text in the bundles and in functions.json decode as
 * UTF-8 whatever the server's default is. With X-Content-Type-Options: nosniff the browser
 * runs a script only when its type is a JavaScript type.
 */
const SERVER_MIME_TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

/**
 * The response headers of a kind of build, by file (paths relative to the build folder):
 *  - every response: the build's Content-Security-Policy (it matters for the documents:
 *    taskpane.html, and office.js's error page in the local-copy build; browsers ignore it
 *    on scripts and data), X-Content-Type-Options: nosniff, and Cache-Control: no-cache.
 *    The bundles are not content-hashed (the manifest names functions.js and
 *    functions.json), so every load revalidates (a 304 when nothing changed) and a
 *    deployment never leaves Excel with a new functions.json beside an old bundle.
 *  - FUNCTIONS_METADATA_FILES: also Access-Control-Allow-Origin.
 */
function serverHeaders(source) {
  const everyResponse = {
    "Content-Security-Policy": contentSecurityPolicy(source),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
  };
  const files = {};
  for (const file of FUNCTIONS_METADATA_FILES) {
    files[file] = { "Access-Control-Allow-Origin": FUNCTIONS_METADATA_CORS_ORIGIN };
  }
  return { everyResponse, files, mimeTypes: { ...SERVER_MIME_TYPES } };
}

/** The headers of one file: every response's, then the file's own. */
function headersForFile(source, relativePath) {
  const { everyResponse, files } = serverHeaders(source);
  return { ...everyResponse, ...(files[relativePath] || {}) };
}

function xmlAttribute(value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function generatedNote(source, file) {
  return (
    `${file} for the VerkSam planner build with office.js from ` +
    (source === "cdn" ? "Microsoft's CDN" : "its own copy (office-js/)") +
    ". Generated by webpack from scripts/deployment.js: change that file, not this one."
  );
}

/**
 * dist/web.config for IIS 7 or later (system.webServer). Each header and MIME type is
 * removed before it is added, so that one inherited from the server's configuration
 * (applicationHost.config) does not make IIS fail with "duplicate collection entry".
 * <location path> is relative to the folder of web.config: the add-in may live in any
 * application or virtual directory.
 */
function iisWebConfig(source) {
  const { everyResponse, files, mimeTypes } = serverHeaders(source);
  const headerLines = (headers, indent) =>
    Object.entries(headers).flatMap(([name, value]) => [
      `${indent}<remove name="${xmlAttribute(name)}" />`,
      `${indent}<add name="${xmlAttribute(name)}" value="${xmlAttribute(value)}" />`,
    ]);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<!-- ${generatedNote(source, "web.config")} -->`,
    `<configuration>`,
    `  <system.webServer>`,
    `    <staticContent>`,
    ...Object.entries(mimeTypes).flatMap(([extension, type]) => [
      `      <remove fileExtension="${xmlAttribute(extension)}" />`,
      `      <mimeMap fileExtension="${xmlAttribute(extension)}" mimeType="${xmlAttribute(type)}" />`,
    ]),
    `    </staticContent>`,
    `    <httpProtocol>`,
    `      <customHeaders>`,
    ...headerLines(everyResponse, "        "),
    `      </customHeaders>`,
    `    </httpProtocol>`,
    `  </system.webServer>`,
  ];
  for (const [file, headers] of Object.entries(files)) {
    lines.push(
      `  <location path="${xmlAttribute(file)}">`,
      `    <system.webServer>`,
      `      <httpProtocol>`,
      `        <customHeaders>`,
      ...headerLines(headers, "          "),
      `        </customHeaders>`,
      `      </httpProtocol>`,
      `    </system.webServer>`,
      `  </location>`
    );
  }
  lines.push(`</configuration>`, ``);
  return lines.join("\n");
}

/**
 * dist/staticwebapp.config.json for Azure Static Web Apps: globalHeaders on every response,
 * one route per metadata file with its own header (a route's headers are added to the global
 * ones), mimeTypes. Route paths start at the site's root: deploy dist/ as the app's root.
 */
function staticWebAppConfig(source) {
  const { everyResponse, files, mimeTypes } = serverHeaders(source);
  const config = {
    routes: Object.entries(files).map(([file, headers]) => ({ route: `/${file}`, headers })),
    globalHeaders: everyResponse,
    mimeTypes,
  };
  return JSON.stringify(config, null, 2) + "\n";
}

/**
 * The same for nginx, for the README: location blocks for the server { } of the https site,
 * with dist/ copied to `${root}${path of URL_PROD}`. An add_header in a location replaces every
 * add_header of the enclosing level, so each location repeats all its headers. nginx's own
 * mime.types already maps .js and .json to JavaScript and JSON; charset_types adds the charset.
 */
function nginxConfig(source, root = "/var/www/verksam-planner") {
  const { everyResponse, files } = serverHeaders(source);
  const prefix = new URL(URL_PROD).pathname;
  const block = (selector, headers) => [
    `location ${selector} {`,
    `    root ${root};`,
    `    charset utf-8;`,
    `    charset_types text/css text/javascript application/javascript application/json;`,
    ...Object.entries(headers).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    `}`,
  ];
  return [
    `# ${generatedNote(source, "nginx configuration")}`,
    `# dist/ copied to ${root}${prefix}`,
    ...block(prefix, everyResponse),
    ...Object.entries(files).flatMap(([file, headers]) =>
      block(`= ${prefix}${file}`, { ...everyResponse, ...headers })
    ),
    ``,
  ].join("\n");
}

/** The server configuration files webpack writes into each production build folder. */
const SERVER_CONFIG_FILES = {
  "web.config": iisWebConfig,
  "staticwebapp.config.json": staticWebAppConfig,
};

module.exports = {
  URL_DEV,
  URL_PROD,
  OFFICE_JS_CDN_ORIGIN,
  contentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_LOCAL,
  FUNCTIONS_METADATA_FILES,
  FUNCTIONS_METADATA_CORS_ORIGIN,
  SERVER_MIME_TYPES,
  serverHeaders,
  headersForFile,
  iisWebConfig,
  staticWebAppConfig,
  nginxConfig,
  SERVER_CONFIG_FILES,
};
