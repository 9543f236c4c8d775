import { describe, expect, it } from 'vitest';
import { contextFor, formatFindings, lintDataset, rules, type Rule } from '../../../src/lib/lint/index';
import { fixtureDataset, fixtureToday } from '../../fixtures/content';

describe('lint runner', () => {
  it('lists each rule once, with a kebab-case id, description and severity', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(['error', 'warning']).toContain(rule.severity);
    }
  });

  it('the fixture dataset passes every rule', () => {
    const dataset = fixtureDataset();
    expect(formatFindings(lintDataset(dataset, contextFor(dataset, { today: fixtureToday })))).toEqual([]);
  });

  it('applies rule and per-problem severities, sorts errors first and turns a crash into an error', () => {
    const rule: Rule = {
      id: 'demo',
      description: 'A rule for the runner test.',
      severity: 'error',
      check: () => [
        { file: 'b.yaml', field: 'x', message: 'minor', severity: 'warning' },
        { file: 'a.yaml', field: '[10]', message: 'second' },
        { file: 'a.yaml', field: '[2]', message: 'first' },
      ],
    };
    const crash: Rule = {
      ...rule,
      id: 'crash',
      check: () => {
        throw new Error('boom');
      },
    };
    const dataset = fixtureDataset();
    expect(formatFindings(lintDataset(dataset, contextFor(dataset), [rule, crash]))).toEqual([
      '(lint): crash: rule crashed: boom (error, crash)',
      'a.yaml: [2]: first (error, demo)',
      'a.yaml: [10]: second (error, demo)',
      'b.yaml: x: minor (warning, demo)',
    ]);
  });
});
