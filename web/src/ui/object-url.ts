import { useEffect, useMemo } from "react";

const revoking = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * A download link for text made in the browser; the object URL lives as long as the text.
 * It is made during render (no state set from an effect) and revoked a tick after the
 * component lets go of it, unless the same component takes it back at once (StrictMode's
 * simulated remount), so a link on screen never points at a revoked URL.
 */
export function useObjectUrl(text: string, type: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(() => {
    clearTimeout(revoking.get(url));
    revoking.delete(url);
    return () => {
      revoking.set(
        url,
        setTimeout(() => {
          revoking.delete(url);
          URL.revokeObjectURL(url);
        }, 0),
      );
    };
  }, [url]);
  return url;
}
