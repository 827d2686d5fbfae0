/**
 * The coordinators' guide as the builds publish it (webpack.config.js, GuidePlugin):
 * guide.html (Swedish) and guide.en.html (English) beside taskpane.html in dist/ and
 * dist-local/, converted from docs/guide.md and docs/guide.en.md, with guide.css and the
 * screenshots of docs/images/ (made by tests/browser/guide.test.ts).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { contentSecurityPolicy } from "../../scripts/deployment";
import { strings, type Lang } from "../../src/taskpane/i18n";
import { VIEWS as REGISTRY } from "../../src/taskpane/views/registry";
import type { OfficeJsSource } from "../../scripts/office-js";
import {
  DIST_DIR,
  DIST_LOCAL_DIR,
  distPath,
  pngSize,
  readDist,
  REPO_ROOT,
  requireLocalOfficeJsDist,
  requireProductionDist,
} from "../helpers/dist";

const BUILDS: readonly { kind: OfficeJsSource; name: string; dir: string; require: () => void }[] =
  [
    { kind: "cdn", name: "dist/", dir: DIST_DIR, require: requireProductionDist },
    { kind: "local", name: "dist-local/", dir: DIST_LOCAL_DIR, require: requireLocalOfficeJsDist },
  ];

const DOCS = path.join(REPO_ROOT, "docs");

/** The views the guide has a section for, by id ("start": the pane without a planning book). */
const VIEWS = ["start", "oversikt", "arenden", "moten", "meddela", "statistik", "forbund"] as const;

/** The tab's label of a view, in the pane's own words (the registry the tab bar is made from). */
function viewLabel(view: (typeof VIEWS)[number], lang: Lang): string {
  const definition = REGISTRY.find((v) => v.id === view);
  assert.ok(definition, `the pane has no view ${view}`);
  return definition.label(strings(lang));
}

/** The pages: each has a section for every view, named by its tab, with its picture. */
const PAGES = [
  { file: "guide.html", source: "guide.md", lang: "sv", images: "images/" },
  { file: "guide.en.html", source: "guide.en.md", lang: "en", images: "images/en/" },
] as const;

function parse(text: string): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(text, "text/html") as unknown as Document;
  return { doc, problems };
}

