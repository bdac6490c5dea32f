/**
 * Applies `logentry.params` to a template the way Relay does for the two styles SDKs use:
 * printf (`Order %s failed`, also `%d`, `%i`, `%f`, `%%`) and positional braces (`{0}`, `{}`).
 * Params that run out leave their placeholder in place rather than inventing text.
 */
export function formatLogMessage(template: string, params: readonly unknown[]): string {
  if (/%[sdif%]/.test(template)) return formatPrintf(template, params);
  if (/\{\d*\}/.test(template)) return formatBraces(template, params);
  return template;
}

function formatPrintf(template: string, params: readonly unknown[]): string {
  let next = 0;
  return template.replace(/%([sdif%])/g, (placeholder, kind: string) => {
    if (kind === "%") return "%";
    if (next >= params.length) return placeholder;
    const param = params[next];
    next += 1;
    return paramText(param);
  });
}

function formatBraces(template: string, params: readonly unknown[]): string {
  let next = 0;
  return template.replace(/\{(\d*)\}/g, (placeholder, index: string) => {
    const position = index === "" ? next++ : Number(index);
    return position < params.length ? paramText(params[position]) : placeholder;
  });
}

function paramText(param: unknown): string {
  if (typeof param === "string") return param;
  if (param === null || param === undefined) return String(param);
  if (typeof param === "object") return JSON.stringify(param);
  return String(param);
}
