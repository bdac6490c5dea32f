import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, fixtureEvent, ingested } from "./helpers";

const crash = fixtureEvent("node-capture-exception.envelope");

describe("what new events do to an issue", () => {
  it("a resolved issue that sees an event again regresses", async () => {
    const project = await createTestProject();
    const first = await processEventBatch([ingested(project, crash)]);
    const issueId = first.newIssueIds[0]!;
    await db.issue.update({
      where: { id: issueId },
      data: { status: "resolved", resolvedAt: new Date() },
    });

    const again = await processEventBatch([ingested(project, crash)]);
    expect(again.newIssueIds).toEqual([]);
    expect(again.regressedIssueIds).toEqual([issueId]);

    const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({
      status: "unresolved",
      substatus: "regressed",
      resolvedAt: null,
      timesSeen: 2,
    });
    const activities = await db.activity.findMany({ where: { issueId }, orderBy: { id: "asc" } });
    expect(activities.map((a) => a.type)).toEqual(["first_seen", "set_regression"]);
  });

  it("an ignored issue comes back once its event count is reached, not before", async () => {
    const project = await createTestProject();
    const first = await processEventBatch([ingested(project, crash)]);
    const issueId = first.newIssueIds[0]!;
    await db.issue.update({
      where: { id: issueId },
      data: {
        status: "ignored",
        substatus: "archived_until_condition_met",
        statusDetails: { ignoreCount: 3, timesSeenAtIgnore: 1 },
      },
    });

    await processEventBatch([ingested(project, crash), ingested(project, crash)]);
    expect(await db.issue.findUniqueOrThrow({ where: { id: issueId } })).toMatchObject({
      status: "ignored",
      timesSeen: 3,
    });

    const third = await processEventBatch([ingested(project, crash)]);
    expect(third.unignoredIssueIds).toEqual([issueId]);
    expect(await db.issue.findUniqueOrThrow({ where: { id: issueId } })).toMatchObject({
      status: "unresolved",
      substatus: "escalating",
      statusDetails: {},
      timesSeen: 4,
    });
  });

  it("an issue ignored until a rate comes back on events or users within the window", async () => {
    const project = await createTestProject();
    const at = (minutesAgo: number, user: string) =>
      ingested(project, {
        ...crash,
        timestamp: Date.now() / 1000 - minutesAgo * 60,
        user: { id: user },
      });
    const issueId = (await processEventBatch([at(120, "a")])).newIssueIds[0]!;
    const ignore = (statusDetails: object) =>
      db.issue.update({
        where: { id: issueId },
        data: { status: "ignored", substatus: "archived_until_condition_met", statusDetails },
      });
    const status = async () =>
      (await db.issue.findUniqueOrThrow({ where: { id: issueId } })).status;

    // Back after 3 events within an hour: 3 more events in all, but two of them two hours old.
    await ignore({ ignoreCount: 3, ignoreWindow: 60, timesSeenAtIgnore: 1 });
    await processEventBatch([at(120, "a"), at(119, "b"), at(1, "a")]);
    expect(await status()).toBe("ignored");
    await processEventBatch([at(0, "b")]);
    expect(await status()).toBe("ignored");
    const third = await processEventBatch([at(0, "c")]);
    expect(third.unignoredIssueIds).toEqual([issueId]);
    expect(await status()).toBe("unresolved");

    // Back after 4 users within 10 minutes: a, b and c were seen in the last minutes, d is new.
    await ignore({ ignoreUserCount: 4, ignoreUserWindow: 10, userCountAtIgnore: 3 });
    await processEventBatch([at(30, "e")]);
    expect(await status()).toBe("ignored");
    await processEventBatch([at(0, "d")]);
    expect(await status()).toBe("unresolved");
  });

  it("an issue ignored forever stays ignored", async () => {
    const project = await createTestProject();
    const first = await processEventBatch([ingested(project, crash)]);
    const issueId = first.newIssueIds[0]!;
    await db.issue.update({
      where: { id: issueId },
      data: { status: "ignored", substatus: "archived_forever" },
    });
    const again = await processEventBatch([ingested(project, crash)]);
    expect(again.unignoredIssueIds).toEqual([]);
    expect(await db.issue.findUniqueOrThrow({ where: { id: issueId } })).toMatchObject({
      status: "ignored",
      timesSeen: 2,
    });
  });

  it("level, title and last seen follow the newest event; an older straggler only widens first seen", async () => {
    const project = await createTestProject();
    const fingerprint = ["disk-alerts"];
    const now = Date.now() / 1000;
    const at = (secondsAgo: number, message: string, level: string) =>
      ingested(project, { timestamp: now - secondsAgo, message, level, fingerprint });

    const first = await processEventBatch([at(60, "Disk 91% full", "warning")]);
    const issueId = first.newIssueIds[0]!;
    await processEventBatch([at(10, "Disk 99% full", "fatal")]);
    await processEventBatch([at(3600, "Disk 80% full", "info")]);

    const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({ title: "Disk 99% full", level: "fatal", timesSeen: 3 });
    expect(issue.lastSeen.getTime()).toBe(Math.round((now - 10) * 1000));
    expect(issue.firstSeen.getTime()).toBe(Math.round((now - 3600) * 1000));
  });
});
