import * as z from 'zod';

/**
 * What a share link carries: the preset and the user's changes to it (dotted path → value). The
 * seed and the trial count are fields of the scenario, so the link reproduces the same numbers.
 */
export const SharedStateSchema = z.strictObject({
  v: z.literal(1),
  preset: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  changes: z.record(z.string(), z.unknown()),
});
export type SharedState = z.infer<typeof SharedStateSchema>;

export type ShareLinkError =
  { kind: 'notALink' } | { kind: 'corrupt'; detail: string } | { kind: 'invalid'; detail: string };

const PREFIX = '#s=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The URL hash for a state: `#s=` and base64url JSON. */
export function encodeShareHash(state: SharedState): string {
  return PREFIX + toBase64Url(JSON.stringify(state));
}

/**
 * Reads a URL hash. A hash that is not a share link, or one that was cut or tampered with, gives
 * an error as data: the caller shows it and keeps what the user had.
 */
export function decodeShareHash(
  hash: string,
): { ok: true; state: SharedState } | { ok: false; error: ShareLinkError } {
  if (!hash.startsWith(PREFIX)) return { ok: false, error: { kind: 'notALink' } };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(hash.slice(PREFIX.length)));
  } catch (e) {
    return {
      ok: false,
      error: { kind: 'corrupt', detail: e instanceof Error ? e.message : String(e) },
    };
  }
  const parsed = SharedStateSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || '(root)' : '(root)';
    return { ok: false, error: { kind: 'invalid', detail: `${where}: ${first?.message ?? ''}` } };
  }
  return { ok: true, state: parsed.data };
}
