/* eslint-disable no-undef */
/* global require, module, process, __dirname */

/*
 * Webpack configuration, modelled on Microsoft's `yo office` template
 * "Excel custom functions with a shared runtime".
 *
 *   npm run build                -> webpack --mode production  (dist/, minified, production manifest)
 *   npm run build:local-officejs -> the same with a local copy of office.js (see below)
 *   npm run build:dev            -> webpack --mode development
 *   npm run dev-server           -> webpack serve --mode development
 *
 * Shared runtime: the task pane page (taskpane.html) hosts both the task pane code and
 * the custom functions, so both chunks are injected into it. The functions chunk is also
 * emitted as functions.js, which the manifest's Functions.Script.Url points to.
 *
 * office.js (scripts/office-js.js): by default taskpane.html loads it from Microsoft's Office
 * CDN, the supported source. `--env officejs=local` (or VERKSAM_OFFICE_JS=local) builds a
 * complete local copy instead, for networks that cannot reach the CDN: every file office.js
 * can request in Excel is copied from @microsoft/office-js/dist to office-js/ and the page
 * loads office-js/office.js. Each kind has its own Content-Security-Policy
 * (scripts/deployment.js), written into taskpane.html and sent by the dev server.
 *
 * Each production build folder also gets the web server's configuration, generated from
 * scripts/deployment.js (ServerConfigPlugin): web.config (IIS) and staticwebapp.config.json
 * (Azure Static Web Apps), with that build's CSP header, CORS for functions.json and the MIME
 * types.
 *
 * The coordinators' guide (GuidePlugin): docs/guide.md and docs/guide.en.md become guide.html
 * and guide.en.html beside taskpane.html (converted with marked at build time; no script, the
 * build's CSP), with docs/guide.css and the screenshots under docs/images/ that
 * tests/browser/guide.test.ts makes. The pane's Hjälp link opens them.
 */


const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  contentSecurityPolicy,
  FUNCTIONS_METADATA_CORS_ORIGIN,
  SERVER_CONFIG_FILES,
  URL_DEV,
  URL_PROD,
} = require("./scripts/deployment");
const {
  LOCAL_OFFICE_JS_DIR,
  localOfficeJsFiles,
  officeJsUrl,
  resolveOfficeJsSource,
} = require("./scripts/office-js");
const { finishMetadata, localizeMetadata } = require("./scripts/localize-functions");

/**
 * Finishes functions.json as custom-functions-metadata-plugin generated it (finishMetadata:
 * allowErrorForDataTypeAny, which the generator cannot write) and emits functions.en-us.json
 * beside it: the same metadata with the English descriptions of
 * src/functions/functions.en-us.json, for Excel in English.
 */
class EnglishFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("EnglishFunctionsMetadataPlugin", (compilation) => {
      const english = path.resolve(__dirname, "src/functions/functions.en-us.json");
      compilation.fileDependencies.add(english);
      compilation.hooks.processAssets.tap({ name: "EnglishFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset("functions.json");
        if (!generated) return; // the metadata plugin reported its own error
        try {
          const text = JSON.parse(require("fs").readFileSync(english, "utf8"));
          const finished = finishMetadata(generated.source.source().toString());
          compilation.updateAsset("functions.json", new sources.RawSource(finished));
          compilation.emitAsset("functions.en-us.json", new sources.RawSource(localizeMetadata(finished, text)));
        } catch (e) {
          compilation.errors.push(new WebpackError(String(e && e.message ? e.message : e)));
        }
      });
    });
  }
}

/**
 * Writes the web server configuration for the build's kind (scripts/deployment.js) beside
 * the add-in: web.config (IIS) and staticwebapp.config.json (Azure Static Web Apps), with
 * the build's Content-Security-Policy, CORS for functions.json and the MIME types.
 */
class ServerConfigPlugin {
  constructor(officeJs) {
    this.officeJs = officeJs;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ServerConfigPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ServerConfigPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [file, generate] of Object.entries(SERVER_CONFIG_FILES)) {
          compilation.emitAsset(file, new sources.RawSource(generate(this.officeJs)));
        }
      });
    });
  }
}

// ---- the coordinators' guide (docs/): published beside the pane ----

