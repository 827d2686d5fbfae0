/** The sv/en message catalogue of the planning core. */
export * from "./messages";
export * from "./headers";
