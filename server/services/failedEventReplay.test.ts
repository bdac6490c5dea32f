import { describe, expect, it } from "vitest";
import { replayJob } from "./failedEventReplay";

const event = {
  projectId: 3,
  eventId: "0123456789abcdef0123456789abcdef",
  receivedAt: "2026-11-23T10:00:00.000Z",
  clientIp: null,
  sentAt: null,
  payload: { message: "boom" },
};

const items = { projectId: 3, sessions: [], outcomes: [], attachments: [], feedback: [] };

describe("replayJob", () => {
  it("replays an accepted event as an event job", () => {
    expect(replayJob({ projectId: 3, payload: event })).toEqual({
      ok: true,
      name: "event",
      data: event,
    });
  });

  it("replays an envelope's other items as an items job", () => {
    expect(replayJob({ projectId: 3, payload: items })).toMatchObject({ ok: true, name: "items" });
  });

  it("refuses what the worker could not read in the first place", () => {
    expect(replayJob({ projectId: 0, payload: { hello: "world" } })).toMatchObject({ ok: false });
    expect(replayJob({ projectId: 3, payload: { ...event, eventId: "nope" } })).toMatchObject({
      ok: false,
    });
  });

  it("refuses a payload that names another project than its row", () => {
    expect(replayJob({ projectId: 4, payload: event })).toEqual({
      ok: false,
      reason: "the stored payload names another project",
    });
  });
});
