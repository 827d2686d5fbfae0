/**
 * Copying text inside Excel's web views.
 *
 * Excel on the web shows the pane in a frame whose permissions policy forbids
 * `clipboard-write`: there the Clipboard API is refused, while `document.execCommand('copy')`
 * works — but only within the click's user activation, which an await before it may already
 * have spent (Safari keeps it for no task after the click). So `copyText`, called in the click:
 *  1. where the policy forbids clipboard-write, or there is no Clipboard API, copies with a
 *     hidden textarea and `execCommand('copy')` at once, synchronously, inside the click;
 *  2. elsewhere uses the Clipboard API, and if that refuses all the same, execCommand;
 *  3. else answers "manual": the caller shows the text selected for Ctrl+C (`showForManualCopy`).
 */
export type CopyMethod = "clipboard" | "execCommand" | "manual";

/** `document.permissionsPolicy` (the current name) or `document.featurePolicy` (Chromium's). */
interface PolicyLike {
  allowsFeature(feature: string): boolean;
}

/**
 * False where the Clipboard API cannot write: no `navigator.clipboard.writeText`, or a
 * permissions policy that forbids `clipboard-write` (Excel on the web's frame).
 */
export function clipboardApiAllowed(): boolean {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  const doc = document as Document & {
    permissionsPolicy?: PolicyLike;
    featurePolicy?: PolicyLike;
  };
  for (const policy of [doc.permissionsPolicy, doc.featurePolicy]) {
    if (!policy || typeof policy.allowsFeature !== "function") continue;
    try {
      return policy.allowsFeature("clipboard-write");
    } catch {
      // an implementation that does not know the feature: ask the next, else assume allowed
    }
  }
  return true;
}

/** Copies with a hidden, selected textarea and execCommand; gives the focus back. */
function copyWithTextarea(text: string): boolean {
  const focused = document.activeElement;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "0";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return ok;
}

/**
 * Copies `text` and tells how; never rejects. Call it in the click handler with the text
 * already made: where the Clipboard API is forbidden the copy happens before this returns.
 */
export function copyText(text: string): Promise<CopyMethod> {
  if (!clipboardApiAllowed()) {
    return Promise.resolve(copyWithTextarea(text) ? "execCommand" : "manual");
  }
  let writing: Promise<void>;
  try {
    writing = navigator.clipboard.writeText(text);
  } catch (e) {
    writing = Promise.reject(e);
  }
  return writing.then(
    () => "clipboard" as const,
    // refused after all (a policy the page cannot see): execCommand while the click's activation lasts
    () => (copyWithTextarea(text) ? "execCommand" : "manual")
  );
}

/** The last resort: `text` shown in `area`, focused and selected, for Ctrl+C (Cmd+C). */
export function showForManualCopy(area: HTMLTextAreaElement, text: string): void {
  area.value = text;
  area.hidden = false;
  area.focus();
  area.select();
}
