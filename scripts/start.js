#!/usr/bin/env node
/* global require, process, console, __dirname */
/*
 * `npm start`
 *
 * Windows and macOS (where Excel desktop can run):
 *   office-addin-debugging start manifest.xml [desktop|web]
 *   which starts the dev server itself (`npm run dev-server`, https on port 3000),
 *   sideloads manifest.xml and opens Excel. Extra arguments are passed on, e.g.
 *   `npm start -- web --document <url>`. The task pane loads office.js from Microsoft's CDN,
 *   as in production (VERKSAM_OFFICE_JS=local serves the local copy instead).
 *
 * Other platforms (Linux, CI), or with `npm start -- --preview`:
 *   a browser preview without Excel: the webpack dev server (development build, in
 *   memory, with live reload) serves the add-in over http at
 *   http://localhost:3000/taskpane.html with the add-in's Content-Security-Policy header.
 *   It serves the local copy of office.js (scripts/office-js.js), so that the preview works
 *   offline; VERKSAM_OFFICE_JS=cdn loads it from Microsoft's CDN instead.
 *   PORT=8080 npm start changes the port. VERKSAM_HTTPS=1 serves https with the Office
 *   developer certificate instead. Runs until Ctrl+C.
 */
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const repoRoot = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const previewRequested = args.includes("--preview");
const passThrough = args.filter((arg) => arg !== "--preview");
const hasExcel = process.platform === "win32" || process.platform === "darwin";

function parsePort(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Ogiltig port / invalid port: ${value}`);
    process.exit(2);
  }
  return port;
}

/** Runs a child until it exits; Ctrl+C / SIGTERM are passed on to it. */
function run(command, commandArgs, options, onOutput) {
  const child = spawn(command, commandArgs, {
    cwd: repoRoot,
    stdio: onOutput ? ["inherit", "pipe", "pipe"] : "inherit",
    ...options,
  });
  if (onOutput) {
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      onOutput(chunk.toString());
    });
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      onOutput(chunk.toString());
    });
  }
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  child.on("error", (error) => {
    console.error(`Kunde inte starta / could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
  });
}

function startInExcel() {
  if (process.env.PORT && Number(process.env.PORT) !== 3000) {
    console.warn(
      "PORT ignoreras: manifest.xml pekar på https://localhost:3000/. / " +
        "PORT is ignored: manifest.xml points to https://localhost:3000/."
    );
  }
  run("npx", ["office-addin-debugging", "start", "manifest.xml", ...passThrough], {
    shell: process.platform === "win32",
  });
}

function startPreview() {
  const port = parsePort(
    process.env.PORT || process.env.npm_package_config_dev_server_port || 3000
  );
  // Same rule as webpack.config.js: https on Windows/macOS or with VERKSAM_HTTPS=1.
  const https = process.env.VERKSAM_HTTPS === "1" || hasExcel;
  const url = `${https ? "https" : "http"}://localhost:${port}/taskpane.html`;
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [repoRoot] });
  console.log(`Startar förhandsvisning / starting preview on port ${port} ...`);
  let announced = false;
  run(
    process.execPath,
    [webpackCli, "serve", "--mode", "development", ...passThrough],
    {
      env: {
        ...process.env,
        // webpack.config.js reads the port from here (it is also what `npm start` sets).
        npm_package_config_dev_server_port: String(port),
        // The preview runs offline: office.js from the local copy unless told otherwise.
        VERKSAM_OFFICE_JS: process.env.VERKSAM_OFFICE_JS || "local",
      },
    },
    (output) => {
      if (!announced && /compiled successfully/.test(output)) {
        announced = true;
        console.log("");
        console.log(`Förhandsvisning (ingen Excel hittades): ${url}`);
        console.log(`Preview (no Excel found): ${url}`);
        console.log("Avsluta med Ctrl+C. / Stop with Ctrl+C.");
        console.log("");
      }
    }
  );
}

if (hasExcel && !previewRequested) {
  startInExcel();
} else {
  startPreview();
}
