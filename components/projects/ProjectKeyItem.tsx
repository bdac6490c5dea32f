"use client";

import { Gauge, Power, RotateCw } from "lucide-react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { RelativeTime } from "@/components/ui/RelativeTime";
import type { ProjectKeyView } from "@/server/services/projectKeys";
import { DsnField } from "./DsnField";
import { rateLimitText } from "./rateLimitText";

// The shape projects.get returns for each key; a type-only import, so no server code reaches the bundle.
export type { ProjectKeyView };

type ProjectKeyItemProps = {
  projectKey: ProjectKeyView;
  canManage: boolean;
  togglePending: boolean;
  onRotate: () => void;
  onToggleActive: () => void;
  onEditRateLimit: () => void;
};

export function ProjectKeyItem({
  projectKey,
  canManage,
  togglePending,
  onRotate,
  onToggleActive,
  onEditRateLimit,
}: ProjectKeyItemProps) {
  return (
    <li
      className={`flex flex-col gap-2.5 py-4 first:pt-0 last:pb-0 ${projectKey.isActive ? "" : "opacity-70"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex min-w-0 flex-1 items-center gap-2">
          <span className="truncate text-[13px] font-semibold text-fg">{projectKey.label}</span>
          <span className="font-mono text-2xs text-fg-subtle">#{projectKey.id}</span>
          {projectKey.isActive ? (
            <Badge tone="success" dot>
              Active
            </Badge>
          ) : (
            <Badge dot>Disabled</Badge>
          )}
        </div>
        {canManage ? (
          <div className="flex items-center gap-1">
            <Button size="sm" variant="ghost" icon={<Gauge size={14} />} onClick={onEditRateLimit}>
              Rate limit
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon={<RotateCw size={14} />}
              onClick={onRotate}
              disabled={!projectKey.isActive}
            >
              Rotate
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon={<Power size={14} />}
              onClick={onToggleActive}
              pending={togglePending}
            >
              {projectKey.isActive ? "Disable" : "Enable"}
            </Button>
          </div>
        ) : null}
      </div>
      <DsnField dsn={projectKey.dsn} />
      <div className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-fg-muted">
        <span>
          Public key <code className="font-mono text-fg">{projectKey.publicKey}</code>
        </span>
        <span>
          Rate limit: {rateLimitText(projectKey.rateLimitCount, projectKey.rateLimitWindowSeconds)}
        </span>
        <span>
          Created <RelativeTime date={projectKey.createdAt} />
        </span>
      </div>
    </li>
  );
}
