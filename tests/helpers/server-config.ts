/**
 * Reads the web server configuration a production build carries (web.config for IIS,
 * staticwebapp.config.json for Azure Static Web Apps; generated from scripts/deployment.js)
 * the way that server applies it, into what it sends for each file:
 *
 *   const served = readServedConfig("web.config", readDist("web.config"));
 *   served.headersFor("functions.json");   // every response's headers, then the file's own
 *   served.mimeTypeFor("functions.json");  // the configured type, or undefined (server default)
 *
 * The build tests compare the result with scripts/deployment.js; the browser tests serve
 * dist/ with exactly these headers (startStaticServer({ served })). Nothing here is copied
 * from deployment.js: it is read from the generated file.
 *
 * IIS: the collections of <system.webServer> (<customHeaders>, <staticContent>) are applied
 * in document order (<clear/>, <remove>, <add>/<mimeMap>; adding a key already present is an
 * error, as IIS answers 500.19 "duplicate collection entry"); a <location path> inherits the
 * site's collections and applies its own on top. Static Web Apps: `globalHeaders` on every
 * response, and the headers of the first route that matches the path (exact, or a wildcard at
 * the end) added on top (a route's empty value removes the header); `mimeTypes` by extension.
 */
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";

/** What a server sends, as read from its configuration. */
export interface ServedConfig {
  /** Which file it came from. */
  source: string;
  /** Headers on every response (the site level). */
  everyResponse: Record<string, string>;
  /** The files with headers of their own (relative to the site's folder), and those headers. */
  files: Record<string, Record<string, string>>;
  /** Configured MIME type by extension (".json"). */
  mimeTypes: Record<string, string>;
  /** All headers of one file, a path relative to the site's folder ("functions.json"). */
  headersFor(relativePath: string): Record<string, string>;
  /** The configured MIME type of a file, or undefined for the server's default. */
  mimeTypeFor(relativePath: string): string | undefined;
}

function children(parent: Element, name?: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (name === undefined || node.nodeName === name)
  );
}

function onlyChild(parent: Element, name: string): Element | undefined {
  const found = children(parent, name);
  if (found.length > 1) throw new Error(`more than one <${name}> in <${parent.nodeName}>`);
  return found[0];
}

