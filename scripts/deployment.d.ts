/** Types for scripts/deployment.js (see there). */
export declare const URL_DEV: string;
export declare const URL_PROD: string;
export declare const CONTENT_SECURITY_POLICY: string;
