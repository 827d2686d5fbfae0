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
 *    the preview of scripts/start.js) and the test server (tests/helpers/browser.ts).
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

module.exports = {
  URL_DEV,
  URL_PROD,
  OFFICE_JS_CDN_ORIGIN,
  contentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_LOCAL,
};
