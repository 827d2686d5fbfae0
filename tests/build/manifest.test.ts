/**
 * Checks the add-in manifest (manifest.xml) and its production copy (dist/manifest.xml).
 * Reads dist/ as built by `npm run build`.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import { URL_DEV, URL_PROD } from "../../scripts/deployment";
import { distPath, pngSize, readDist, REPO_ROOT, requireProductionDist } from "../helpers/dist";
import { OFFICE_JS_PACKAGE_DIR } from "../helpers/office-cdn";

const NS_OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Image",
  "Url",
]);

/** Which kind of resource an element's `resid` must point to. */
const RESID_KIND: Record<string, "Image" | "Url" | "String"> = {
  Image: "Image",
  SourceLocation: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Runtime: "Url",
  Label: "String",
  Title: "String",
  Description: "String",
  Namespace: "String",
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The CultureName type of Microsoft's manifest schema (OfficeAppManifestV1_1.xsd, [MS-OWEMXML]),
 * anchored as an XML Schema pattern is: what a DefaultLocale or an Override's Locale may be.
 */
const CULTURE_NAME =
  /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

/**
 * Every English locale of Office: those Microsoft's office.js has its own strings for
 * (@microsoft/office-js/dist/en-*), as "en-GB" (region in capitals).
 */
const ENGLISH_LOCALES = fs
  .readdirSync(OFFICE_JS_PACKAGE_DIR)
  .filter((name) => /^en-[a-z0-9]+$/.test(name))
  .map((name) => `en-${name.slice(3).toUpperCase()}`)
  .sort();

interface ParsedManifest {
  doc: Document;
  root: Element;
  problems: string[];
}

function parseXml(text: string): ParsedManifest {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
  const root = doc.documentElement;
  assert.ok(root, `no document element (${problems.join("; ")})`);
  return { doc, root, problems };
}

function elements(scope: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, localName));
}

function allElements(scope: Document | Element): Element[] {
  return Array.from(scope.getElementsByTagName("*"));
}

function childElements(parent: Element, ns?: string, localName?: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (ns === undefined || (node as Element).namespaceURI === ns) &&
      (localName === undefined || (node as Element).localName === localName)
  );
}

function onlyChild(parent: Element, ns: string, localName: string): Element {
  const found = childElements(parent, ns, localName);
  assert.equal(
    found.length,
    1,
    `expected exactly one <${localName}> in <${parent.localName}>, found ${found.length}`
  );
  return found[0];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS_XSI, "type");
}

function text(element: Element): string {
  return (element.textContent ?? "").trim();
}

/** Resources: id -> { kind, element }. Throws on duplicate ids. */
function resources(
  root: Element
): Map<string, { kind: "Image" | "Url" | "String"; element: Element }> {
  const map = new Map<string, { kind: "Image" | "Url" | "String"; element: Element }>();
  const duplicates: string[] = [];
  const resourcesElement = elements(root, NS_OV, "Resources");
  assert.equal(resourcesElement.length, 1, "expected one <Resources>");
  for (const kind of ["Image", "Url", "String"] as const) {
    for (const element of elements(resourcesElement[0], NS_BT, kind)) {
      const id = element.getAttribute("id") ?? "";
      if (map.has(id)) duplicates.push(id);
      map.set(id, { kind, element });
    }
  }
  assert.deepEqual(duplicates, [], `duplicate resource ids: ${duplicates.join(", ")}`);
  return map;
}

function resolveResid(root: Element, resid: string): string {
  const resource = resources(root).get(resid);
  assert.ok(resource, `resid "${resid}" does not resolve`);
  return resource.element.getAttribute("DefaultValue") ?? "";
}

