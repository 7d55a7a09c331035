/** The current time as ISO text (kept out of reactive modules: a timestamp, not state). */
export function nowIso(): string {
  return new Date().toISOString();
}
