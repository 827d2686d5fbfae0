/** Types for scripts/deployment.js (see there). */
import type { OfficeJsSource } from "./office-js";

export declare const URL_DEV: string;
export declare const URL_PROD: string;
export declare const OFFICE_JS_CDN_ORIGIN: string;
/** The Content-Security-Policy of a kind of build. */
export declare function contentSecurityPolicy(source: OfficeJsSource): string;
/** The production build's policy (office.js from the CDN). */
export declare const CONTENT_SECURITY_POLICY: string;
/** The local-copy build's policy (office.js from our own origin). */
export declare const CONTENT_SECURITY_POLICY_LOCAL: string;

/** The custom functions' metadata files (relative to the build folder) Excel fetches with an XHR. */
export declare const FUNCTIONS_METADATA_FILES: readonly string[];
/** Access-Control-Allow-Origin for FUNCTIONS_METADATA_FILES. */
export declare const FUNCTIONS_METADATA_CORS_ORIGIN: string;
/** MIME type by file extension (".js", ".json") the server must use. */
export declare const SERVER_MIME_TYPES: Readonly<Record<string, string>>;
/** What the production web server sends for a kind of build. */
export interface ServerHeaders {
  /** Headers on every response. */
  everyResponse: Record<string, string>;
  /** Further headers by file, relative to the build folder ("functions.json"). */
  files: Record<string, Record<string, string>>;
  /** MIME type by extension. */
  mimeTypes: Record<string, string>;
}
export declare function serverHeaders(source: OfficeJsSource): ServerHeaders;
/** Every response's headers and then the file's own, for a path relative to the build folder. */
export declare function headersForFile(
  source: OfficeJsSource,
  relativePath: string
): Record<string, string>;
/** dist/web.config (IIS). */
export declare function iisWebConfig(source: OfficeJsSource): string;
/** dist/staticwebapp.config.json (Azure Static Web Apps). */
export declare function staticWebAppConfig(source: OfficeJsSource): string;
/** The nginx location blocks of the README. */
export declare function nginxConfig(source: OfficeJsSource, root?: string): string;
/** File name in the build folder -> its generator. */
export declare const SERVER_CONFIG_FILES: Readonly<
  Record<string, (source: OfficeJsSource) => string>
>;
