/**
 * Deployment constants shared by webpack.config.js, scripts/start.js and the tests.
 */
"use strict";

/** Origin + path the add-in is served from while developing (used in manifest.xml). */
const URL_DEV = "https://localhost:3000/";

/**
 * Origin + path of the production deployment. CHANGE THIS to the real location before
 * deploying: in production builds (`npm run build`) every occurrence of URL_DEV in
 * manifest.xml is replaced by this value in dist/manifest.xml.
 */
const URL_PROD = "https://verksam.example.se/planner/";

/**
 * The one Content-Security-Policy of the add-in. The same string is
 *  - written as a <meta http-equiv="Content-Security-Policy"> in src/taskpane/taskpane.html
 *    (a build test checks that dist/taskpane.html carries exactly this value),
 *  - sent as an HTTP header by the webpack dev server (webpack.config.js), the preview
 *    server (scripts/start.js) and the test server (tests/helpers/browser.ts).
 * Everything, office.js included, is served from our own origin; nothing may be loaded
 * from or sent to another origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = { URL_DEV, URL_PROD, CONTENT_SECURITY_POLICY };
