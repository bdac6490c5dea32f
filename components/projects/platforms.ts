/** Platforms offered when creating a project; the value is Sentry's platform identifier. */
export const PLATFORM_OPTIONS = [
  { value: "javascript", label: "JavaScript (browser)" },
  { value: "node", label: "Node.js" },
  { value: "python", label: "Python" },
  { value: "go", label: "Go" },
  { value: "ruby", label: "Ruby" },
  { value: "java", label: "Java" },
  { value: "other", label: "Other" },
];

export function platformLabel(platform: string | null | undefined): string {
  if (!platform) return "No platform";
  return PLATFORM_OPTIONS.find((option) => option.value === platform)?.label ?? platform;
}
