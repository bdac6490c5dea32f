import { normalizeMessageForGrouping } from "./parameterize";
import { stacktraceComponents, type StacktraceComponent } from "./stacktrace";
import type { GroupingEvent, GroupingException, GroupingStacktrace } from "./types";

/** A variant's contributing values for one grouping strategy, and whether a stack is among them. */
export interface VariantComponent {
  values: string[];
  contributes: boolean;
  hasStacktrace: boolean;
}

/** `system` is absent when no exception has a stacktrace at all, as in Sentry. */
export interface StrategyVariants {
  app: VariantComponent;
  system?: VariantComponent;
}

/**
 * Chained exceptions (Sentry's `chained-exception:v1` + `single-exception:v1`), one component
 * per exception in `values` order, each `[stacktrace, type, value]` (protocol doc §10):
 * - type is left out for synthetic exceptions (the SDK invented it to carry a stack);
 * - value counts only when the exception's stack does not, and then parameterized.
 * Exceptions without a stacktrace take part in the app variant only, as in Sentry.
 */
export function exceptionVariants(event: GroupingEvent): StrategyVariants | undefined {
  const exceptions = event.exception?.values ?? [];
  if (exceptions.length === 0) return undefined;

  const app: VariantComponent[] = [];
  const system: VariantComponent[] = [];
  for (const exception of exceptions) {
    const stacks = exception.stacktrace
      ? stacktraceComponents(exception.stacktrace, event.platform)
      : undefined;
    // The value counts only in a variant whose stack does not (parameterizing is the costly part).
    const stackless = stacks === undefined || !stacks.app.contributes || !stacks.system.contributes;
    const value = stackless && exception.value ? normalizeMessageForGrouping(exception.value) : "";
    app.push(singleException(exception, stacks?.app, value));
    if (stacks !== undefined) system.push(singleException(exception, stacks.system, value));
  }
  return dropVariantsWithoutStack({
    app: concat(app),
    system: system.length > 0 ? concat(system) : undefined,
  });
}

/** A lone stacktrace, from `threads` (exactly one thread) or the event itself (protocol doc §10). */
export function stacktraceVariants(
  stacktrace: GroupingStacktrace | undefined,
  platform: string | undefined,
): StrategyVariants | undefined {
  if (stacktrace === undefined) return undefined;
  const stacks = stacktraceComponents(stacktrace, platform);
  return { app: fromStack(stacks.app), system: fromStack(stacks.system) };
}

export function singleThreadStacktrace(event: GroupingEvent): GroupingStacktrace | undefined {
  const threads = event.threads?.values ?? [];
  return threads.length === 1 ? threads[0]?.stacktrace : undefined;
}

function singleException(
  exception: GroupingException,
  stack: StacktraceComponent | undefined,
  groupedValue: string,
): VariantComponent {
  const values = stack?.contributes ? [...stack.values] : [];
  if (exception.type && exception.mechanism?.synthetic !== true) values.push(exception.type);
  if (!stack?.contributes && groupedValue !== "") values.push(groupedValue);
  return { values, contributes: values.length > 0, hasStacktrace: stack?.contributes === true };
}

function concat(components: VariantComponent[]): VariantComponent {
  const values: string[] = [];
  let hasStacktrace = false;
  for (const component of components) {
    values.push(...component.values);
    hasStacktrace ||= component.hasStacktrace;
  }
  return { values, contributes: values.length > 0, hasStacktrace };
}

function fromStack(stack: StacktraceComponent): VariantComponent {
  return { values: stack.values, contributes: stack.contributes, hasStacktrace: stack.contributes };
}

/**
 * When one variant groups by a stack and the other cannot (no in-app frame contributes), the
 * stackless one stops contributing: "TypeError: x" alone is a worse key than the full stack.
 */
function dropVariantsWithoutStack(variants: StrategyVariants): StrategyVariants {
  const { app, system } = variants;
  if (system === undefined) return variants;
  if (system.hasStacktrace && !app.hasStacktrace)
    return { app: { ...app, contributes: false }, system };
  if (app.hasStacktrace && !system.hasStacktrace)
    return { app, system: { ...system, contributes: false } };
  return variants;
}
