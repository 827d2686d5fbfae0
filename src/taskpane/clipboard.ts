/**
 * Copy text inside Excel's web views, where `navigator.clipboard` may be missing or blocked:
 * first the Clipboard API, then (in the same click) a hidden textarea with
 * `document.execCommand('copy')`, and last the text shown selected for Ctrl+C.
 */
export type CopyMethod = "clipboard" | "execCommand" | "manual";

function copyWithTextarea(text: string): boolean {
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
  return ok;
}

/**
 * Copies `text`; when neither automatic way works, puts it selected in `manualArea` for the
 * person to copy. Returns how it was copied.
 */
export async function copyText(text: string, manualArea: HTMLTextAreaElement): Promise<CopyMethod> {
  manualArea.hidden = true;
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      await navigator.clipboard.writeText(text);
      return "clipboard";
    }
  } catch {
    // blocked by the host's permissions policy: fall through
  }
  if (copyWithTextarea(text)) return "execCommand";
  manualArea.value = text;
  manualArea.hidden = false;
  manualArea.focus();
  manualArea.select();
  return "manual";
}
