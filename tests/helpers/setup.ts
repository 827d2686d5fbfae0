/**
 * Loaded before every test file (see tests/.mocharc.json).
 *
 * Installs a stand-in for the global `CustomFunctions` object that Excel's
 * custom-functions runtime provides, so the functions adapter can be called in Node.
 * It mirrors the runtime's public shape: `new CustomFunctions.Error(code, message)`
 * and the `ErrorCode` string enum.
 */
import { installCustomFunctionsShim } from "./custom-functions-shim";

installCustomFunctionsShim();
