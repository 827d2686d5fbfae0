/** Privacy helpers: finding and removing personal identity numbers. */
export * from "./personnummer";
