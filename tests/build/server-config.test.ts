/**
 * The web server configuration `npm run build` writes into each production build folder
 * (webpack.config.js, ServerConfigPlugin, from scripts/deployment.js): web.config for IIS and
 * staticwebapp.config.json for Azure Static Web Apps. Each file is read the way its server
 * applies it (../helpers/server-config.ts: the XML parsed with @xmldom/xmldom, the JSON
 * parsed) and must declare exactly what scripts/deployment.js says: the build's
 * Content-Security-Policy (the same as the <meta> of that folder's taskpane.html),
 * Access-Control-Allow-Origin on the custom functions' metadata files the manifest names, and
 * the MIME types of .js and .json. The README's nginx snippet is checked against
 * deployment.js too, so that none of them drifts.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import {
  contentSecurityPolicy,
  FUNCTIONS_METADATA_CORS_ORIGIN,
  FUNCTIONS_METADATA_FILES,
  nginxConfig,
  serverHeaders,
  SERVER_CONFIG_FILES,
  URL_PROD,
} from "../../scripts/deployment";
import type { OfficeJsSource } from "../../scripts/office-js";
import {
  DIST_DIR,
  DIST_LOCAL_DIR,
  distPath,
  listFiles,
  readDist,
  REPO_ROOT,
  requireLocalOfficeJsDist,
  requireProductionDist,
} from "../helpers/dist";
import {
  readServedConfig,
  readStaticWebAppConfig,
  readIisWebConfig,
} from "../helpers/server-config";

const BUILDS: readonly { kind: OfficeJsSource; name: string; dir: string; require: () => void }[] =
  [
    { kind: "cdn", name: "dist/", dir: DIST_DIR, require: requireProductionDist },
    { kind: "local", name: "dist-local/", dir: DIST_LOCAL_DIR, require: requireLocalOfficeJsDist },
  ];

/** The Content-Security-Policy <meta> of a built taskpane.html. */
function metaPolicy(dir: string): string | null {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(
    readDist("taskpane.html", dir),
    "text/html"
  );
  const meta = Array.from(doc.getElementsByTagName("meta")).find(
    (m) => (m.getAttribute("http-equiv") ?? "").toLowerCase() === "content-security-policy"
  );
  return meta ? meta.getAttribute("content") : null;
}

/** Every .json URL in a built manifest (DefaultValue and Override Value), below URL_PROD. */
function manifestJsonFiles(dir: string): string[] {
  const doc = new DOMParser().parseFromString(readDist("manifest.xml", dir), "text/xml");
  const urls = new Set<string>();
  for (const element of Array.from(doc.getElementsByTagName("*"))) {
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(name);
      if (value && /^https:\/\//.test(value) && /\.json(?:[?#]|$)/.test(value)) urls.add(value);
    }
  }
  return [...urls].map((url) => {
    assert.ok(url.startsWith(URL_PROD), `${url} is not below URL_PROD (${URL_PROD})`);
    return url.slice(URL_PROD.length);
  });
}

describe("scripts/deployment.js: what the production web server sends", () => {
  for (const kind of ["cdn", "local"] as const) {
    it(`(${kind}) the page's CSP and nosniff on every response; CORS only on the metadata files`, () => {
      const headers = serverHeaders(kind);
      assert.deepEqual(headers.everyResponse, {
        "Content-Security-Policy": contentSecurityPolicy(kind),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
      });
      assert.deepEqual(Object.keys(headers.files).sort(), [...FUNCTIONS_METADATA_FILES].sort());
      for (const file of FUNCTIONS_METADATA_FILES)
        assert.deepEqual(headers.files[file], { "Access-Control-Allow-Origin": "*" });
      assert.equal(FUNCTIONS_METADATA_CORS_ORIGIN, "*");
      assert.deepEqual(headers.mimeTypes, {
        ".js": "text/javascript; charset=utf-8",
        ".json": "application/json; charset=utf-8",
      });
    });
  }
});

