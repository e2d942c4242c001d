/**
 * Which site each frame that asked for its settings is on, so a change of the private lists is told only to
 * the frames of the sites it concerns. Kept in session storage (the service worker sleeps; content scripts
 * cannot read it).
 */
const KEY = 'settingsFrames';
/** Frames remembered per tab: a page that churns through iframes (ads) keeps the highest ids, the newest. */
export const MAX_FRAMES_PER_TAB = 200;

type Registry = Record<string, Record<string, string>>;

export interface FrameRegistryDeps {
  session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  /** Sends the change notice to one frame; rejects when the frame (or tab) is gone. */
  send: (tabId: number, frameId: number) => Promise<unknown>;
}

export class FrameRegistry {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FrameRegistryDeps) {}

  /** Records the site of a frame that asked for its settings (a frame on no site is told nothing). */
  remember(tabId: number, frameId: number, site: string | null): Promise<void> {
    return this.serial(async () => {
      const registry = await this.read();
      const frames = { ...(registry[tabId] ?? {}) };
      delete frames[frameId];
      if (site !== null) frames[frameId] = site;
      const kept = Object.entries(frames).slice(-MAX_FRAMES_PER_TAB);
      await this.write({ ...registry, [tabId]: Object.fromEntries(kept) });
    });
  }

  /** Tells the frames on these sites that their settings changed; frames that are gone are forgotten. */
  notify(sites: ReadonlySet<string>): Promise<void> {
    return this.serial(async () => {
      if (!sites.size) return;
      const registry = await this.read();
      const gone: [string, string][] = [];
      const sends: Promise<void>[] = [];
      for (const [tabId, frames] of Object.entries(registry)) {
        for (const [frameId, site] of Object.entries(frames)) {
          if (sites.has(site)) sends.push(this.deps.send(Number(tabId), Number(frameId)).then(() => undefined, () => void gone.push([tabId, frameId])));
        }
      }
      await Promise.all(sends);
      if (!gone.length) return;
      for (const [tabId, frameId] of gone) delete registry[tabId]?.[frameId];
      await this.write(registry);
    });
  }

  /** Forgets a closed tab. */
  forgetTab(tabId: number): Promise<void> {
    return this.serial(async () => {
      const registry = await this.read();
      if (!(tabId in registry)) return;
      delete registry[tabId];
      await this.write(registry);
    });
  }

  private async read(): Promise<Registry> {
    const value = (await this.deps.session.get(KEY))[KEY];
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Registry) : {};
  }

  private write(registry: Registry): Promise<void> {
    const kept = Object.fromEntries(Object.entries(registry).filter(([, frames]) => Object.keys(frames).length > 0));
    return this.deps.session.set({ [KEY]: kept });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
