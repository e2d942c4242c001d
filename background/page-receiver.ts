// One read's port, from the moment the background expects it to the page whole or the read abandoned: only
// the injected serializer of the tab being read (its top frame, this extension) may hold it; a silence, a
// disconnect or a broken chunk ends the read, and every timer and listener goes with it.
import { createChunkAssembler, type ChunkLimits, type ReceivedPage } from './page-chunks';

export interface SerializerPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number }; frameId?: number };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ReceiveOptions {
  tabId: number;
  runtimeId: string;
  limits: ChunkLimits;
  /** The port must open this soon after the read starts (the injections come first). */
  connectMs: number;
  /** At most this long between two messages. */
  idleMs: number;
  /** The whole read, at most. */
  totalMs: number;
}

export interface PageReceiver {
  /** Hands the receiver a port that bears its name. */
  take(port: SerializerPort): void;
  /** Ends the read from outside (the injection failed); a port already taken is disconnected. */
  cancel(reason: string): void;
  readonly result: Promise<ReceivedPage>;
}

export function createPageReceiver(options: ReceiveOptions): PageReceiver {
  const assembler = createChunkAssembler(options.limits);
  let port: SerializerPort | null = null;
  let done = false;
  let settle!: (page: ReceivedPage) => void;
  const result = new Promise<ReceivedPage>((resolve) => (settle = resolve));
  const total = setTimeout(() => fail('the page took too long to hand over its content'), options.totalMs);
  let idle = setTimeout(() => fail('the page did not start handing over its content'), options.connectMs);

  function finish(page: ReceivedPage) {
    if (done) return;
    done = true;
    clearTimeout(total);
    clearTimeout(idle);
    // Hanging up also stops the page's serializer, if it is still writing.
    port?.disconnect();
    settle(page);
  }
  function fail(reason: string) {
    finish({ ok: false, code: 'cannot-read', reason });
  }

  return {
    result,
    cancel: fail,
    take(candidate) {
      const s = candidate.sender;
      if (done || port || s?.id !== options.runtimeId || s.tab?.id !== options.tabId || s.frameId !== 0) {
        candidate.disconnect();
        // The name is the read's secret: another holder of it means the read cannot be trusted.
        if (!port) fail('another frame or extension answered for the page');
        return;
      }
      port = candidate;
      candidate.onDisconnect.addListener(() => {
        port = null;
        fail('the page stopped handing over its content (it may have navigated away)');
      });
      candidate.onMessage.addListener((message) => {
        if (done) return;
        clearTimeout(idle);
        idle = setTimeout(() => fail('the page stopped handing over its content'), options.idleMs);
        const step = assembler.accept(message);
        if (step.done) finish(step.page);
      });
    },
  };
}
