/**
 * Task pane entry. Inside Excel it runs in the add-in's shared runtime; opened in a plain
 * browser (`Office.onReady` gives host null) it runs as a preview.
 */
import { serialOfInstant } from "../core/dates/today";
import { h } from "./dom";
import { detectLanguage, strings } from "./i18n";
import { renderDeadlineCalculator } from "./ui/deadlines";

function officeDisplayLanguage(host: Office.HostType | null): string | undefined {
  try {
    return host ? Office.context.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

export function start(host: Office.HostType | null): void {
  const app = document.getElementById("app");
  if (!app) return;
  const lang = detectLanguage(officeDisplayLanguage(host), window.location.search);
  document.documentElement.lang = lang;
  const t = strings(lang);
  const today = serialOfInstant(Date.now());
  app.append(
    h("header", { className: "app-header" }, h("h1", {}, t.appTitle)),
    ...(host ? [] : [h("p", { className: "preview-banner", role: "note" }, t.previewBanner)]),
    renderDeadlineCalculator(lang, today)
  );
  document.body.setAttribute("data-ready", "true");
}

Office.onReady((info) => start(info.host ?? null));
