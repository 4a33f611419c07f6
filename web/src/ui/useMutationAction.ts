import { useCallback, useState } from "react";

/**
 * Runs one write at a time for one control: `pending` disables its button,
 * `error` is shown next to it. Returns true when the write succeeded.
 */
export function useMutationAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, run, clearError: () => setError(null) };
}
