// A user may mute a term on one site ("not about this topic here"). The state is plain data, stored
// locally by the caller; these functions never mutate it, so storage writes stay explicit.
// Muted mentions are dropped before page relevance: a muted strong term must not light up the page.

/** Muted term ids per host name. */
export type MuteState = Readonly<Record<string, readonly string[]>>;

/** Host names compare without case and without a leading "www.". */
function hostKey(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

/** True when `termId` is muted on `host`. */
export function isMuted(state: MuteState, host: string, termId: string): boolean {
  return state[hostKey(host)]?.includes(termId) ?? false;
}

/** Returns a new state with `termId` muted on `host`. */
export function muteTerm(state: MuteState, host: string, termId: string): MuteState {
  const key = hostKey(host);
  const list = state[key] ?? [];
  return list.includes(termId) ? state : { ...state, [key]: [...list, termId] };
}

/** Returns a new state with `termId` no longer muted on `host` (the host entry goes when empty). */
export function unmuteTerm(state: MuteState, host: string, termId: string): MuteState {
  const key = hostKey(host);
  const list = state[key];
  if (!list?.includes(termId)) return state;
  const rest = list.filter((id) => id !== termId);
  const { [key]: _removed, ...others } = state;
  return rest.length ? { ...others, [key]: rest } : others;
}

/** Drops the mentions of terms muted on `host`; returns the same array when nothing is muted there. */
export function withoutMuted<M extends { readonly termId: string }>(
  state: MuteState,
  host: string,
  mentions: readonly M[],
): readonly M[] {
  const muted = state[hostKey(host)];
  if (!muted?.length) return mentions;
  return mentions.filter((m) => !muted.includes(m.termId));
}
