import type { Locale } from '../../engine/index.ts';
import type { RunError } from '../../workers/runner.ts';

/**
 * Why a run did not finish, in the reader's language. The technical detail a worker or the
 * engine reported (in English) is kept apart, for a disclosure, so the sentence is the user's.
 */
export function runErrorText(
  error: RunError,
  locale: Locale,
): { text: string; detail: string | null } {
  const zh = locale === 'zh';
  switch (error.kind) {
    case 'cancelled':
      return { text: zh ? '已取消。' : 'Cancelled.', detail: null };
    case 'workerFailed':
      return {
        text: zh
          ? '模拟在后台计算中出错而中止，请重试；如再次出错，请把详情告诉开发者。'
          : 'The run stopped: a background worker failed. Try again; if it fails again, report the detail.',
        detail: error.message,
      };
    case 'workerTimeout':
      return {
        text: zh
          ? `一个后台计算单元在 ${Math.round(error.timeoutMs / 1000)} 秒内没有响应，模拟已中止。`
          : `A background worker did not answer within ${Math.round(error.timeoutMs / 1000)} s; the run was stopped.`,
        detail: null,
      };
    case 'trialFailed':
      return {
        text: zh
          ? `第 ${error.trial + 1} 次模拟在第 ${error.quarter + 1} 季度出错，最可能相关的参数：${error.field}。`
          : `Trial ${error.trial + 1} failed in quarter ${error.quarter + 1}; the fields most likely at fault: ${error.field}.`,
        detail: error.message,
      };
    case 'badScenario':
      return {
        text: zh
          ? '后台计算单元拒绝了这个场景，请检查参数。'
          : 'A background worker refused the scenario; check its fields.',
        detail: error.issues.slice(0, 5).join('; '),
      };
    case 'callbackFailed':
      return {
        text: zh
          ? '页面在显示进度时出错，模拟已中止，请重试。'
          : 'The page failed while showing progress; the run was stopped. Try again.',
        detail: error.message,
      };
    case 'badRequest':
      return {
        text: zh ? '模拟请求无效，请检查模拟次数。' : 'The run was refused: check the trial count.',
        detail: error.message,
      };
    default:
      return error satisfies never;
  }
}
