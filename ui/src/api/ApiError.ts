/** One problem the server found in a diagram: the element it is about, a code and a sentence. */
export interface DiagramProblem {
  elementId: string | null;
  code: string;
  message: string;
}

/** An RFC 7807 problem from the API, with the field or BPMN element it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly elementId?: string,
    readonly problems: DiagramProblem[] = [],
    /** The server's stable code for the mistake (its message is already in the user's language where known). */
    readonly code?: string,
    /** The values the server gave with its code, as sent (a size in bytes, a placeholder), for a view that words them itself. */
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
