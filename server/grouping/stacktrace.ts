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
  const components: FrameComponent[] = frames.map((frame, index) => {
    const component = frameComponent(frame, eventPlatform);
    // A frame repeating the one before is recursion; how deep it went is not what went wrong.
    return isRecursion(frame, frames[index - 1])
      ? { ...component, values: [], contributes: false }
      : component;
  });

  const [onlyFrame] = frames;
  const [onlyComponent] = components;
  if (
    frames.length === 1 &&
    onlyFrame !== undefined &&
    onlyComponent?.contributes &&
    isLowQualitySingleFrame(onlyFrame, eventPlatform)
  ) {
    components[0] = { ...onlyComponent, values: [], contributes: false };
  }

  return {
    app: join(components.filter((component) => component.inApp)),
    system: join(components),
  };
}

function join(components: FrameComponent[]): StacktraceComponent {
  const contributing = components.filter((component) => component.contributes);
  return {
    values: contributing.flatMap((component) => component.values),
    contributes: contributing.length > 0,
  };
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
