/**
 * The stream's column grid, shared by the header row and every issue row so they line up:
 * checkbox, issue, graph (from 1280 px), events, users, assignee.
 */
export const STREAM_GRID =
  "grid grid-cols-[2.25rem_minmax(0,1fr)_4rem_4rem_5rem] xl:grid-cols-[2.25rem_minmax(0,1fr)_8rem_4rem_4rem_5rem] items-center";

export const GRAPH_CELL = "hidden xl:flex";
