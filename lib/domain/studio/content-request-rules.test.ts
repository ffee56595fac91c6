import { expect, test } from "vitest";
import { canMoveRequest, movesFrom, STATUS_AFTER, type ContentRequestMove, type ContentRequestStatusName } from "./content-request-rules";

test.each<[ContentRequestStatusName, ContentRequestMove[]]>([
  ["OPEN", ["ACCEPT", "DECLINE", "WITHDRAW"]],
  ["ACCEPTED", ["DECLINE", "FULFIL", "WITHDRAW"]],
  ["FULFILLED", []],
  ["DECLINED", []],
  ["WITHDRAWN", []],
])("from %s the moves are %j", (status, moves) => {
  expect([...movesFrom(status)].sort()).toEqual([...moves].sort());
  for (const move of moves) expect(canMoveRequest(status, move)).toBe(true);
});

test.each<[ContentRequestMove, ContentRequestStatusName]>([
  ["ACCEPT", "ACCEPTED"],
  ["DECLINE", "DECLINED"],
  ["FULFIL", "FULFILLED"],
  ["WITHDRAW", "WITHDRAWN"],
])("%s leads to %s", (move, status) => {
  expect(STATUS_AFTER[move]).toBe(status);
});
