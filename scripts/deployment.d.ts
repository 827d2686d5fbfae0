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
