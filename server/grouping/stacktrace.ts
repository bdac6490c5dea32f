import { frameComponent, type FrameComponent } from "./frame";
import { hasUrlOrigin, isJavaScriptFamily } from "./platform";
import type { GroupingFrame, GroupingStacktrace } from "./types";

export interface StacktraceComponent {
  values: string[];
  contributes: boolean;
}

/** A stacktrace seen two ways: `app` keeps in-app frames only, `system` keeps every frame. */
export interface StacktraceVariants {
  app: StacktraceComponent;
  system: StacktraceComponent;
}

const RECURSION_FIELDS = [
  "abs_path",
  "package",
  "module",
  "filename",
  "function",
  "lineno",
  "colno",
] as const;

export function stacktraceComponents(
  stacktrace: GroupingStacktrace,
  eventPlatform: string | undefined,
): StacktraceVariants {
  const { frames } = stacktrace;
  const app: StacktraceComponent = { values: [], contributes: false };
  const system: StacktraceComponent = { values: [], contributes: false };
  const [onlyFrame] = frames;
  if (
    frames.length === 1 &&
    onlyFrame !== undefined &&
    isLowQualitySingleFrame(onlyFrame, eventPlatform)
  ) {
    return { app, system };
  }

  frames.forEach((frame, index) => {
    // A frame repeating the one before is recursion; how deep it went is not what went wrong.
    if (isRecursion(frame, frames[index - 1])) return;
    const component = frameComponent(frame, eventPlatform);
    if (!component.contributes) return;
    append(system, component);
    if (component.inApp) append(app, component);
  });
  return { app, system };
}

function append(stack: StacktraceComponent, frame: FrameComponent): void {
  stack.values.push(...frame.values);
  stack.contributes = true;
}

function isRecursion(frame: GroupingFrame, previous: GroupingFrame | undefined): boolean {
  if (previous === undefined) return false;
  return RECURSION_FIELDS.every((field) => frame[field] === previous[field]);
}

/** A lone nameless JS frame pointing at a URL says only "some script failed". */
function isLowQualitySingleFrame(frame: GroupingFrame, eventPlatform: string | undefined): boolean {
  if (!isJavaScriptFamily(frame.platform ?? eventPlatform) || frame.function) return false;
  return hasUrlOrigin(frame.abs_path ?? frame.filename, true);
}
