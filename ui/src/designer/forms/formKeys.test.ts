import { describe, expect, it } from 'vitest';
import { blankForm, isStoredKey, referencedForms } from './formKeys';
import { FormSet } from './FormSet';

const task = (id: string, formKey?: string, name?: string) => ({ $type: 'bpmn:UserTask', id, name, formKey });

describe('form references', () => {
  it('collects the stored forms user tasks name, through subprocesses, once per key', () => {
    const definitions = { $type: 'bpmn:Definitions', rootElements: [{ $type: 'bpmn:Process', flowElements: [
      task('understand', 'understand', 'Understand'), task('plain'), { $type: 'bpmn:ServiceTask', id: 'st', formKey: 'nope' },
      { $type: 'bpmn:SubProcess', id: 'sub', flowElements: [task('again', 'understand', 'Again'), task('resolve', 'resolve')] },
      task('external', 'embedded:app:forms/x.html'),
    ] }] };

    expect(referencedForms(definitions)).toEqual([
      { formKey: 'understand', taskIds: ['understand', 'again'], taskNames: ['Understand', 'Again'] },
      { formKey: 'resolve', taskIds: ['resolve'], taskNames: ['resolve'] },
    ]);
  });

  it('reads camunda:formKey through get() as bpmn-js moddle elements expose it', () => {
    const moddle = { $type: 'bpmn:UserTask', id: 't', get: (name: string) => (name === 'camunda:formKey' ? 'answer' : undefined) };
    expect(referencedForms({ $type: 'bpmn:Definitions', rootElements: [{ $type: 'bpmn:Process', flowElements: [moddle] }] })[0]?.formKey).toBe('answer');
  });

  it('stores plain keys only, as the server does', () => {
    expect(isStoredKey('resolve-l2')).toBe(true);
    expect(isStoredKey('forms/review.json')).toBe(false);
    expect(isStoredKey('camunda-forms:deployment:x.form')).toBe(false);
    expect(isStoredKey('')).toBe(false);
    expect(isStoredKey(undefined)).toBe(false);
  });

  it('makes a blank form-js schema named after its key', () => {
    const form = blankForm('refund');
    expect(form.id).toBe('refund');
    expect(form.components).toHaveLength(1);
  });
});

describe('form set', () => {
  it('tells forms it holds from those the latest version supplies and those nobody has', () => {
    const set = new FormSet({ understand: blankForm('understand') });
    const refs = ['understand', 'resolve', 'assist'].map((formKey) => ({ formKey, taskIds: [], taskNames: [] }));

    const states = set.states(refs, new Set(['resolve', 'understand']));

    expect([...states]).toEqual([['understand', 'here'], ['resolve', 'published'], ['assist', 'missing']]);
  });

  it('sends every form it holds, edited ones replaced', () => {
    const set = new FormSet({ a: blankForm('a') });
    set.set('b', blankForm('b'));
    set.set('a', { components: [] });

    expect(set.toJSON()).toEqual({ a: { components: [] }, b: blankForm('b') });
    expect(set.size).toBe(2);
  });
});