for (const build of BUILDS) {
  describe(`${build.name} web server configuration`, () => {
    before(() => build.require());

    it("holds web.config and staticwebapp.config.json, as generated for this kind of build", () => {
      const files = listFiles(build.dir);
      for (const [file, generate] of Object.entries(SERVER_CONFIG_FILES)) {
        assert.ok(files.includes(file), `${build.name}${file} is missing`);
        assert.equal(readDist(file, build.dir), generate(build.kind), file);
      }
    });

    for (const file of Object.keys(SERVER_CONFIG_FILES)) {
      describe(file, () => {
        it("declares exactly scripts/deployment.js's headers and MIME types, read as the server reads it", () => {
          const served = readServedConfig(file, readDist(file, build.dir));
          const expected = serverHeaders(build.kind);
          assert.deepEqual(served.everyResponse, expected.everyResponse);
          assert.deepEqual(served.files, expected.files);
          assert.deepEqual(served.mimeTypes, expected.mimeTypes);
        });

        it("sends taskpane.html the Content-Security-Policy of its own <meta>", () => {
          const served = readServedConfig(file, readDist(file, build.dir));
          const policy = metaPolicy(build.dir);
          assert.ok(policy, "taskpane.html has no CSP meta");
          assert.equal(served.headersFor("taskpane.html")["Content-Security-Policy"], policy);
          assert.equal(
            served.headersFor("taskpane.html")["Access-Control-Allow-Origin"],
            undefined
          );
        });

        it("lets another origin read every .json file the manifest names, and nothing else", () => {
          const served = readServedConfig(file, readDist(file, build.dir));
          const named = manifestJsonFiles(build.dir);
          assert.deepEqual([...new Set(named)].sort(), [...FUNCTIONS_METADATA_FILES].sort());
          for (const json of named) {
            assert.ok(fs.existsSync(distPath(json, build.dir)), `${json} is not in ${build.name}`);
            assert.equal(served.headersFor(json)["Access-Control-Allow-Origin"], "*", json);
          }
          const open = listFiles(build.dir).filter(
            (f) => served.headersFor(f)["Access-Control-Allow-Origin"] !== undefined
          );
          assert.deepEqual(open.sort(), [...FUNCTIONS_METADATA_FILES].sort());
        });

        it("types every .js and .json file of the build as JavaScript and JSON, in UTF-8", () => {
          const served = readServedConfig(file, readDist(file, build.dir));
          for (const f of listFiles(build.dir)) {
            const extension = path.extname(f);
            if (extension === ".js")
              assert.equal(served.mimeTypeFor(f), "text/javascript; charset=utf-8", f);
            if (extension === ".json")
              assert.equal(served.mimeTypeFor(f), "application/json; charset=utf-8", f);
          }
        });
      });
    }

    it("staticwebapp.config.json stays within Static Web Apps' 20 KB and uses only header routes", () => {
      const text = readDist("staticwebapp.config.json", build.dir);
      assert.ok(Buffer.byteLength(text) < 20 * 1024, `${Buffer.byteLength(text)} bytes`);
      const config = JSON.parse(text) as { routes: Record<string, unknown>[] };
      for (const route of config.routes)
        assert.deepEqual(Object.keys(route).sort(), ["headers", "route"], JSON.stringify(route));
    });
  });
}

describe("the configuration readers (tests/helpers/server-config.ts)", () => {
  it("apply IIS's collections in order: remove, then add; a location inherits the site's", () => {
    const served = readIisWebConfig(`<?xml version="1.0"?>
<configuration>
  <system.webServer>
    <httpProtocol><customHeaders>
      <add name="A" value="1" /><add name="B" value="2" /><remove name="B" />
    </customHeaders></httpProtocol>
  </system.webServer>
  <location path="x.json"><system.webServer><httpProtocol><customHeaders>
    <remove name="A" /><add name="A" value="3" /><add name="C" value="4" />
  </customHeaders></httpProtocol></system.webServer></location>
</configuration>`);
    assert.deepEqual(served.headersFor("y.js"), { A: "1" });
    assert.deepEqual(served.headersFor("x.json"), { A: "3", C: "4" });
  });

  it("refuse what IIS refuses: a header added twice without <remove> (500.19)", () => {
    assert.throws(
      () =>
        readIisWebConfig(
          `<configuration><system.webServer><staticContent><mimeMap fileExtension=".json" mimeType="a" /><mimeMap fileExtension=".json" mimeType="b" /></staticContent></system.webServer></configuration>`
        ),
      /duplicate collection entry/
    );
  });

  it("match Static Web Apps routes as documented: the first that matches, global headers beneath", () => {
    const served = readStaticWebAppConfig(
      JSON.stringify({
        routes: [
          { route: "/functions.json", headers: { "X-A": "1", "X-G": "" } },
          { route: "/images/*.{png,jpg}", headers: { "X-B": "2" } },
          { route: "/functions.json", headers: { "X-C": "never" } },
        ],
        globalHeaders: { "X-G": "g" },
      })
    );
    assert.deepEqual(served.headersFor("functions.json"), { "X-A": "1" });
    assert.deepEqual(served.headersFor("images/a.png"), { "X-G": "g", "X-B": "2" });
    assert.deepEqual(served.headersFor("images/a.gif"), { "X-G": "g" });
    assert.deepEqual(served.headersFor("functions.en-us.json"), { "X-G": "g" });
  });
});

describe("README: the nginx configuration", () => {
  it("is, character for character, nginxConfig() of scripts/deployment.js for dist/", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.equal(blocks.length, 1, "expected one ```nginx block in README.md");
    assert.equal(blocks[0], nginxConfig("cdn"));
  });

  it("gives each location every header (an add_header in a location replaces the outer ones)", () => {
    const text = nginxConfig("cdn");
    const locations = [...text.matchAll(/location ([^{]+)\{([^}]*)\}/g)];
    assert.equal(locations.length, 1 + FUNCTIONS_METADATA_FILES.length);
    const prefix = new URL(URL_PROD).pathname;
    for (const [, selector, body] of locations) {
      const headers = Object.fromEntries(
        [...body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]])
      );
      const file = selector.trim().startsWith("= ")
        ? selector.trim().slice(2 + prefix.length)
        : null;
      assert.deepEqual(
        headers,
        {
          ...serverHeaders("cdn").everyResponse,
          ...(file ? serverHeaders("cdn").files[file] : {}),
        },
        selector
      );
    }
  });
});