function all(doc: Document, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

/** Every element of the page, in document order. */
function elements(doc: Document): Element[] {
  return all(doc, "*");
}

describe("docs/: the guide's sources", () => {
  it("the Swedish and the English guide show the same pictures in the same order", () => {
    const images = (file: string, prefix: string): string[] =>
      [...fs.readFileSync(path.join(DOCS, file), "utf8").matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(
        (m) => m[1].replace(prefix, "")
      );
    const sv = images("guide.md", "images/");
    assert.ok(sv.length >= VIEWS.length, `guide.md shows ${sv.length} pictures`);
    assert.deepEqual(images("guide.en.md", "images/en/"), sv);
  });
});

for (const build of BUILDS) {
  for (const page of PAGES) {
    describe(`${build.name}${page.file}`, () => {
      let text: string;
      let doc: Document;
      let problems: string[];

      before(() => {
        build.require();
        text = readDist(page.file, build.dir);
        ({ doc, problems } = parse(text));
      });

      it("parses without problems, a UTF-8 page in the right language with a title", () => {
        assert.deepEqual(problems, []);
        assert.equal(doc.documentElement.getAttribute("lang"), page.lang);
        assert.ok(
          all(doc, "meta").some((m) => (m.getAttribute("charset") ?? "").toLowerCase() === "utf-8")
        );
        assert.ok(all(doc, "meta").some((m) => m.getAttribute("name") === "viewport"));
        const h1 = all(doc, "h1");
        assert.equal(h1.length, 1);
        assert.equal((all(doc, "title")[0]?.textContent ?? "").trim(), h1[0].textContent?.trim());
      });

      it("has no script, no event handler and no inline style: the build's CSP holds as it is", () => {
        assert.equal(all(doc, "script").length, 0);
        assert.doesNotMatch(text, /<script/i);
        for (const el of elements(doc)) {
          for (const attr of Array.from(el.attributes)) {
            assert.ok(!/^on/i.test(attr.name), `${el.tagName} has ${attr.name}`);
            assert.notEqual(
              attr.name.toLowerCase(),
              "style",
              `${el.tagName} has a style attribute`
            );
            assert.doesNotMatch(attr.value, /^\s*javascript:/i);
          }
        }
        const csp = all(doc, "meta").filter(
          (m) => (m.getAttribute("http-equiv") ?? "").toLowerCase() === "content-security-policy"
        );
        assert.equal(csp.length, 1);
        assert.equal(csp[0].getAttribute("content"), contentSecurityPolicy(build.kind));
      });

      it("shows every picture from the build, each a PNG with a text alternative", () => {
        const images = all(doc, "img");
        assert.ok(images.length >= VIEWS.length);
        for (const img of images) {
          const src = img.getAttribute("src") ?? "";
          assert.ok(src.startsWith(page.images), `${src} is not under ${page.images}`);
          const file = distPath(src, build.dir);
          assert.ok(fs.existsSync(file), `${build.name}${src} is missing`);
          // A PNG as wide as the pane in the pictures (tests/browser/guide.test.ts makes them;
          // the bytes may be newer in docs/ than in this build, when that suite ran after it).
          // The pane's pictures are 350 px wide; a sheet of the preview's grid ("-blad") is wider.
          if (/-blad\.png$/.test(src)) assert.ok(pngSize(file).width > 350, `${build.name}${src}`);
          else assert.equal(pngSize(file).width, 350, `${build.name}${src}`);
          assert.ok(fs.existsSync(path.join(DOCS, ...src.split("/"))), `docs/${src} is missing`);
          assert.ok((img.getAttribute("alt") ?? "").trim().length > 3, `${src} has no alt text`);
        }
      });

      it("links only to its own headings, the other page and its stylesheet, all in the build", () => {
        const ids = new Set(
          elements(doc)
            .map((el) => el.getAttribute("id"))
            .filter(Boolean)
        );
        const hrefs = [...all(doc, "a"), ...all(doc, "link")].map(
          (a) => a.getAttribute("href") ?? ""
        );
        assert.ok(hrefs.includes("guide.css"));
        assert.ok(hrefs.includes(page.lang === "sv" ? "guide.en.html" : "guide.html"));
        for (const href of hrefs) {
          if (href.startsWith("#")) {
            assert.ok(ids.has(decodeURIComponent(href.slice(1))), `${href}: no such heading`);
            continue;
          }
          assert.doesNotMatch(href, /^[a-z][a-z0-9+.-]*:|^\/\//i, `${href} leaves the build`);
          const [file] = href.split("#");
          assert.ok(
            fs.existsSync(distPath(file, build.dir)),
            `${href}: ${file} is not in ${build.name}`
          );
          assert.doesNotMatch(file, /\.md$/, `${href} points to the markdown`);
        }
      });

      it("has a section for every view, with the view's name and its picture", () => {
        const headings = all(doc, "h2");
        for (const view of VIEWS) {
          const label = viewLabel(view, page.lang);
          const heading = headings.find((h) => (h.textContent ?? "").includes(label));
          assert.ok(heading, `no section heading naming ${label}`);
          // The picture of the view comes in its section: before the next h2.
          let node = heading.nextSibling;
          let found = false;
          while (
            node &&
            !(node.nodeType === 1 && (node as Element).tagName.toLowerCase() === "h2")
          ) {
            if (node.nodeType === 1) {
              const imgs = [node as Element, ...all(node as unknown as Document, "img")];
              if (imgs.some((el) => el.getAttribute("src") === `${page.images}${view}.png`))
                found = true;
            }
            node = node.nextSibling;
          }
          assert.ok(found, `the section ${label} does not show ${page.images}${view}.png`);
        }
      });
    });
  }

  describe(`${build.name}guide.css`, () => {
    it("is docs/guide.css, in the pane's font stack with Segoe UI first", () => {
      build.require();
      const css = readDist("guide.css", build.dir);
      assert.equal(css, fs.readFileSync(path.join(DOCS, "guide.css"), "utf8"));
      assert.match(css, /font-family:\s*"Segoe UI",/);
    });
  });
}
