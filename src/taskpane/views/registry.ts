/**
 * The pane's views in the order of the tab bar. Adding a view is one line here (its module
 * exports a `ViewDefinition`, see view.ts).
 */
import { arendenView } from "./arenden";
import { forbundView } from "./forbund";
import { meddelaView } from "./meddela";
import { motenView } from "./moten";
import { oversiktView } from "./oversikt";
import { startView } from "./start";
import { statistikView } from "./statistik";
import type { ViewDefinition, ViewId } from "./view";

export const VIEWS: readonly ViewDefinition[] = [
  startView,
  oversiktView,
  arendenView,
  motenView,
  meddelaView,
  statistikView,
  forbundView,
];

/** The views reachable now: with a planning book or without one. */
export function reachableViews(
  views: readonly Pick<ViewDefinition, "id" | "when">[],
  book: boolean
): ViewId[] {
  return views.filter((v) => v.when === "always" || (v.when === "book") === book).map((v) => v.id);
}

/**
 * The view to show: the chosen one while it is reachable, else the first reachable (the
 * start view without a book, Översikt with one).
 */
export function viewToShow(reachable: readonly ViewId[], chosen: ViewId | undefined): ViewId {
  return chosen !== undefined && reachable.includes(chosen) ? chosen : (reachable[0] ?? "");
}
