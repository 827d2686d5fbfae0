/**
 * Loaded before every test file (see tests/.mocharc.json).
 *
 * Installs a stand-in for the global `CustomFunctions` object that Excel's
 * custom-functions runtime provides, so the functions adapter can be called in Node.
 * It mirrors the runtime's public shape: `new CustomFunctions.Error(code, message)`
 * and the `ErrorCode` string enum.
 *
 * Fixes fast-check's seed, so that every run of the suite (CI included) draws the same
 * cases: a property that fails, fails every time, and one that passes cannot fail later
 * by chance. `VERKSAM_FC_SEED=random npm test` draws new cases (and prints the seed of
 * any failure, to reproduce it with `VERKSAM_FC_SEED=<seed>`).
 */
import fc from "fast-check";
import { installCustomFunctionsShim } from "./custom-functions-shim";

installCustomFunctionsShim();

const seed = process.env.VERKSAM_FC_SEED ?? "20261122";
if (seed !== "random") fc.configureGlobal({ seed: Number(seed) });
