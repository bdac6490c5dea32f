import { tagKeysInProjects, topTagValues } from "@/server/data/issueStream";
import { db } from "@/server/db/client";
import {
  BUILTIN_SEARCH_KEYS,
  FIXED_SEARCH_VALUES,
  TAGS_SHOWN_AS_BUILTINS,
  USER_SEARCH_KEYS,
} from "@/server/search/keys";
import type { IssueStreamParams } from "@/server/search/streamParams";
import type { OrgAccess } from "./organizations";
import { resolveStreamProjects } from "./issues";

/** Autocomplete for the stream's search bar: keys, then values of the key being typed. */

export interface SearchKey {
  key: string;
  description: string;
  kind: "builtin" | "tag";
}

const TAG_KEYS_SUGGESTED = 100;
const VALUES_SUGGESTED = 20;

/** Autocomplete: the built-in keys, then the tag keys seen in the projects. */
export async function searchKeys(
  access: OrgAccess,
  projects: IssueStreamParams["projects"],
): Promise<SearchKey[]> {
  const found = await resolveStreamProjects(access, projects);
  const tags = await tagKeysInProjects(
    found.map((project) => project.id),
    TAG_KEYS_SUGGESTED,
  );
  return [
    ...BUILTIN_SEARCH_KEYS.map((key) => ({ ...key, kind: "builtin" as const })),
    ...tags
      .filter((key) => !TAGS_SHOWN_AS_BUILTINS.has(key))
      .map((key) => ({ key, description: "Tag", kind: "tag" as const })),
  ];
}

/** Autocomplete: values of `key` starting with `prefix` (case-insensitive), most common first. */
export async function searchValues(
  access: OrgAccess,
  projects: IssueStreamParams["projects"],
  key: string,
  prefix: string,
): Promise<string[]> {
  const startsWith = (value: string) => value.toLowerCase().startsWith(prefix.toLowerCase());
  const fixed = FIXED_SEARCH_VALUES[key];
  if (fixed !== undefined) return fixed.filter(startsWith);
  const found = await resolveStreamProjects(access, projects);
  const projectIds = found.map((project) => project.id);
  switch (key) {
    case "assigned":
    case "assigned_to":
      return (await assigneeValues(access)).filter(startsWith).slice(0, VALUES_SUGGESTED);
    case "release":
    case "first-release":
    case "firstRelease":
      return releaseVersions(projectIds, prefix, VALUES_SUGGESTED);
    case "environment":
      return environmentNames(projectIds, prefix, VALUES_SUGGESTED);
    case "has":
      return (await tagKeysInProjects(projectIds, TAG_KEYS_SUGGESTED)).filter(startsWith);
  }
  const userKey = USER_SEARCH_KEYS.get(key);
  if (userKey !== undefined) {
    return userFieldValues(projectIds, userKey.userTagPrefix, userKey.ownTag, prefix);
  }
  return topTagValues(projectIds, key, prefix, VALUES_SUGGESTED);
}

/**
 * `user.email:` values: from the `user` tag (`email:a@b`, users known by their email) and from
 * the `user.email` tag (users known by an id), the two ranked lists taken in turn.
 */
async function userFieldValues(
  projectIds: number[],
  userTagPrefix: string,
  ownTag: string | undefined,
  prefix: string,
): Promise<string[]> {
  const [keyed, tagged] = await Promise.all([
    topTagValues(projectIds, "user", userTagPrefix + prefix, VALUES_SUGGESTED),
    ownTag === undefined ? [] : topTagValues(projectIds, ownTag, prefix, VALUES_SUGGESTED),
  ]);
  const values = new Set<string>();
  for (let i = 0; i < VALUES_SUGGESTED; i++) {
    const fromKey = keyed[i];
    if (fromKey !== undefined) values.add(fromKey.slice(userTagPrefix.length));
    const fromTag = tagged[i];
    if (fromTag !== undefined) values.add(fromTag);
  }
  return [...values].slice(0, VALUES_SUGGESTED);
}

async function assigneeValues(access: OrgAccess): Promise<string[]> {
  const [teams, members] = await Promise.all([
    db.team.findMany({
      where: { organizationId: access.org.id },
      select: { slug: true },
      orderBy: { slug: "asc" },
    }),
    db.membership.findMany({
      where: { organizationId: access.org.id },
      select: { user: { select: { email: true } } },
      orderBy: { user: { email: "asc" } },
    }),
  ]);
  return [
    "me",
    "none",
    "my_teams",
    ...teams.map((team) => `#${team.slug}`),
    ...members.map((member) => member.user.email),
  ];
}

async function environmentNames(
  projectIds: number[],
  prefix: string,
  limit: number,
): Promise<string[]> {
  const environments = await db.environment.findMany({
    where: {
      projectId: { in: projectIds },
      isHidden: false,
      name: { startsWith: prefix, mode: "insensitive" },
    },
    select: { name: true },
    distinct: ["name"],
    orderBy: { name: "asc" },
    take: limit,
  });
  return environments.map((environment) => environment.name);
}

/** Release versions of these projects, newest first. */
async function releaseVersions(
  projectIds: number[],
  prefix: string,
  limit: number,
): Promise<string[]> {
  const releases = await db.release.findMany({
    where: {
      projects: { some: { projectId: { in: projectIds } } },
      version: { startsWith: prefix, mode: "insensitive" },
    },
    select: { version: true },
    orderBy: [{ dateCreated: "desc" }, { id: "desc" }],
    take: limit,
  });
  return releases.map((release) => release.version);
}
