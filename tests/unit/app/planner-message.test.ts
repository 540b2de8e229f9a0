// Issue #16: no raw DuckDB text reaches a planner. The two messages below are DuckDB's own,
// copied from the start-up race (JSON, from the browser's worker) and from a mistyped
// column (plain text, from the blocking build).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { duckdbKind, plannerMessage } from '../../../src/app/planner-message.ts';
import { InputError } from '../../../src/core/report.ts';

const RACE = '{"exception_type":"Catalog","exception_message":"Failed to create table \'districts\': Table with name \\"districts\\" already exists!","type":"Table","error_subtype":"ENTRY_ALREADY_EXISTS","name":"districts"}';
const BINDER = 'Binder Error: Referenced column "geo_idd" not found in FROM clause!\nCandidate bindings: "geo_id"';

describe('plannerMessage', () => {
  afterEach(() => vi.restoreAllMocks());

  test("DuckDB's JSON and text errors become one plain sentence; the original goes to the console", () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const raw of [RACE, BINDER]) {
      const message = plannerMessage(new Error(raw));
      expect(message).toMatch(/^the database engine stopped on an internal (catalog|binder) error; try again/);
      expect(message).not.toMatch(/districts|geo_id|exception|\{/);
    }
    expect(logged).toHaveBeenCalledTimes(2);
  });

  test("the engine's own messages pass unchanged", () => {
    const input = new InputError({ file: 't.csv', row: 3, column: 'pop', reason: 'not a number' });
    expect(plannerMessage(input)).toBe(input.message);
    expect(plannerMessage(new Error('could not save "t.csv": the browser\'s storage is full'))).toBe('could not save "t.csv": the browser\'s storage is full');
  });

  test('kinds are read from both forms', () => {
    expect(duckdbKind(RACE)).toBe('Catalog');
    expect(duckdbKind(BINDER)).toBe('Binder');
    expect(duckdbKind('{"exception_type": broken')).toBe('unknown');
    expect(duckdbKind('Mombasa: 39.2 % (Error margin 2 %)')).toBeUndefined();
  });
});
