/** Platform facts the grouping rules branch on (protocol doc §10). */

const JAVASCRIPT_FAMILY = new Set(["javascript", "node"]);

/** Platforms whose source lines we trust enough to group by them. */
const CONTEXT_LINE_PLATFORMS = new Set(["javascript", "node", "python", "php", "ruby"]);

export function isJavaScriptFamily(platform: string | undefined): boolean {
  return platform !== undefined && JAVASCRIPT_FAMILY.has(platform);
}

export function groupsByContextLine(platform: string | undefined): boolean {
  return platform !== undefined && CONTEXT_LINE_PLATFORMS.has(platform);
}

/**
 * Whether a frame path is a URL, i.e. says where code was downloaded from rather than what it
 * is. `file:` URLs count only where `filesCountAsUrls` says so, as in Sentry.
 */
export function hasUrlOrigin(path: string | undefined, filesCountAsUrls: boolean): boolean {
  if (path === undefined || path === "") return false;
  if (/^(https?|applewebdata|blob):/.test(path)) return true;
  return filesCountAsUrls && path.startsWith("file:");
}