/** Every URL in the manifest: URL-typed elements' DefaultValue and Override Value. */
function manifestUrls(root: Element): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const element of allElements(root)) {
    if (!URL_ELEMENTS.has(element.localName ?? "")) continue;
    const value = element.getAttribute("DefaultValue");
    if (value === null) continue; // e.g. <SourceLocation resid="..."/>, <bt:Image resid="..."/>
    const label = `<${element.localName}${element.getAttribute("id") ? ` id="${element.getAttribute("id")}"` : ""}>`;
    urls.push({ where: label, url: value });
    for (const override of childElements(element).filter(
      (child) => child.localName === "Override"
    )) {
      urls.push({ where: `${label} Override`, url: override.getAttribute("Value") ?? "" });
    }
  }
  return urls;
}

function stripQueryAndHash(url: string): string {
  return url.replace(/[?#].*$/, "");
}

/** Swedish text, or a name that is the same in English (e.g. "VerkSam", "VERKSAM"). */
function looksSwedish(value: string, english: string | null): boolean {
  return /[åäöÅÄÖ]/.test(value) || value === english;
}

function enUsOverride(element: Element): string | null {
  const override = childElements(element).find(
    (child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US"
  );
  return override ? (override.getAttribute("Value") ?? "") : null;
}

const variants = [
  {
    name: "manifest.xml (development)",
    read: () => fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8"),
    base: URL_DEV,
  },
  { name: "dist/manifest.xml (production)", read: () => readDist("manifest.xml"), base: URL_PROD },
];

describe("manifest", () => {
  before(() => requireProductionDist());

  it("uses https base URLs for development and production", () => {
    assert.equal(URL_DEV, "https://localhost:3000/");
    assert.match(URL_PROD, /^https:\/\/[^/]+\/(.+\/)?$/);
  });

  it("dist/manifest.xml is manifest.xml with the production URL instead of the development URL", () => {
    const source = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
    const production = readDist("manifest.xml");
    assert.ok(!production.includes("localhost"), "dist/manifest.xml still mentions localhost");
    assert.equal(production.split(URL_PROD).join(URL_DEV), source);
  });

  for (const variant of variants) {
    describe(variant.name, () => {
      let manifest: ParsedManifest;
      let root: Element;

      before(() => {
        manifest = parseXml(variant.read());
        root = manifest.root;
      });

      it("is well-formed XML without parser errors or warnings", () => {
        assert.deepEqual(manifest.problems, []);
      });

      it("is an OfficeApp of type TaskPaneApp", () => {
        assert.equal(root.localName, "OfficeApp");
        assert.equal(root.namespaceURI, NS_OFFICE);
        assert.equal(xsiType(root), "TaskPaneApp");
      });

      it("has a GUID Id, a four-part Version and sv-SE as default locale", () => {
        assert.match(text(onlyChild(root, NS_OFFICE, "Id")), GUID);
        assert.match(text(onlyChild(root, NS_OFFICE, "Version")), /^\d+\.\d+\.\d+\.\d+$/);
        assert.equal(text(onlyChild(root, NS_OFFICE, "DefaultLocale")), "sv-SE");
        assert.equal(
          text(onlyChild(root, NS_OFFICE, "ProviderName")),
          "Samordningsförbundet Södra Vätterbygden"
        );
      });

      it("targets Excel (Workbook) only", () => {
        const hosts = childElements(onlyChild(root, NS_OFFICE, "Hosts"), NS_OFFICE, "Host");
        assert.deepEqual(
          hosts.map((host) => host.getAttribute("Name")),
          ["Workbook"]
        );
        const overrideHosts = childElements(
          onlyChild(onlyChild(root, NS_OV, "VersionOverrides"), NS_OV, "Hosts"),
          NS_OV,
          "Host"
        );
        assert.deepEqual(
          overrideHosts.map((host) => xsiType(host)),
          ["Workbook"]
        );
      });

      it("asks for ReadWriteDocument permission", () => {
        assert.equal(text(onlyChild(root, NS_OFFICE, "Permissions")), "ReadWriteDocument");
      });

      it("requires SharedRuntime 1.1", () => {
        const sets = elements(onlyChild(root, NS_OFFICE, "Requirements"), NS_OFFICE, "Set");
        const shared = sets.find((set) => set.getAttribute("Name") === "SharedRuntime");
        assert.ok(shared, 'no <Set Name="SharedRuntime">');
        assert.equal(shared.getAttribute("MinVersion"), "1.1");
      });

      it("requires ExcelApi 1.12, which the owner mark (worksheet custom properties) needs", () => {
        const sets = elements(onlyChild(root, NS_OFFICE, "Requirements"), NS_OFFICE, "Set");
        const excel = sets.find((set) => set.getAttribute("Name") === "ExcelApi");
        assert.ok(excel, 'no <Set Name="ExcelApi">');
        assert.equal(excel.getAttribute("MinVersion"), "1.12");
      });

      it("uses one long-lived shared runtime for the task pane, the functions and the commands", () => {
        const runtimes = elements(root, NS_OV, "Runtime");
        assert.equal(runtimes.length, 1);
        const runtime = runtimes[0];
        assert.equal(runtime.getAttribute("lifetime"), "long");
        const resid = runtime.getAttribute("resid");
        assert.ok(resid);

        const customFunctions = elements(root, NS_OV, "ExtensionPoint").find(
          (ep) => xsiType(ep) === "CustomFunctions"
        );
        assert.ok(customFunctions, "no CustomFunctions extension point");
        const pageLocation = onlyChild(
          onlyChild(customFunctions, NS_OV, "Page"),
          NS_OV,
          "SourceLocation"
        );
        assert.equal(pageLocation.getAttribute("resid"), resid, "CustomFunctions Page");

        const functionFile = elements(root, NS_OV, "FunctionFile");
        assert.equal(functionFile.length, 1);
        assert.equal(functionFile[0].getAttribute("resid"), resid, "FunctionFile");

        const actions = elements(root, NS_OV, "Action").filter(
          (action) => xsiType(action) === "ShowTaskpane"
        );
        assert.ok(actions.length >= 1, "no ShowTaskpane action");
        for (const action of actions) {
          assert.equal(
            onlyChild(action, NS_OV, "SourceLocation").getAttribute("resid"),
            resid,
            "ShowTaskpane"
          );
          assert.ok(text(onlyChild(action, NS_OV, "TaskpaneId")).length > 0, "TaskpaneId");
        }

        const pageUrl = resolveResid(root, resid);
        assert.equal(pageUrl, `${variant.base}taskpane.html`);
        const sourceLocation = onlyChild(
          onlyChild(root, NS_OFFICE, "DefaultSettings"),
          NS_OFFICE,
          "SourceLocation"
        );
        assert.equal(
          sourceLocation.getAttribute("DefaultValue"),
          pageUrl,
          "DefaultSettings/SourceLocation"
        );
      });

      it("declares the custom functions (namespace VERKSAM, functions.js, functions.json)", () => {
        const customFunctions = elements(root, NS_OV, "ExtensionPoint").find(
          (ep) => xsiType(ep) === "CustomFunctions"
        );
        assert.ok(customFunctions);
        const namespace = onlyChild(customFunctions, NS_OV, "Namespace");
        assert.equal(resolveResid(root, namespace.getAttribute("resid") ?? ""), "VERKSAM");
        const script = onlyChild(
          onlyChild(customFunctions, NS_OV, "Script"),
          NS_OV,
          "SourceLocation"
        );
        assert.equal(
          resolveResid(root, script.getAttribute("resid") ?? ""),
          `${variant.base}functions.js`
        );
        const metadata = onlyChild(
          onlyChild(customFunctions, NS_OV, "Metadata"),
          NS_OV,
          "SourceLocation"
        );
        assert.equal(
          resolveResid(root, metadata.getAttribute("resid") ?? ""),
          `${variant.base}functions.json`
        );
      });

      it("has a button on the Home tab that opens the task pane", () => {
        const tab = elements(root, NS_OV, "OfficeTab");
        assert.equal(tab.length, 1);
        assert.equal(tab[0].getAttribute("id"), "TabHome");
        const groups = childElements(tab[0], NS_OV, "Group");
        assert.equal(groups.length, 1);
        assert.equal(
          resolveResid(root, onlyChild(groups[0], NS_OV, "Label").getAttribute("resid") ?? ""),
          "VerkSam"
        );
        const buttons = childElements(groups[0], NS_OV, "Control").filter(
          (control) => xsiType(control) === "Button"
        );
        assert.equal(buttons.length, 1);
        assert.equal(
          resolveResid(root, onlyChild(buttons[0], NS_OV, "Label").getAttribute("resid") ?? ""),
          "Öppna planeraren"
        );
        assert.equal(xsiType(onlyChild(buttons[0], NS_OV, "Action")), "ShowTaskpane");
      });

      it("resolves every resid to a resource of the right kind, with unique ids", () => {
        const map = resources(root); // asserts unique ids
        for (const id of map.keys()) {
          assert.ok(
            id.length > 0 && id.length <= 32,
            `resource id "${id}" must have 1-32 characters`
          );
        }
        const unresolved: string[] = [];
        for (const element of allElements(root)) {
          const resid = element.getAttribute("resid");
          if (resid === null) continue;
          const resource = map.get(resid);
          if (!resource) {
            unresolved.push(`<${element.localName} resid="${resid}">`);
            continue;
          }
          const expected = RESID_KIND[element.localName ?? ""];
          if (expected) {
            assert.equal(
              resource.kind,
              expected,
              `<${element.localName} resid="${resid}"> should point to a bt:${expected}`
            );
          }
        }
        assert.deepEqual(unresolved, []);
      });

      it(`has only https URLs under ${variant.base}`, () => {
        const urls = manifestUrls(root);
        assert.ok(urls.length >= 8, "expected the manifest's URLs to be found");
        const bad = urls.filter(
          ({ url }) => !url.startsWith(variant.base) || !url.startsWith("https://")
        );
        assert.deepEqual(bad, []);
        // Nothing else in the manifest may look like a URL (namespace declarations aside).
        const stray: string[] = [];
        for (const element of allElements(root)) {
          for (const attribute of Array.from(element.attributes)) {
            if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
            if (attribute.value.includes("://") && !attribute.value.startsWith(variant.base)) {
              stray.push(`${element.localName}/@${attribute.name}=${attribute.value}`);
            }
          }
          for (const child of Array.from(element.childNodes)) {
            if (child.nodeType === 3 && (child.nodeValue ?? "").includes("://"))
              stray.push(`${element.localName}: ${child.nodeValue}`);
          }
        }
        assert.deepEqual(stray, []);
      });

      it("points only to files that exist in dist/", () => {
        const missing = manifestUrls(root)
          .map(({ url }) => stripQueryAndHash(url.slice(variant.base.length)))
          .filter((relative) => !fs.existsSync(distPath(relative)));
        assert.deepEqual(missing, []);
      });

      it("uses icons of the declared sizes (16, 32, 64, 80 px)", () => {
        const map = resources(root);
        const checked = new Set<string>();
        for (const image of elements(root, NS_BT, "Image")) {
          const size = image.getAttribute("size");
          const resid = image.getAttribute("resid");
          if (size === null || resid === null) continue;
          const url = map.get(resid)?.element.getAttribute("DefaultValue") ?? "";
          const { width, height } = pngSize(distPath(url.slice(variant.base.length)));
          assert.deepEqual([width, height], [Number(size), Number(size)], `${resid} (${url})`);
          checked.add(size);
        }
        assert.deepEqual(
          [...checked].sort((a, b) => Number(a) - Number(b)),
          ["16", "32", "80"]
        );
        for (const [name, size] of [
          ["IconUrl", 32],
          ["HighResolutionIconUrl", 64],
        ] as const) {
          const url = onlyChild(root, NS_OFFICE, name).getAttribute("DefaultValue") ?? "";
          assert.deepEqual(
            pngSize(distPath(url.slice(variant.base.length))),
            { width: size, height: size },
            name
          );
        }
      });

      it("has Swedish DisplayName and Description with en-US overrides", () => {
        for (const name of ["DisplayName", "Description"]) {
          const element = onlyChild(root, NS_OFFICE, name);
          const value = element.getAttribute("DefaultValue") ?? "";
          const english = enUsOverride(element);
          assert.ok(value.length > 0, `${name} DefaultValue`);
          assert.ok(english, `${name} has no en-US Override`);
          assert.ok(looksSwedish(value, english), `${name} "${value}" does not look Swedish`);
        }
        const description = onlyChild(root, NS_OFFICE, "Description");
        assert.notEqual(description.getAttribute("DefaultValue"), enUsOverride(description));
      });

      it("gives every English Office locale the English text and metadata, one Override each", () => {
        // Microsoft's localization guide: one Override per locale (e.g. de-de and de-at); the
        // language alone ("en") is not supported across all Office clients and platforms.
        assert.ok(ENGLISH_LOCALES.length >= 16, ENGLISH_LOCALES.join(", "));
        for (const locale of [
          "en-US",
          "en-GB",
          "en-AU",
          "en-CA",
          "en-IN",
          "en-IE",
          "en-NZ",
          "en-ZA",
          "en-SG",
        ])
          assert.ok(ENGLISH_LOCALES.includes(locale), locale);
        const localized = allElements(root).filter((element) =>
          childElements(element).some((child) => child.localName === "Override")
        );
        const names = localized.map(
          (element) => element.getAttribute("id") ?? element.localName ?? ""
        );
        assert.deepEqual(names, [
          "DisplayName",
          "Description",
          "Functions.Metadata.Url",
          "Functions.Namespace",
          "GetStarted.Title",
          "Group.Label",
          "OpenButton.Label",
          "GetStarted.Description",
          "OpenButton.Tooltip",
        ]);
        const defaultLocale = text(onlyChild(root, NS_OFFICE, "DefaultLocale"));
        for (const element of localized) {
          const name = element.getAttribute("id") ?? element.localName ?? "";
          const overrides = childElements(element).filter(
            (child) => child.localName === "Override"
          );
          const locales = overrides.map((override) => override.getAttribute("Locale") ?? "");
          assert.deepEqual([...locales].sort(), ENGLISH_LOCALES, `${name}: the English locales`);
          assert.ok(
            !locales.includes(defaultLocale),
            `${name}: an Override for the default locale`
          );
          for (const locale of locales) assert.match(locale, CULTURE_NAME, `${name}: ${locale}`);
          const values = new Set(overrides.map((override) => override.getAttribute("Value")));
          assert.equal(values.size, 1, `${name}: the English locales differ`);
          assert.equal([...values][0], enUsOverride(element), name);
        }
        const metadata = localized[names.indexOf("Functions.Metadata.Url")];
        assert.equal(metadata.getAttribute("DefaultValue"), `${variant.base}functions.json`);
        assert.equal(enUsOverride(metadata), `${variant.base}functions.en-us.json`);
      });

      it("has Swedish strings with en-US overrides within the length limits", () => {
        const strings = elements(root, NS_BT, "String");
        assert.ok(strings.length > 0);
        for (const string of strings) {
          const id = string.getAttribute("id");
          const value = string.getAttribute("DefaultValue") ?? "";
          const english = enUsOverride(string);
          assert.ok(value.length > 0, `${id}: empty DefaultValue`);
          assert.ok(english, `${id}: no en-US Override`);
          assert.ok(looksSwedish(value, english), `${id}: "${value}" does not look Swedish`);
          const limit = (string.parentNode as Element).localName === "ShortStrings" ? 125 : 250;
          assert.ok(
            value.length <= limit && english.length <= limit,
            `${id}: longer than ${limit} characters`
          );
        }
      });
    });
  }
});
