import { describe, expect, it } from 'vitest';
import { translator, zh } from './zh';

describe('translator', () => {
  it('translates known templates, keeps placeholders, and leaves unknown text English', () => {
    const t = translator(zh);
    expect(t('Create task')).toBe('创建任务');
    expect(t('Candidate groups')).toBe('候选组');
    expect(t('Append {type}', { type: 'Task' })).toBe('Append Task');
    expect(translator(null)('Create task')).toBe('Create task');
    expect(t('Parallel multi-instance')).toBe('并行多实例');
    expect(t('Completion condition')).toBe('完成条件');
    expect(t('Called element')).toBe('被调用元素');
    expect(t('In mappings')).toBe('传入映射');
    expect(t('Compensation')).toBe('补偿');
  });
});
