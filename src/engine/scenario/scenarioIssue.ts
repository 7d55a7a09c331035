import type * as z from 'zod';

/** What went wrong with one field, as a message key the UI and CLI render in Chinese or English. */
export const SCENARIO_ISSUE_CODES = [
  'invalidJson',
  'missing',
  'wrongType',
  'notFinite',
  'notInteger',
  'tooSmall',
  'tooBig',
  'tooFew',
  'tooMany',
  'tooLong',
  'tooDeep',
  'badFormat',
  'notOneOf',
  'unknownKey',
  'wrongVersion',
  'unknownField',
  /** A path through a list to an item the list does not have (or `[*]` over an empty list). */
  'noSuchItem',
  /** Text that is not a field path at all (`a..b`, `a[x]`). */
  'badPath',
  'ruleBroken',
  'invalid',
  /** Not a field: the issues past the reported maximum, counted. */
  'moreIssues',
] as const;
export type ScenarioIssueCode = (typeof SCENARIO_ISSUE_CODES)[number];

export type PathSegment = string | number;

/** One bad field: where it is, what was expected (code + params) and what was given. */
export type ScenarioIssue = {
  code: ScenarioIssueCode;
  /** Message key, e.g. `scenario.tooBig`. */
  key: `scenario.${ScenarioIssueCode}`;
  path: PathSegment[];
  /** The path as text: `funds.angelFunds[0].guidanceFundShare` ('(root)' for the whole file). */
  pathText: string;
  /** Language-neutral details of what was expected (bounds, allowed values, type). */
  params: Readonly<Record<string, string | number | boolean>>;
  /** The value given, rendered as short JSON-like text ('missing' when absent). */
  received: string;
};

/** A key as the path shows it: plain when it reads as a name, else quoted (`[""]`, `["a b"]`). */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function pathToText(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>((text, seg) => {
    if (typeof seg === 'number') return `${text}[${seg}]`;
    if (!PLAIN_KEY.test(seg)) return `${text}[${JSON.stringify(seg)}]`;
    return text ? `${text}.${seg}` : seg;
  }, '');
}

/** Short, readable text for any given value; never throws (a bad scenario may hold anything). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return typeof value;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function makeIssue(
  code: ScenarioIssueCode,
  path: PathSegment[],
  params: ScenarioIssue['params'],
  received: unknown,
): ScenarioIssue {
  return {
    code,
    key: `scenario.${code}`,
    path,
    pathText: pathToText(path),
    params,
    received: describeValue(received),
  };
}

/** An issue found before the schema is applied (input too large or too deep to check). */
export function inputIssue(
  code: ScenarioIssueCode,
  path: PathSegment[],
  params: ScenarioIssue['params'],
  received: unknown,
): ScenarioIssue {
  return makeIssue(code, path, params, received);
}

export function invalidJsonIssue(message: string): ScenarioIssue {
  // JSON.parse quotes the text around the error, newlines and all: one line reads better.
  const detail = message.replace(/\s+/g, ' ').slice(0, 200);
  return {
    ...makeIssue('invalidJson', [], { detail }, undefined),
    received: 'text that is not JSON',
  };
}

type ZodIssue = z.core.$ZodIssue;

/** Turns one zod issue into one or more scenario issues (an unknown-keys issue names each key). */
export function fromZodIssue(issue: ZodIssue): ScenarioIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return [makeIssue('missing', path, { expected: issue.expected }, undefined)];
      if (typeof input === 'number' && !Number.isFinite(input))
        return [makeIssue('notFinite', path, {}, input)];
      if (issue.expected === 'int' && typeof input === 'number')
        return [makeIssue('notInteger', path, {}, input)];
      return [makeIssue('wrongType', path, { expected: issue.expected }, input)];
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      const isCount = issue.origin === 'array' || issue.origin === 'set';
      const code: ScenarioIssueCode =
        issue.origin === 'string'
          ? issue.code === 'too_big'
            ? 'tooLong'
            : 'tooFew'
          : isCount
            ? issue.code === 'too_big'
              ? 'tooMany'
              : 'tooFew'
            : issue.code === 'too_big'
              ? 'tooBig'
              : 'tooSmall';
      return [
        makeIssue(code, path, { bound: Number(bound), inclusive: issue.inclusive ?? true }, input),
      ];
    }
    case 'invalid_format':
      return [
        makeIssue('badFormat', path, { format: issue.format, pattern: issue.pattern ?? '' }, input),
      ];
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'schemaVersion')
        return [makeIssue('wrongVersion', path, { expected: String(issue.values[0]) }, input)];
      return [
        makeIssue(
          'notOneOf',
          path,
          { options: issue.values.map((v) => JSON.stringify(v)).join(', ') },
          input,
        ),
      ];
    }
    case 'invalid_union': {
      if ('options' in issue && Array.isArray(issue.options) && 'discriminator' in issue) {
        const given =
          input !== null && typeof input === 'object'
            ? (input as Record<string, unknown>)[String(issue.discriminator)]
            : input;
        return [
          makeIssue(
            'notOneOf',
            path,
            { options: issue.options.map((v) => JSON.stringify(v)).join(', ') },
            given,
          ),
        ];
      }
      return [makeIssue('invalid', path, { detail: issue.message }, input)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        makeIssue(
          'unknownKey',
          [...path, key],
          {},
          (input as Record<string, unknown> | undefined)?.[key],
        ),
      );
    case 'custom': {
      const params = issue.params as { key?: string; rule?: string } | undefined;
      if (params?.key === 'scenario.unknownField')
        return [makeIssue('unknownField', path, {}, input)];
      if (params?.rule) return [makeIssue('ruleBroken', path, { rule: params.rule }, input)];
      return [makeIssue('invalid', path, { detail: issue.message }, input)];
    }
    default:
      return [makeIssue('invalid', path, { detail: issue.message }, input)];
  }
}