/** The guide's pages: markdown in docs/, HTML beside taskpane.html. */
const GUIDE_PAGES = [
  { source: "guide.md", output: "guide.html", lang: "sv" },
  { source: "guide.en.md", output: "guide.en.html", lang: "en" },
];
const GUIDE_STYLESHEET = "guide.css";

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to "-". */
function headingSlug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/**
 * One page of the guide: its markdown converted with marked (GitHub-flavoured, the way the
 * repository shows docs/), links to the other page's .md turned into its .html, headings
 * given GitHub's anchors, raw HTML escaped (the page has no script and no markup of its own
 * beyond what markdown makes). Returns the HTML and the local files it refers to (images,
 * relative to docs/). Throws on a link to a local file that is not published.
 */
function guidePage(markdown, { lang, csp }) {
  const { Marked } = require("marked");
  const files = [];
  const slugs = new Map();
  const pageOf = new Map(GUIDE_PAGES.map((p) => [p.source, p.output]));
  const marked = new Marked({ gfm: true });
  const local = (href) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);
  marked.use({
    walkTokens(token) {
      if (token.type === "image" && local(token.href)) files.push(token.href);
      if (token.type === "link" && local(token.href)) {
        const [file, anchor] = token.href.split("#");
        if (!pageOf.has(file)) throw new Error(`docs: a link to ${token.href}, which is not published`);
        token.href = pageOf.get(file) + (anchor === undefined ? "" : `#${anchor}`);
      }
    },
    renderer: {
      heading({ tokens, depth, text }) {
        const base = headingSlug(text.replace(/<[^>]*>/g, ""));
        const n = slugs.get(base) ?? 0;
        slugs.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      html({ text }) {
        return escapeHtml(text);
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  const h1 = /^#\s+(.+)$/m.exec(markdown);
  const title = h1 ? h1[1].trim() : "VerkSam planner";
  const html = [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${GUIDE_STYLESHEET}">`,
    "</head>",
    "<body>",
    "<main>",
    body.trim(),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return { html, files };
}

/**
 * Publishes the coordinators' guide beside the pane: guide.html and guide.en.html from
 * docs/guide.md and docs/guide.en.md, guide.css, and every image the pages show, at the same
 * path relative to the page as in docs/ (so the links work both on GitHub and in the build).
 * A missing image or a broken local link fails the build. Nothing reaches taskpane.js.
 */
class GuidePlugin {
  constructor(csp) {
    this.csp = csp;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const fs = require("fs");
    const docs = path.resolve(__dirname, "docs");
    compiler.hooks.thisCompilation.tap("GuidePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "GuidePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        try {
          const images = new Set();
          for (const page of GUIDE_PAGES) {
            const source = path.join(docs, page.source);
            compilation.fileDependencies.add(source);
            const { html, files } = guidePage(fs.readFileSync(source, "utf8"), { lang: page.lang, csp: this.csp });
            compilation.emitAsset(page.output, new sources.RawSource(html));
            files.forEach((file) => images.add(file));
          }
          for (const file of [GUIDE_STYLESHEET, ...images]) {
            const from = path.resolve(docs, file);
            if (!from.startsWith(docs + path.sep) || !fs.existsSync(from)) {
              throw new Error(`docs: ${file} is missing (run tests/browser/guide.test.ts to make the screenshots)`);
            }
            compilation.fileDependencies.add(from);
            compilation.emitAsset(path.relative(docs, from).split(path.sep).join("/"), new sources.RawSource(fs.readFileSync(from)), {
              minimized: true,
            });
          }
        } catch (e) {
          compilation.errors.push(new WebpackError(String(e && e.message ? e.message : e)));
        }
      });
    });
  }
}

/** Origin + path the add-in is served from while developing (used in manifest.xml). */
const urlDev = URL_DEV;
/**
 * Production deployment location: CHANGE URL_PROD in scripts/deployment.js before deploying.
 * In production builds every occurrence of urlDev in manifest.xml is replaced by it.
 */
const urlProd = URL_PROD;

const distDir = path.resolve(__dirname, "dist");
const officeJsDir = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

/**
 * Excel desktop (Windows, Mac) only loads add-ins over https; the Linux preview and CI
 * use plain http so that no developer certificate is needed.
 */
function wantsHttps() {
  return (
    process.env.VERKSAM_HTTPS === "1" ||
    process.platform === "win32" ||
    process.platform === "darwin"
  );
}

async function getHttpsOptions() {
  // Required lazily: a production build must never touch the developer certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/**
 * The local copy of office.js: every file of scripts/office-js.js, from
 * @microsoft/office-js/dist to office-js/ under the name office.js requests it by.
 */
function officeJsPatterns() {
  return localOfficeJsFiles().map(([from, to]) => ({
    from: path.join(officeJsDir, ...from.split("/")),
    to: `${LOCAL_OFFICE_JS_DIR}/${to}`,
    // Already minified by Microsoft: keep Terser away from them.
    info: { minimized: true },
    // Exactly one file each: a pattern that finds nothing fails the build.
    noErrorOnMissing: false,
  }));
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE) && !(env && env.WEBPACK_BUILD);
  // "cdn" (default) or "local": where taskpane.html gets office.js from.
  const officeJs = resolveOfficeJsSource(env && env.officejs, process.env.VERKSAM_OFFICE_JS);
  const csp = contentSecurityPolicy(officeJs);

  const config = {
    // No eval-based source maps: the Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane also calls the functions (the preview evaluates the workbook's formulas):
      // it shares the functions chunk instead of bundling a second copy, so each function
      // is associated with Excel once.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: distDir,
      filename: "[name].js",
      // Lazy chunks by name (xlsx-reader.js, xlsx-vendor.js), never by a numeric id, so that a
      // deployment and the tests can name them.
      chunkFilename: "[name].js",
      // Chunks are loaded relative to the page (taskpane.html, beside them). The default,
      // "auto", puts code in webpack's runtime that finds the script's own URL and, for a web
      // worker, calls importScripts: the runtime lives in functions.js (taskpane dependOn
      // functions), so functions.js would hold importScripts although nothing in this add-in
      // runs in a worker. The chunks are only imported by the pane (the förbund view), in the
      // shared runtime's page, where webpack's runtime loads them with a <script> tag of our
      // own origin (CSP script-src 'self').
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Type checking is done by `npm run typecheck`; webpack only transpiles.
              transpileOnly: true,
              // tsconfig.json uses commonjs for the Node tests; ES modules let webpack tree-shake.
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new EnglishFunctionsMetadataPlugin(),
      new ServerConfigPlugin(officeJs),
      new GuidePlugin(csp),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Filled into the template's <%= ... %>: the build kind's CSP and office.js address.
        templateParameters: { contentSecurityPolicy: csp, officeJsUrl: officeJsUrl(officeJs) },
        chunks: ["functions", "taskpane"],
        // Attribute quotes are kept so that the built page stays well-formed enough for tests.
        minify: dev
          ? false
          : { collapseWhitespace: true, removeComments: true, keepClosingSlash: true },
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "assets/*.png",
            to: "assets/[name][ext]",
          },
          {
            from: "src/taskpane/taskpane.css",
            to: "taskpane.css",
            noErrorOnMissing: true,
            // Served as written (webpack's CSS minimizer rewrites font stacks).
            info: { minimized: true },
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) {
                return content;
              }
              // Literal replacement of every occurrence (no regular expression).
              return content.toString().split(urlDev).join(urlProd);
            },
          },
          ...(officeJs === "local" ? officeJsPatterns() : []),
        ],
      }),
    ],
    optimization: {
      // html-webpack-plugin already minifies taskpane.html; webpack's own HTML minimizer
      // would also strip the attribute quotes.
      minimizeOptions: { html: false },
      splitChunks: {
        cacheGroups: {
          // The förbund view's xlsx parser (read-excel-file and its unzipper fflate), loaded
          // with xlsx-reader.js when the view is used: a chunk with a stable name instead of
          // webpack's numbered vendor chunk. tests/build/forbund-chunk.test.ts checks that no
          // numbered chunk is left.
          xlsxVendor: {
            test: /[\\/]node_modules[\\/](?:read-excel-file|fflate)[\\/]/,
            name: "xlsx-vendor",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    // Size budgets are enforced by tests, not by webpack warnings.
    performance: { hints: false },
    devServer: {
      static: {
        directory: distDir,
        watch: false,
      },
      // On every file, as the `yo office` template's dev server sends it (the production
      // server sends it on the metadata files only: scripts/deployment.js).
      headers: {
        "Access-Control-Allow-Origin": FUNCTIONS_METADATA_CORS_ORIGIN,
        "Content-Security-Policy": csp,
      },
      // Only this machine: the add-in is not meant to be served to the network while developing.
      host: "localhost",
      client: { overlay: { warnings: false } },
      server:
        serving && wantsHttps()
          ? { type: "https", options: await getHttpsOptions() }
          : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };

  return config;
};
