/** The background checks what content scripts send before it stores or acts on it. */
import * as v from 'valibot';
import type { FrameState } from '../core/tab-state/tab-state';

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const FrameReportSchema = v.object({
  documentId: v.pipe(v.string(), v.maxLength(64)),
  counts: v.pipe(v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)), count), v.check((c) => Object.keys(c).length <= 500)),
  total: count,
  capped: v.boolean(),
  relevant: v.boolean(),
});

/** A frame report, or null when it is malformed. */
export function readFrameReport(data: unknown): FrameState | null {
  const result = v.safeParse(FrameReportSchema, data);
  return result.success ? result.output : null;
}

const MuteRequestSchema = v.object({
  site: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/), v.regex(/[a-z0-9]/)),
  termId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  muted: v.boolean(),
});

/** A request to mute or unmute a term on a site, or null when it is malformed. */
export function readMuteRequest(data: unknown): { site: string; termId: string; muted: boolean } | null {
  const result = v.safeParse(MuteRequestSchema, data);
  return result.success ? result.output : null;
}
