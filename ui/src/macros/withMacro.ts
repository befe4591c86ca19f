/**
 * The reply with a rendered macro put in: the macro alone in an empty reply, after what the agent already wrote
 * (a blank line between) otherwise, so that picking a macro never throws away words.
 */
export function withMacro(reply: string, rendered: string): string {
  return reply.trim() ? `${reply.trimEnd()}\n\n${rendered}` : rendered;
}