function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.nodeName}> without ${name}`);
  return value;
}

/** Applies an IIS collection's elements, in order, to `into` (key -> value; a copy). */
function applyIisCollection(
  collection: Element | undefined,
  into: Map<string, string>,
  add: string,
  key: string,
  value: string
): Map<string, string> {
  const result = new Map(into);
  if (!collection) return result;
  for (const element of children(collection)) {
    const name = element.nodeName;
    if (name === "clear") result.clear();
    else if (name === "remove") result.delete(attribute(element, key).toLowerCase());
    else if (name === add) {
      const k = attribute(element, key).toLowerCase();
      if (result.has(k))
        throw new Error(`duplicate collection entry <${add} ${key}="${k}"> (IIS: 500.19)`);
      result.set(k, attribute(element, value));
    } else if (name !== "clientCache")
      throw new Error(`unexpected <${name}> in <${collection.nodeName}>`);
  }
  return result;
}

/** Header names as written (IIS keys are case-insensitive). */
function iisHeaders(
  collection: Element | undefined,
  inherited: Map<string, string>,
  names: Map<string, string>
): Map<string, string> {
  for (const element of collection ? children(collection, "add") : [])
    names.set(attribute(element, "name").toLowerCase(), attribute(element, "name"));
  return applyIisCollection(collection, inherited, "add", "name", "value");
}

function customHeaders(webServer: Element | undefined): Element | undefined {
  const protocol = webServer && onlyChild(webServer, "httpProtocol");
  return protocol && onlyChild(protocol, "customHeaders");
}

function named(map: Map<string, string>, names: Map<string, string>): Record<string, string> {
  return Object.fromEntries([...map].map(([k, v]) => [names.get(k) ?? k, v]));
}

/** Reads an IIS web.config. Throws on what IIS would refuse to load. */
export function readIisWebConfig(text: string, source = "web.config"): ServedConfig {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(text, "text/xml");
  if (problems.length > 0)
    throw new Error(`${source} is not well-formed XML: ${problems.join("; ")}`);
  const root = doc.documentElement;
  if (!root || root.nodeName !== "configuration")
    throw new Error(`${source}: the root element is not <configuration>`);
  const names = new Map<string, string>();
  const site = onlyChild(root, "system.webServer");
  const siteHeaders = iisHeaders(customHeaders(site), new Map(), names);
  const staticContent = site && onlyChild(site, "staticContent");
  const mimeTypes = applyIisCollection(
    staticContent,
    new Map(),
    "mimeMap",
    "fileExtension",
    "mimeType"
  );
  const files: Record<string, Record<string, string>> = {};
  const fileHeaders = new Map<string, Map<string, string>>();
  for (const location of children(root, "location")) {
    const file = attribute(location, "path");
    if (fileHeaders.has(file)) throw new Error(`${source}: two <location path="${file}">`);
    const own = new Map<string, string>();
    const webServer = onlyChild(location, "system.webServer");
    if (webServer && onlyChild(webServer, "staticContent"))
      throw new Error(`${source}: <location path="${file}"> sets MIME types (not read here)`);
    const all = iisHeaders(customHeaders(webServer), siteHeaders, names);
    for (const [k, v] of all) if (siteHeaders.get(k) !== v) own.set(k, v);
    fileHeaders.set(file, all);
    files[file] = named(own, names);
  }
  const everyResponse = named(siteHeaders, names);
  const mime = Object.fromEntries(mimeTypes);
  return {
    source,
    everyResponse,
    files,
    mimeTypes: mime,
    headersFor: (relativePath) =>
      named(fileHeaders.get(relativePath.replace(/^\/+/, "")) ?? siteHeaders, names),
    mimeTypeFor: (relativePath) => mime[path.posix.extname(relativePath).toLowerCase()],
  };
}

interface StaticWebAppRoute {
  route: string;
  headers?: Record<string, string>;
  [key: string]: unknown;
}

/** Does a Static Web Apps route pattern match a path ("/functions.json")? */
export function staticWebAppRouteMatches(pattern: string, requestPath: string): boolean {
  const star = pattern.indexOf("*");
  if (star === -1) return pattern === requestPath;
  if (star !== pattern.lastIndexOf("*")) throw new Error(`route ${pattern}: more than one *`);
  const prefix = pattern.slice(0, star);
  const rest = pattern.slice(star + 1);
  if (!requestPath.startsWith(prefix)) return false;
  if (rest === "") return true;
  // "/images/*.{png,jpg}" or "/articles/*.html": filter by extension.
  const alternatives = /^\.\{(.+)\}$/.exec(rest);
  const extensions = alternatives ? alternatives[1].split(",").map((e) => `.${e}`) : [rest];
  return extensions.some((extension) => requestPath.endsWith(extension));
}

/** Reads an Azure Static Web Apps staticwebapp.config.json. */
export function readStaticWebAppConfig(
  text: string,
  source = "staticwebapp.config.json"
): ServedConfig {
  const config = JSON.parse(text) as {
    routes?: StaticWebAppRoute[];
    globalHeaders?: Record<string, string>;
    mimeTypes?: Record<string, string>;
  };
  const everyResponse = { ...(config.globalHeaders ?? {}) };
  const routes = config.routes ?? [];
  const files: Record<string, Record<string, string>> = {};
  for (const route of routes) {
    if (!route.route.startsWith("/"))
      throw new Error(`${source}: route ${route.route} is not absolute`);
    if (!route.route.includes("*")) files[route.route.slice(1)] = { ...(route.headers ?? {}) };
  }
  const mimeTypes = Object.fromEntries(
    Object.entries(config.mimeTypes ?? {}).map(([k, v]) => [k.toLowerCase(), v])
  );
  return {
    source,
    everyResponse,
    files,
    mimeTypes,
    headersFor: (relativePath) => {
      const requestPath = "/" + relativePath.replace(/^\/+/, "");
      // Each request matches at most one rule: the first.
      const route = routes.find((r) => staticWebAppRouteMatches(r.route, requestPath));
      const merged = { ...everyResponse, ...(route?.headers ?? {}) };
      return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ""));
    },
    mimeTypeFor: (relativePath) => mimeTypes[path.posix.extname(relativePath).toLowerCase()],
  };
}

/** Reads a generated server configuration by its file name. */
export function readServedConfig(file: string, text: string): ServedConfig {
  if (path.basename(file) === "web.config") return readIisWebConfig(text, file);
  if (path.basename(file) === "staticwebapp.config.json") return readStaticWebAppConfig(text, file);
  throw new Error(`no reader for ${file}`);
}
