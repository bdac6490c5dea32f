import type { GroupingEvent, GroupingFrame } from "./types";

/** The frames of the stack that crashed: the thrown (last) exception's, else the event's, else a lone thread's. */
export function crashStackFrames(event: GroupingEvent): GroupingFrame[] {
  const exceptions = event.exception?.values ?? [];
  const thrown = exceptions[exceptions.length - 1]?.stacktrace?.frames ?? [];
  if (thrown.length > 0) return thrown;
  const own = event.stacktrace?.frames ?? [];
  if (own.length > 0) return own;
  const threads = event.threads?.values ?? [];
  return threads.length === 1 ? (threads[0]?.stacktrace?.frames ?? []) : [];
}

/**
 * The frame that crashed, as Sentry picks it: the innermost in-app frame, else the innermost
 * frame. `accept` narrows which frames may be picked at all.
 */
export function crashFrame(
  event: GroupingEvent,
  accept: (frame: GroupingFrame) => boolean = () => true,
): GroupingFrame | undefined {
  let innermost: GroupingFrame | undefined;
  const frames = crashStackFrames(event);
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index];
    if (frame === undefined || !accept(frame)) continue;
    if (frame.in_app === true) return frame;
    innermost ??= frame;
  }
  return innermost;
}
