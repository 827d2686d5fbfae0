/** Types for scripts/office-js.js (see there). */
export type OfficeJsSource = "cdn" | "local";

export declare const OFFICE_JS_CDN_URL: string;
export declare const OFFICE_JS_CDN_BASE: string;
export declare const OFFICE_JS_CDN_ORIGIN: string;
export declare const LOCAL_OFFICE_JS_DIR: string;
export declare const OFFICE_JS_LOCAL_URL: string;
export declare const OFFICE_JS_SOURCES: readonly OfficeJsSource[];
export declare const OFFICE_JS_LOCALES: readonly string[];
export declare const OFFICE_JS_EXCEL_HOST_FILES: readonly string[];
export declare const OFFICE_JS_O15_EXCEL_FILES: readonly string[];
/** [path in @microsoft/office-js/dist, path office.js requests below its folder]. */
export declare const OFFICE_JS_AGAVE_ERROR_UX_FILES: readonly (readonly [string, string])[];
export declare function resolveOfficeJsSource(
  envValue: string | boolean | undefined,
  processValue: string | undefined
): OfficeJsSource;
export declare function officeJsUrl(source: OfficeJsSource): string;
/** Every file of the local copy as [path in @microsoft/office-js/dist, path below office-js/]. */
export declare function localOfficeJsFiles(): [string, string][];
